"""Build the canonical answer tables from long rows (respondent, item, value) with pandas,
without a Python loop per answer: the path for whole campaigns (tens of thousands of
respondents). `answers_to_frame` in frame.py stays the simple reference; tests check both agree.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from app.scoring.definitions import Instrument
from app.scoring.frame import PART_LETTERS, frame_columns


def _as_list(value) -> list:
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        parsed = json.loads(value)
        return parsed if isinstance(parsed, list) else [parsed]
    return [value]


def long_to_frame(instrument: Instrument, rows: pd.DataFrame, ids: list[str]) -> pd.DataFrame:
    """`rows`: columns respondent, item, value (value: number, JSON text or list);
    result: one row per id in `ids` order, canonical columns."""
    columns = frame_columns(instrument)
    out = pd.DataFrame(np.nan, index=pd.Index(ids), columns=columns)
    if rows.empty:
        return out
    kinds = {item.id: item.format.type for item in instrument.items}
    rows = rows[rows["item"].isin(kinds) & rows["respondent"].isin(out.index)]
    kind = rows["item"].map(kinds)
    scalar = rows[~kind.isin(["multi", "split"])]
    if not scalar.empty:
        values = pd.to_numeric(
            scalar["value"].map(lambda v: json.loads(v) if isinstance(v, str) else v),
            errors="coerce",
        )
        table = pd.DataFrame(
            {
                "respondent": scalar["respondent"].to_numpy(),
                "item": scalar["item"].to_numpy(),
                "v": values.to_numpy(),
            }
        )
        wide = table.pivot(index="respondent", columns="item", values="v")
        out.loc[wide.index, wide.columns] = wide.to_numpy(dtype=float)
    for item in instrument.items:
        fmt = item.format
        if fmt.type not in ("multi", "split"):
            continue
        sub = rows[rows["item"] == item.id]
        if sub.empty:
            continue
        lists = sub["value"].map(_as_list)
        who = sub["respondent"].to_numpy()
        if fmt.type == "multi":
            cols = [f"{item.id}_{k}" for k in range(1, len(fmt.options) + 1)]
            block = np.zeros((len(sub), len(cols)))
            for r, chosen in enumerate(lists):
                for option in chosen:
                    if 1 <= int(option) <= len(cols):
                        block[r, int(option) - 1] = 1.0
        else:
            cols = [f"{item.id}{PART_LETTERS[k]}" for k in range(fmt.parts)]
            block = np.array(
                [
                    [float(x) for x in (parts + [np.nan] * fmt.parts)[: fmt.parts]]
                    for parts in lists
                ],
                dtype=float,
            )
        out.loc[who, cols] = block
    return out


def dicts_to_frame(
    instrument: Instrument, answers: dict[str, dict], ids: list[str]
) -> pd.DataFrame:
    """Like long_to_frame, from {respondent: {item: value}} (packed sessions): pandas builds the
    item columns in C, and only multi-choice and split items are expanded per respondent."""
    columns = frame_columns(instrument)
    out = pd.DataFrame(np.nan, index=pd.Index(ids), columns=columns)
    present = [rid for rid in ids if rid in answers]
    if not present:
        return out
    wide = pd.DataFrame.from_records([answers[rid] for rid in present], index=present)
    for item in instrument.items:
        if item.id not in wide.columns:
            continue
        fmt = item.format
        col = wide[item.id]
        if fmt.type not in ("multi", "split"):
            out.loc[present, item.id] = pd.to_numeric(col, errors="coerce").to_numpy(dtype=float)
            continue
        answered = col.notna().to_numpy()
        who = np.asarray(present)[answered]
        lists = col[answered]
        if fmt.type == "multi":
            cols = [f"{item.id}_{k}" for k in range(1, len(fmt.options) + 1)]
            block = np.zeros((len(lists), len(cols)))
            for r, chosen in enumerate(lists):
                for option in _as_list(chosen):
                    if 1 <= int(option) <= len(cols):
                        block[r, int(option) - 1] = 1.0
        else:
            cols = [f"{item.id}{PART_LETTERS[k]}" for k in range(fmt.parts)]
            block = np.array(
                [
                    [float(x) for x in (_as_list(p) + [np.nan] * fmt.parts)[: fmt.parts]]
                    for p in lists
                ],
                dtype=float,
            ).reshape(len(lists), fmt.parts)
        if len(who):
            out.loc[who, cols] = block
    return out
