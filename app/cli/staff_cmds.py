"""`motivdesk staff template|import|list`: the staff register from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import fail, open_db_or_explain


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("staff", help="the staff register: template, import, list")
    staff = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    t = staff.add_parser("template", help="write the Excel template of the staff list")
    t.add_argument("--out", required=True, metavar="FILE.xlsx")
    t.add_argument(
        "--lang",
        dest="template_lang",
        choices=("ru", "kk"),
        default="ru",
        help="language of the headings and instructions (default ru)",
    )
    t.add_argument(
        "--db",
        dest="staff_db",
        metavar="PATH_OR_URL",
        help="list this database's departments in the template",
    )
    t.set_defaults(handler=cmd_template)
    i = staff.add_parser(
        "import",
        help="add or update employees from an Excel or CSV list "
        "(the whole file is refused on any problem)",
    )
    i.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    i.add_argument("--db", dest="staff_db", metavar="PATH_OR_URL")
    i.set_defaults(handler=cmd_import)
    s = staff.add_parser("list", help="list the employees")
    s.add_argument("--json", action="store_true", help="one JSON array instead of a table")
    s.add_argument("--all", action="store_true", help="former employees too")
    s.add_argument("--db", dest="staff_db", metavar="PATH_OR_URL")
    s.set_defaults(handler=cmd_list)


def _db_arg(args) -> str | None:
    return getattr(args, "staff_db", None) or getattr(args, "db", None)


def cmd_template(args) -> int:
    from app.services.staff import departments
    from app.services.staff_import import write_template

    names: list[tuple[str, str]] = []
    if _db_arg(args):
        db = open_db_or_explain(_db_arg(args))
        if isinstance(db, str):
            return fail(db)
        try:
            with db.session() as session:
                names = [(d.name_ru, d.name_kk) for d in departments(session)]
        finally:
            db.dispose()
    try:
        path = write_template(Path(args.out), args.template_lang, names)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"{path}: staff list template ({args.template_lang}, {len(names)} departments)")
    return 0


def cmd_import(args) -> int:
    from app.services.staff_import import StaffFileError, import_file

    source = Path(args.file)
    if not source.is_file():
        return fail(f"{source}: no such file")
    db = open_db_or_explain(_db_arg(args))
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            try:
                result = import_file(session, source)
            except StaffFileError as exc:
                lines = [p.describe() for p in exc.problems]
                return fail(
                    f"{source.name} was not imported; nothing was changed "
                    f"({len(lines)} problem(s)):\n  " + "\n  ".join(lines)
                )
            session.commit()
    finally:
        db.dispose()
    print(
        f"{source.name}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} unchanged"
    )
    return 0


def cmd_list(args) -> int:
    from app.data.queries import list_employees

    db = open_db_or_explain(_db_arg(args))
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            rows = list_employees(session, None, active=None if args.all else True)
    finally:
        db.dispose()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "personnel_number": r.personnel_number,
                        "full_name": r.full_name,
                        "department": r.department_ru,
                        "department_kk": r.department_kk,
                        "position": r.position,
                        "position_kk": r.position_kk,
                        "is_manager": r.is_manager,
                        "is_active": r.is_active,
                        "cards": r.cards,
                        "named_sessions": r.sessions,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for r in rows:
        state = "" if r.is_active else "  (inactive)"
        print(
            f"{r.id:>5}  {r.personnel_number:<10} {r.full_name:<40} {r.department_ru:<30} "
            f"{r.position}{state}"
        )
    print(f"{len(rows)} employee(s)")
    return 0
