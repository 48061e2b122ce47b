"""The attacker: subtract any two shown nested views and look for a group of 1..t-1."""

from __future__ import annotations

from itertools import product

from app.scoring.analysis import Filter

GENDERS = (None, "female", "male")
MANAGER = (None, True, False)
BANDS = (None, "1_3", "3_5", "5_10", "gt20")


def all_filters(departments: list[int | None]) -> list[Filter]:
    """Every filter combination: departments × tenure bands × gender × manager flag."""
    return [Filter(d, b, g, m) for d, b, g, m in product(departments, BANDS, GENDERS, MANAGER)]


def key(flt: Filter) -> frozenset:
    return frozenset(flt.conditions().items())


def cells(result: dict) -> dict | None:
    """The counts a reader can read off one view (the JSON form of the analysis service, or
    what was parsed from an export): None when the view shows nothing."""
    if not result.get("shown"):
        return None
    out = {("n",): result.get("n")}
    for inst_id, fig in result.get("instruments", {}).items():
        if not fig.get("shown"):
            continue
        out[("instrument", inst_id)] = fig["n"]
        for row in fig.get("factors", []):
            if not row.get("hidden"):
                out[("item", inst_id, row["item"])] = row["n"]
        types = fig.get("types") or {}
        for k, v in (types.get("counts") or {}).items():
            out[("type", inst_id, k)] = v
        if types.get("mixed") is not None:
            out[("type", inst_id, "mixed")] = types["mixed"]
        for band, col in (fig.get("by_tenure") or {}).items():
            if not col.get("hidden"):
                out[("tenure", inst_id, band)] = col["n"]
    for row in (result.get("drivers") or {}).get("items") or []:  # key drivers (issue 20)
        if not row.get("hidden"):
            for count in ("n_rated", "n_satisfaction", "n_leaving"):
                if row.get(count):
                    out[("driver", row["kind"], row["id"], count)] = row[count]
    return {k: v for k, v in out.items() if v is not None}


def small_differences(views: dict[frozenset, dict | None], t: int) -> list[str]:
    """Every pair of shown views, one nested in the other, and every cell both show: the
    difference of its counts must be 0 or at least t."""
    found = []
    shown = {k: v for k, v in views.items() if v is not None}
    for fine, fine_cells in shown.items():
        for coarse, coarse_cells in shown.items():
            if not coarse < fine:
                continue
            for cell, n in fine_cells.items():
                if cell in coarse_cells and 0 < coarse_cells[cell] - n < t:
                    found.append(
                        f"{sorted(coarse)} − {sorted(fine)}: {cell} {coarse_cells[cell]} − {n}"
                    )
    return found


def participation_leaks(rows: list[dict], total: int, t: int) -> list[str]:
    """The total minus the shown rows must not be a group of 1..t-1."""
    rest = total - sum(r["respondents"] for r in rows if r["respondents"] is not None)
    return [f"total {total} − shown rows = {rest}"] if 0 < rest < t else []
