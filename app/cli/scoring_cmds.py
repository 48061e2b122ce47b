"""Commands that score without a database: instruments, template, score, level."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.common import fail


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("instruments", help="list the instruments and their status")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_instruments)

    p = sub.add_parser("template", help="write the paper-entry Excel template of an instrument")
    p.add_argument("instrument")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--lang", dest="doc_lang", choices=("ru", "kk"), default="ru")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("score", help="score a response file (CSV or XLSX) without a database")
    p.add_argument("instrument")
    p.add_argument("--input", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the JSON document of PRODUCT.md §10")
    p.add_argument(
        "--schein-threshold",
        metavar="X",
        help="Schein: an anchor is pronounced when its mean is above X (default: the "
        "office setting of --db if given, else 6)",
    )
    p.set_defaults(handler=cmd_score)

    p = sub.add_parser("settings", help="office settings stored in the database (e.g. thresholds)")
    p.add_argument("action", choices=("list", "get", "set"))
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("level", help="motivation level from mean significance and satisfaction")
    p.add_argument(
        "--means",
        required=True,
        metavar="FILE.csv",
        help="columns: parameter, importance, perception (means 0-5)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_level)


def _library_or_fail():
    from app.scoring.instruments import load_library, shipped_folders

    library, errors = load_library(shipped_folders())
    for error in errors:
        print(f"motivdesk: instrument file refused: {error}", file=sys.stderr)
    return library


def _instrument(library: dict, instrument_id: str):
    if instrument_id not in library:
        return None, fail(
            f"unknown instrument '{instrument_id}'; known: {', '.join(sorted(library))}"
        )
    return library[instrument_id], 0


def cmd_instruments(args: argparse.Namespace) -> int:
    library = _library_or_fail()
    rows = [
        {
            "id": i.id,
            "title": i.title.ru,
            "title_kk": i.title.kk,
            "status": i.status,
            "items": len(i.items),
            "languages": list(i.languages_complete()),
            "version": i.version,
            "reason": i.disabled_reason.ru if i.disabled_reason else "",
            "role": i.role,  # the part it plays in the methodology (app/scoring/roles.py)
        }
        for i in sorted(library.values(), key=lambda i: i.id)
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(
            f"{r['id']:<18} {r['status']:<9} {r['items']:>3} items  {'+'.join(r['languages']):<6}"
            f" {r['title']}"
        )
        if r["reason"]:
            print(f"{'':<18} {r['reason']}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from app.reports.template import build_template

    instrument, code = _instrument(_library_or_fail(), args.instrument)
    if instrument is None:
        return code
    if not instrument.active:
        return fail(f"{instrument.id} is disabled: {instrument.disabled_reason.ru}")
    out = build_template(instrument, Path(args.out), lang=args.doc_lang)
    print(f"Template written: {out}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from app.scoring.report import score_document
    from app.scoring.responses import ResponseFileError, read_responses

    instrument, code = _instrument(_library_or_fail(), args.instrument)
    if instrument is None:
        return code
    if not instrument.active:
        return fail(f"{instrument.id} is disabled: {instrument.disabled_reason.ru}")
    try:
        responses = read_responses(instrument, Path(args.input))
    except ResponseFileError as exc:
        lines = [f"{exc.file} was refused, nothing was scored:"]
        lines += [f"  {p.describe()}" for p in exc.problems]
        return fail("\n".join(lines))
    from app.scoring import office
    from app.scoring.engine import score

    values = {}
    if args.db:  # the office's settings, as its reports label results
        from app.cli.common import open_db_or_explain
        from app.data.office_settings import effective

        db = open_db_or_explain(args.db)
        if isinstance(db, str):
            return fail(db)
        with db.session() as session:
            values = effective(session)
        db.dispose()
    if args.schein_threshold is not None:
        try:
            values[office.SCHEIN_THRESHOLD] = office.validate(
                office.SCHEIN_THRESHOLD, args.schein_threshold
            )
        except office.SettingError as exc:
            return fail(f"--schein-threshold: {exc}")
    table = score(instrument, responses.answers, office.level_overrides(instrument, values))
    document = score_document(instrument, responses, table)
    if args.json:  # compact: 100 000 respondents indented would be most of the run time
        sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
        sys.stdout.write("\n")
        return 0
    _print_table(document)
    return 0


def _fmt(value) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _print_table(document: dict) -> None:
    print(f"{document['instrument']}: {document['n']} respondents")
    group = document["group"]
    if "factors" in group:
        print(
            f"{'factor':<8}{'n':>5}{'sum':>8}{'strength %':>12}{'mean':>8}{'high':>8}{'negative':>10}"
        )
        for item_id, f in group["factors"].items():
            print(
                f"{item_id:<8}{f['n']:>5}{_fmt(f['sum']):>8}{_fmt(f['strength_pct']):>12}"
                f"{_fmt(f['mean']):>8}{_fmt(f['high_share']):>8}{_fmt(f['negative_share']):>10}"
            )
        return
    scales = list(group["means"])
    print("respondent".ljust(12) + "".join(s[:12].rjust(13) for s in scales) + "  type")
    for r in document["respondents"]:
        print(
            str(r["respondent"])[:12].ljust(12)
            + "".join(_fmt(r["scores"].get(s)).rjust(13) for s in scales)
            + "  "
            + ",".join(r["type"])
        )
    print("mean".ljust(12) + "".join(_fmt(group["means"][s]).rjust(13) for s in scales))
    if "by_tenure" in group:  # table 3.4: the six bands of question 19 and "not given"
        names = {
            "lt1": "under 1 year",
            "1_3": "1-3 years",
            "3_5": "3-5 years",
            "5_10": "5-10 years",
            "10_20": "10-20 years",
            "gt20": "over 20 years",
            "not_given": "not given",
            "all": "all",
        }
        print("\ntable 3.4 (% of maximum) by tenure")
        print("tenure".ljust(16) + "n".rjust(6) + "".join(s[:12].rjust(13) for s in scales))
        for band, row in group["by_tenure"].items():
            print(
                names.get(band, band)[:16].ljust(16)
                + str(row["n"]).rjust(6)
                + "".join(_fmt(row.get(s)).rjust(13) for s in scales)
            )


def cmd_settings(args: argparse.Namespace) -> int:
    """`settings list | get KEY | set KEY VALUE` on the database of --db (or the default one)."""
    from app.cli.common import open_db_or_explain
    from app.data.office_settings import effective, save
    from app.scoring import office

    if args.action != "list" and not args.key:
        return fail(
            f"settings {args.action}: name a setting ({', '.join(sorted(office.DEFAULTS))})"
        )
    if args.action == "set" and args.value is None:
        return fail(f"settings set {args.key}: give a value")
    if args.key and args.key not in office.DEFAULTS:
        return fail(f"unknown setting '{args.key}'; known: {', '.join(sorted(office.DEFAULTS))}")
    db = open_db_or_explain(args.db)
    if isinstance(db, str):
        return fail(db)
    try:
        with db.session() as session:
            if args.action == "set":
                try:
                    save(session, args.key, args.value)
                except office.SettingError as exc:
                    return fail(f"{exc}; nothing was changed")
                session.commit()
            values = effective(session)
    finally:
        db.dispose()
    shown = values if args.action == "list" else {args.key: values[args.key]}
    if args.json:
        print(
            json.dumps(
                {
                    key: bool(value) if key in office.SWITCHES else value
                    for key, value in shown.items()
                },
                ensure_ascii=False,
            )
        )
        return 0
    for key, value in shown.items():
        default = " (default)" if value == office.DEFAULTS[key] else ""
        print(f"{key} = {office.shown(key, value)}{default}")
    return 0


def cmd_level(args: argparse.Namespace) -> int:
    from app.scoring.level import (
        LEVEL_DECIMALS,
        LevelInputError,
        format_value,
        motivation_level,
        read_means_csv,
    )

    try:
        result = motivation_level(read_means_csv(Path(args.means)))
    except LevelInputError as exc:
        return fail(
            f"{args.means} was refused: {exc.problem.replace('_', ' ')} {exc.detail}".strip()
        )
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{'parameter':<40}{'importance':>11}{'perception':>11}{'d':>8}{'level':>8}")
    for p in result.parameters:
        print(
            f"{p.parameter[:39]:<40}{p.importance:>11.2f}{p.perception:>11.2f}{p.d:>8.3f}"
            f"{p.level:>8.3f}"
        )
    # the label follows the value as printed (app.scoring.level.printed)
    print(
        f"integral motivation level: {format_value(result.integral, LEVEL_DECIMALS)} "
        f"({result.label.replace('_', ' ')})"
    )
    return 0
