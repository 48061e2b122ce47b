"""`motivdesk analyse`: a campaign's analysis figures under the disclosure rule (PRODUCT.md §10).

The same service as the analysis page (app/services/analysis.py), so the same figures and the
same hidden cells. The command line runs as the HR administrator (every department).
"""

from __future__ import annotations

import argparse
import json

from app.cli.common import fail, open_db_or_explain
from app.scoring.vocab import SEED_TENURE_BANDS, TENURE_BANDS

BANDS = tuple(dict.fromkeys(TENURE_BANDS + SEED_TENURE_BANDS))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyse", help="a campaign's analysis figures under the anonymity rule")
    p.add_argument("--campaign", type=int, required=True, metavar="ID")
    p.add_argument("--department", type=int, metavar="ID")
    p.add_argument(
        "--tenure", choices=BANDS, metavar="BAND", help="tenure band: " + ", ".join(BANDS)
    )
    p.add_argument("--gender", choices=("female", "male"))
    p.add_argument("--manager", choices=("yes", "no"))
    p.add_argument(
        "--exclude-flagged",
        action="store_true",
        help="leave out sessions flagged for answer quality (audited; shown only "
        "where the anonymity rule allows)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--db", dest="analyse_db", metavar="PATH_OR_URL")
    p.set_defaults(handler=cmd_analyse)


def cmd_analyse(args: argparse.Namespace) -> int:
    from app.scoring.analysis import Filter
    from app.scoring.instruments import default_library
    from app.services.analysis import AnalysisService, CampaignNotFound, result_dict

    database = open_db_or_explain(args.analyse_db or getattr(args, "db", None))
    if isinstance(database, str):
        return fail(database)
    flt = Filter(
        args.department,
        args.tenure,
        args.gender,
        None if args.manager is None else args.manager == "yes",
        exclude_flagged=bool(getattr(args, "exclude_flagged", False)),
    )
    library = default_library()
    try:
        with database.session() as session:
            result = AnalysisService(library).analyse(session, args.campaign, flt)
            if flt.exclude_flagged:  # HR's choice to leave flagged sessions out is audited
                from app.services.quality import record_exclusion

                record_exclusion(session, args.campaign, True, "cli analyse")
                session.commit()
    except CampaignNotFound:
        return fail(f"campaign {args.campaign} not found")
    finally:
        database.dispose()
    data = result_dict(result)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    _print_text(data, library)
    return 0


def _fmt(value, decimals: int = 2) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"


