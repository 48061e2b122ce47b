"""`motivdesk indicators`: the Kazakhstan personnel-management indicators from a CSV of yearly
staff movements (app/scoring/indicators.py; README "Command line" names the columns)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import fail


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "indicators",
        help="personnel-management indicators (net turnover, stability, …) "
        "from yearly staff movements",
    )
    p.add_argument(
        "--input",
        required=True,
        metavar="FILE.csv",
        help="columns: year, average_headcount, left_civil_service; optional "
        "left_body, first_year_leavers, appointed, dismissed, over_3_years, "
        "exit_interviews",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_indicators)


def cmd_indicators(args: argparse.Namespace) -> int:
    from app.scoring.indicators import (
        INDICATORS,
        NET_TURNOVER_CRITICAL_PCT,
        IndicatorInputError,
        compute_years,
        read_movements,
        to_json,
    )

    path = Path(args.input)
    if not path.is_file():
        return fail(f"{path}: no such file")
    try:
        years = compute_years(read_movements(path))
    except IndicatorInputError as exc:
        return fail(f"{path.name} refused: " + "; ".join(exc.problems))
    if args.json:
        print(json.dumps(to_json(years), ensure_ascii=False))
        return 0
    width = max(len(i.name) for i in INDICATORS)
    for year in years:
        print(f"{year.year}")
        for ind in INDICATORS:
            shown = year.printed(ind.id)
            if shown is None:
                continue
            line = f"  {ind.name:<{width}}  {shown:>6} %"
            change = year.change.get(ind.id)
            if change is not None:
                line += f"  ({change:+.1f} pp since {year.year - 1})"
            if ind.id == "net_turnover" and year.net_turnover_critical:
                line += f"  above the critical level of {NET_TURNOVER_CRITICAL_PCT:g} %"
            print(line)
    return 0
