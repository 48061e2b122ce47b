"""Data access: functions (and small classes) that take a SQLAlchemy Session and read or
write the database for the services: the answer store, kiosk sessions, imports and
bundles, accounts and the audit log, card storage, backups, opening and migrating the
database. The ORM classes they work on are in app/models; no Qt here."""
