"""Commands that work on the database: demo (import, export, backup, restore follow)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import fail, open_db_or_explain
from app.services import databases
from app.services.databases import default_demo_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create a database with a fictional organisation")
    p.add_argument(
        "--db",
        dest="demo_db",
        metavar="PATH",
        help="where to create it (default: demo.db in the user's data folder)",
    )
    p.add_argument("--force", action="store_true", help="replace an existing demo file")
    p.set_defaults(handler=cmd_demo)
    register_kiosk(sub)
    p = sub.add_parser("export", help="export a campaign's anonymous answers as a bundle")
    p.add_argument("--campaign", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser(
        "import",
        help="import a campaign bundle from another PC, or paper "
        "questionnaires from a response file",
    )
    p.add_argument("file", metavar="FILE.zip|FILE.xlsx|FILE.csv", nargs="?")
    p.add_argument(
        "--campaign",
        type=int,
        required=True,
        metavar="ID",
        help="the campaign on this PC that the answers belong to",
    )
    p.add_argument(
        "--instrument",
        metavar="ID",
        help="for a response file: the questionnaire its columns answer",
    )
    p.add_argument(
        "--undo",
        metavar="ORIGIN",
        help="remove exactly the questionnaires one import added (ORIGIN as listed "
        "by `motivdesk imports --campaign ID`)",
    )
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser(
        "imports",
        help="list the imports of a campaign (bundles, response "
        "files) and how many questionnaires each added",
    )
    p.add_argument("--campaign", type=int, required=True, metavar="ID")
    p.set_defaults(handler=cmd_imports)
    p = sub.add_parser("backup", help="a consistent copy of the database")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a checked backup")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)


def create_demo_database(path: Path, force: bool = False) -> str | None:
    """Create the demo database at `path` with Russian card texts; an error message or None."""
    from app.ui.i18n import report_translator  # Qt's translations of the generated card texts

    return databases.create_demo_database(path, force, translate=report_translator("ru"))


def cmd_demo(args: argparse.Namespace) -> int:
    path = Path(args.demo_db or args.db or default_demo_path())
    if "://" in str(path):
        return fail("demo needs a file path, not a URL")
    error = create_demo_database(path, args.force)
    if error:
        return fail(error)
    from app.services.demo import DEMO_ADMIN, DEMO_HEAD

    print(f"Demo database created: {path}")
    print(f"Open it with: motivdesk --db {path}")
    print(
        f"Sign in as HR administrator '{DEMO_ADMIN[0]}' / '{DEMO_ADMIN[1]}', "
        f"department head '{DEMO_HEAD[0]}' / '{DEMO_HEAD[1]}'; kiosk PIN 1234."
    )
    return 0


def _sqlite_file(args) -> Path | str:
    from app.models.db import resolve_database_url, sqlite_path
    from app.paths import default_database_path

    path = sqlite_path(resolve_database_url(args.db, default_database_path()))
    if path is None:
        return "backup and restore work on SQLite files; use the server's tools for PostgreSQL"
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from app.data.bundles import BundleError, export_bundle

    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            count = export_bundle(session, args.campaign, Path(args.out))
            from app.data.audit import record

            record(session, "export", "campaign", args.campaign, f"bundle {Path(args.out).name}")
            session.commit()
    except BundleError as exc:
        return fail(exc.detail)
    finally:
        db.dispose()
    print(f"{count} finished anonymous sessions written to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.data.audit import record
    from app.data.bundles import BundleError, import_audit_detail, import_bundle

    if args.undo:
        return _undo_import(args)
    if not args.file:
        return fail("import needs a FILE (or --undo ORIGIN)", 2)
    if Path(args.file).suffix.lower() in (".csv", ".xlsx", ".xlsm"):
        return _import_responses(args)

    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            result = import_bundle(session, Path(args.file), args.campaign)
            record(
                session,
                "import",
                "campaign",
                args.campaign,
                import_audit_detail("bundle", Path(args.file).name, result.added, result.origin),
            )
            session.commit()  # one short transaction: all of the bundle or nothing
    except BundleError as exc:
        return fail(f"{args.file}: {exc.message()} (nothing was changed)")
    finally:
        db.dispose()
    print(f"{result.added} sessions added, {result.already_present} were already here")
    if result.added:
        print(f"To undo: motivdesk import --undo {result.origin} --campaign {args.campaign}")
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    from app.data.bundles import list_imports

    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            imports = list_imports(session, args.campaign)
    finally:
        db.dispose()
    if not imports:
        print(f"campaign {args.campaign}: no imported questionnaires")
    for item in imports:
        print(f"{item.origin}\t{item.kind}\t{item.sessions}\t{item.file_name}")
    return 0


def _undo_import(args: argparse.Namespace) -> int:
    from app.data.bundles import undo_import

    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            removed = undo_import(session, args.campaign, args.undo)
            session.commit()
    finally:
        db.dispose()
    if not removed:
        return fail(
            f"campaign {args.campaign} has no questionnaires from import '{args.undo}' "
            "(see: motivdesk imports --campaign ID); nothing was changed"
        )
    print(f"{removed} questionnaires of {args.undo} removed from campaign {args.campaign}")
    return 0


def _import_responses(args: argparse.Namespace) -> int:
    from app.data.audit import record
    from app.data.bundles import import_audit_detail
    from app.data.response_import import import_responses
    from app.scoring.instruments import get_instrument
    from app.scoring.responses import ResponseFileError

    if not args.instrument:
        return fail("importing a response file needs --instrument ID (the questionnaire)", 2)
    try:
        instrument = get_instrument(args.instrument)
    except KeyError:
        return fail(f"unknown instrument '{args.instrument}' (see: motivdesk instruments)")
    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            result = import_responses(session, args.campaign, instrument, Path(args.file))
            record(
                session,
                "import",
                "campaign",
                args.campaign,
                import_audit_detail("responses", Path(args.file).name, result.added, result.origin),
            )
            session.commit()  # one transaction: the whole file or nothing
    except ResponseFileError as exc:
        for problem in exc.problems:
            fail(f"{args.file}: {problem.describe()}")
        return fail(f"{args.file} was refused; nothing was changed")
    finally:
        db.dispose()
    print(f"{result.added} questionnaires added, {result.already_present} were already here")
    if result.added:
        print(f"To undo: motivdesk import --undo {result.origin} --campaign {args.campaign}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.data.backup import backup_to

    path = _sqlite_file(args)
    if isinstance(path, str):
        return fail(path)
    if not path.exists():
        return fail(f"{path} does not exist")
    print(backup_to(path, Path(args.out)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Refused while any other Motivdesk program (a kiosk, the workspace) has the database
    open, and for any file that fails the checks of app/data/backup.check_backup."""
    from app.data.backup import RESTORE_DONE, BackupError, restore_database, restore_message
    from app.models.db import resolve_database_url, sqlite_path
    from app.paths import default_database_path

    url = resolve_database_url(args.db, default_database_path())
    try:
        safety = restore_database(url, Path(args.file))
    except BackupError as exc:
        return fail(restore_message(exc, args.file))
    _audit_restore(url, Path(args.file), safety)
    print(
        RESTORE_DONE.replace("%1", str(sqlite_path(url)))
        .replace("%2", str(args.file))
        .replace("%3", str(safety))
    )
    return 0


def _audit_restore(url: str, candidate: Path, safety: Path) -> None:
    """The restored database records its own restore (opening it also brings it up to date)."""
    from app.data.audit import record

    db = open_db_or_explain(url)
    if isinstance(db, str):
        fail(db)
        return
    try:
        with db.session() as session:
            record(session, "restore", "database", "", f"{candidate.name}; {safety.name}")
            session.commit()
    finally:
        db.dispose()


def register_kiosk(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kiosk", help="start straight into kiosk mode for an open campaign")
    p.add_argument("--campaign", type=int, required=True, metavar="ID")
    p.add_argument("--window", action="store_true", help="a normal window instead of full screen")
    p.set_defaults(handler=cmd_kiosk)


def cmd_kiosk(args: argparse.Namespace) -> int:
    from app.ui.main import run_kiosk

    return run_kiosk(db=args.db, campaign_id=args.campaign, full_screen=not args.window)
