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
    user_cmds,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="motivdesk",
        description=f"{APP_NAME}: work-motivation surveys, tests and motivational cards.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or URL (default: MOTIVDESK_DB_URL, then the "
                             "SQLite file in the user's data folder)")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (temporary database, migrations, "
                             "instruments, translations, PDF fonts) and exit")
    parser.add_argument("--lang", choices=("en", "ru", "kk"), help="user-interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    data_cmds.register(sub)
    scoring_cmds.register(sub)
    report_cmds.register(sub)
    indicator_cmds.register(sub)
    user_cmds.register(sub)
    analyse_cmds.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.memory import tune_allocator

    tune_allocator()  # before the first large array (see app/memory.py)
    parser = build_parser()
    args = parser.parse_args(argv)
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
