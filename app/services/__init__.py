"""Use cases: what the UI and the command line do with the database (Qt-free)."""
