"""`motivdesk users list` and `motivdesk users reset-password NAME`: the way back in for an
office whose only administrator forgot the password — for whoever has access to the database
file (or the server), which is the trust the program already places in them."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.cli.common import fail, open_db_or_explain


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="list the users, reset a forgotten password")
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    q = users.add_parser("list", help="user names, roles and whether each can sign in")
    q.set_defaults(handler=cmd_list)
    q = users.add_parser(
        "reset-password",
        help="set a new password (asked twice) and clear the lock-out; recorded in the audit log",
    )
    q.add_argument("name", metavar="NAME", help="the user name (see: motivdesk users list)")
    q.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new password from the first line of standard input",
    )
    q.set_defaults(handler=cmd_reset_password)


def cmd_list(args: argparse.Namespace) -> int:
    from app.data.accounts import list_users

    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            rows = list_users(session)
    finally:
        db.dispose()
    if not rows:
        print("No users yet: the first start of the app creates the HR administrator.")
        return 0
    width = max(len(r.username) for r in rows)
    for r in rows:
        state = "disabled" if not r.is_active else "locked" if r.locked else "active"
        print(f"{r.username:<{width}}  {r.role:<15} {state:<8}  {r.full_name}".rstrip())
    return 0


def _new_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("New password: ")
    second = getpass.getpass("Repeat the new password: ")
    if first != second:
        fail("the two passwords differ; nothing was changed")
        return None
    return first


def cmd_reset_password(args: argparse.Namespace) -> int:
    from app.data.accounts import MIN_PASSWORD, AccountError, reset_password

    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:  # the name first: no password is asked for nobody
            from app.data.accounts import list_users

            if args.name.strip().lower() not in {r.username for r in list_users(session)}:
                return fail(f"there is no user '{args.name}' (see: motivdesk users list)")
        password = _new_password(args)
        if password is None:
            return 1
        with db.session() as session:
            try:
                reset_password(session, args.name, password)
            except AccountError as exc:
                if exc.code == "weak":
                    return fail(
                        f"the password needs at least {MIN_PASSWORD} characters; "
                        "nothing was changed"
                    )
                return fail(f"there is no user '{args.name}'")
            session.commit()
    finally:
        db.dispose()
    print(
        f"The password of '{args.name.strip().lower()}' was reset; it can sign in now "
        "(recorded in the audit log)."
    )
    return 0
