"""`motivdesk` / `python -m app`: the desktop app and the batch commands (PRODUCT.md §10).

Commands print plain English messages (the CLI is for batch work and servers); exit codes:
0 ok, 1 the input was refused (named in the message), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, __version__
from app.cli import (
    analyse_cmds,
    data_cmds,
    indicator_cmds,
    report_cmds,
    scoring_cmds,
    staff_cmds,
    user_cmds,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="motivdesk",
        description=f"{APP_NAME}: work-motivation surveys, tests and motivational cards.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: MOTIVDESK_DB_URL, then the "
        "SQLite file in the user's data folder)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation (temporary database, migrations, "
        "instruments, translations, PDF fonts) and exit",
    )
    parser.add_argument("--lang", choices=("en", "ru", "kk"), help="user-interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    data_cmds.register(sub)
    scoring_cmds.register(sub)
    report_cmds.register(sub)
    indicator_cmds.register(sub)
    user_cmds.register(sub)
    staff_cmds.register(sub)
    analyse_cmds.register(sub)
    _accept_db_everywhere(sub)
    return parser


DB_HELP = "database file or URL (also accepted before the command)"


def _accept_db_everywhere(sub: argparse._SubParsersAction) -> None:
    """`--db` before or after any command: `motivdesk --db X export …` and `motivdesk export
    --db X …` (and `motivdesk users list --db X`) mean the same. Every command parser without a
    `--db` of its own gets one; its default is SUPPRESS so that, not given, it leaves the value
    given before the command alone. Commands whose `--db` has a dest of its own (`demo_db`,
    `report_db`, …) are folded into `args.db` by `parse_args`."""
    seen: set[int] = set()
    pending = list(sub.choices.values())
    while pending:
        parser = pending.pop()
        if id(parser) in seen:  # aliases share one parser
            continue
        seen.add(id(parser))
        if "--db" not in parser._option_string_actions:
            parser.add_argument(
                "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP
            )
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())


def db_option_dests(parser: argparse.ArgumentParser) -> set[str]:
    """Every `dest` that a `--db` option writes to, in this parser and its commands."""
    dests: set[str] = set()
    pending, seen = [parser], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        action = current._option_string_actions.get("--db")
        if action is not None:
            dests.add(action.dest)
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending.extend(action.choices.values())
    return dests


def parse_args(
    argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None
) -> argparse.Namespace:
    """Parse the command line; `args.db` is the database named by `--db` wherever it stood
    (after the command wins over before it)."""
    parser = parser or build_parser()
    args = parser.parse_args(argv)
    for dest in sorted(db_option_dests(parser) - {"db"}):
        value = getattr(args, dest, None)
        if value:
            args.db = value
        elif hasattr(args, dest):
            setattr(args, dest, args.db)
    return args


def main(argv: list[str] | None = None) -> int:
    from app.memory import tune_allocator

    tune_allocator()  # before the first large array (see app/memory.py)
    args = parse_args(argv)
    if args.command is None and not args.self_check:
        from app.ui.main import run_gui

        return run_gui(db=args.db, lang=args.lang)
    try:
        if args.self_check:
            from app.selfcheck import run_self_check

            return run_self_check(print)
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `motivdesk score … | head`
        sys.stderr.close()
        return 0