def _print_text(data: dict, library) -> None:
    c = data["campaign"]
    print(f"Campaign {c['id']}: {c['name']} ({c['period'][0]} – {c['period'][1]}, {c['status']})")
    conditions = ", ".join(
        f"{k} {v}" for k, v in data["filter"].items() if v is not None and v is not False
    )
    print(f"View: {conditions or 'whole campaign'}; threshold {data['threshold']}")
    p = data["participation"]
    print(f"Participation: {p['respondents']} of {p['headcount']}")
    too_few = data.get("insufficient")
    if too_few != 0:
        print(
            "Finished with too few answers (not counted): "
            + (str(too_few) if too_few is not None else "fewer than the threshold")
        )
    for row in p["rows"]:
        count = "hidden" if row["hidden"] else row["respondents"]
        print(
            f"  department {row['department'] if row['department'] is not None else '-'}: "
            f"{count} (headcount {row['headcount']})"
        )
    print(data["answer_quality"]["note"])
    if not data["shown"]:
        print(f"Not shown: {data['reason']}")
        return
    print(f"Respondents: {data['n']}")
    level = data["level"]
    if level is not None:
        print(f"Integral motivation level: {level['shown']:.3f} ({level['label']})")
    for inst_id, figures in data["instruments"].items():
        title = library[inst_id].short_title.get("en") or inst_id
        if not figures["shown"]:
            print(f"{title}: hidden ({figures['reason']})")
            continue
        print(f"{title}: {figures['n']} respondents")
        for row in figures.get("factors", []):
            if row["hidden"]:
                print(f"  {row['item']}: hidden ({row['hidden']})")
            else:
                print(
                    f"  {row['item']}: n {row['n']}, mean {_fmt(row['mean'])}, "
                    f"strength {_fmt(row['strength_pct'], 1)} %"
                )
        types = figures.get("types")
        if types:
            for k, v in types["counts"].items():
                print(f"  type {k}: {v}")
            print(f"  mixed: {'hidden' if types['mixed'] is None else types['mixed']}")
            for k, reason in types["hidden"].items():
                print(f"  type {k}: hidden ({reason})")
        for scale, mean in figures.get("profile", {}).items():
            if not figures.get("factors"):
                print(f"  {scale}: {_fmt(mean)}")
    _print_drivers(data.get("drivers"))
    _print_quality(data["answer_quality"])
    previous = data["previous"]
    if previous is not None:
        shown = "shown" if previous["shown"] else f"hidden ({previous['reason']})"
        print(
            f"Previous campaign {previous['campaign']['id']} ({previous['campaign']['name']}): "
            f"{shown}" + (f", {previous['n']} respondents" if previous["shown"] else "")
        )
        if previous["shown"] and previous["level"] and level:
            delta = level["shown"] - previous["level"]["shown"]
            change = level.get("change") or {}
            significant = change.get("significant")
            # ↑/↓ only for a change beyond noise (its 95 % interval leaves out 0)
            arrow = ("↑" if delta > 0 else "↓" if delta < 0 else "=") if significant else ""
            verdict = (
                "beyond noise"
                if significant
                else "not assessed"
                if significant is None
                else "no change beyond noise"
            )
            interval = change.get("interval")
            if interval:
                verdict += f", 95 % interval {interval[0]:+.3f} to {interval[1]:+.3f}"
            print(
                f"  motivation level then {previous['level']['shown']:.3f} "
                f"({arrow}{' ' if arrow else ''}{delta:+.3f}: {verdict})"
            )
            marked = [
                (inst, r["item"])
                for inst, figures in data["instruments"].items()
                for r in figures.get("factors", [])
                if (r.get("change") or {}).get("mean") and r["change"]["mean"]["significant"]
            ]
            print(
                f"  factor means changed beyond noise: {len(marked)}"
                + (
                    ": "
                    + ", ".join(f"{i}:{q}" for i, q in marked[:12])
                    + (" …" if len(marked) > 12 else "")
                    if marked
                    else ""
                )
            )


def _print_quality(quality: dict) -> None:
    """Answer quality (docs/answer_quality.md): flagged respondents, alpha per scale."""
    flagged = quality["flagged"]
    print(
        "Answer quality: flagged respondents "
        + (str(flagged) if flagged is not None else f"hidden ({quality['flagged_hidden']})")
    )
    for inst_id, scales in quality["alpha"].items():
        for scale, row in scales.items():
            if row["hidden"]:
                print(f"  alpha {inst_id} {scale}: hidden ({row['hidden']})")
            else:
                print(
                    f"  alpha {inst_id} {scale}: {_fmt(row['alpha'])} (k {row['k']}, n {row['n']})"
                )


def _print_drivers(drivers: dict | None) -> None:
    """Key drivers (docs/drivers.md): the reason when none is shown, else one line each."""
    if drivers is None:
        return
    if not drivers["shown"]:
        print(f"Key drivers: not shown ({drivers['reason']})")
        return
    from app.scoring.drivers import BASIS_SATISFACTION  # numpy: only when drivers are printed

    basis = "job satisfaction" if drivers["basis"] == BASIS_SATISFACTION else "pull to leave"
    print(
        f"Key drivers (Spearman rho with {basis}; minimum {drivers['min_respondents']} "
        "respondents):"
    )
    for row in drivers["items"]:
        name = f"{row['kind']} {row['id']}"
        if row["hidden"]:
            print(f"  {name}: hidden ({row['hidden']})")
            continue
        print(
            f"  {name}: {row['priority']}, level {_fmt(row['level'])}, "
            f"rho satisfaction {_fmt(row['rho_satisfaction'])}, "
            f"rho leaving {_fmt(row['rho_leaving'])}, n {row['n']}"
        )
