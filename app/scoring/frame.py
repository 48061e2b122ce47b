"""The canonical, numeric answer table that all scoring works on.

One row per respondent. Columns per item, by answer format:
- rating, bipolar, single: `qN` — the value / option number (float, NaN = not answered);
- multi: `qN_1` … `qN_K` — 1.0 if option k was chosen, 0.0 if not, NaN = not answered;
- split: `qNa`, `qNb` (…`qNd`) — points given to each part (NaN = not answered).
The split columns are the same as in response files (PRODUCT.md §10), so a parsed file maps
straight onto this table. `answers_to_frame` is the one way stored answers become this table
(a kiosk session, a campaign's stored answers, a bundle); `frame_to_answers` the way back.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from app.scoring.definitions import Instrument, Item

PART_LETTERS = string.ascii_lowercase


def item_columns(item: Item) -> list[str]:
    fmt = item.format
    if fmt.type == "multi":
        return [f"{item.id}_{k}" for k in range(1, len(fmt.options) + 1)]
    if fmt.type == "split":
        return [f"{item.id}{PART_LETTERS[k]}" for k in range(fmt.parts)]
    return [item.id]


def frame_columns(instrument: Instrument) -> list[str]:
    return [col for item in instrument.items for col in item_columns(item)]


def answers_to_frame(
    instrument: Instrument,
    respondents: Iterable[Mapping[str, Any]],
    index: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The table of answers as stored: one {item_id: value} per respondent (value: int for
    ratings and single choice, list[int] for multi (chosen option numbers) and split (points);
    JSON text of either, as a database driver may give it, is read too). The one way answers
    become the table, for one kiosk session as for a campaign's stored answers; built a
    column at a time, so a Python step is taken per multi or split answer only. A value the
    table cannot hold (an option beyond the list, text in a rating) is left out, never
    guessed: the answer rules (app/scoring/answer_rules.py) refuse such values before they are
    stored, so only damaged data meets this."""
    answers = respondents if isinstance(respondents, list) else list(respondents)
    columns = frame_columns(instrument)
    table = np.full((len(answers), len(columns)), np.nan)
    start = 0
    for item in instrument.items:
        fmt, item_id = item.format, item.id
        given = [(r, a[item_id]) for r, a in enumerate(answers) if a.get(item_id) is not None]
        if fmt.type == "multi":
            width = len(fmt.options)
            for r, chosen in given:
                table[r, start : start + width] = 0.0
                for option in _as_list(chosen):
                    if _is_number(option) and 1 <= int(option) <= width:
                        table[r, start + int(option) - 1] = 1.0
        elif fmt.type == "split":
            width = fmt.parts
            for r, parts in given:
                points = [float(x) if _is_number(x) else np.nan for x in _as_list(parts)]
                table[r, start : start + width] = (points + [np.nan] * width)[:width]
        else:
            width = 1
            if given:
                rows, values = zip(*given, strict=True)
                table[list(rows), start] = [_scalar(v) for v in values]
        start += width
    return pd.DataFrame(table, columns=columns, index=None if index is None else pd.Index(index))


def _as_list(value: Any) -> list:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return value if isinstance(value, list) else [value]


def _scalar(value: Any) -> float:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return np.nan
    return float(value) if _is_number(value) else np.nan


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def frame_row_to_answers(instrument: Instrument, row: pd.Series) -> dict[str, Any]:
    """The inverse of answers_to_frame for one row: {item_id: stored value}, unanswered left out."""
    answers: dict[str, Any] = {}
    for item in instrument.items:
        fmt = item.format
        if fmt.type == "multi":
            cols = item_columns(item)
            values = row[cols].to_numpy(dtype=float)
            if not np.isnan(values).all():
                answers[item.id] = [k + 1 for k, v in enumerate(values) if v == 1.0]
        elif fmt.type == "split":
            values = row[item_columns(item)].to_numpy(dtype=float)
            if not np.isnan(values).any():
                answers[item.id] = [int(v) for v in values]
        else:
            value = row[item.id]
            if not pd.isna(value):
                answers[item.id] = int(value)
    return answers


def frame_to_answers(instrument: Instrument, frame: pd.DataFrame) -> list[dict[str, Any]]:
    """`frame_row_to_answers` for every row at once, column by column (a whole file of 10 000
    respondents in a fraction of a second instead of seconds)."""
    out: list[dict[str, Any]] = [{} for _ in range(len(frame))]
    for item in instrument.items:
        fmt = item.format
        block = frame[item_columns(item)].to_numpy(dtype=float)
        missing = np.isnan(block)
        if fmt.type == "multi":
            given = ~missing.all(axis=1)
            for r, row in zip(
                np.flatnonzero(given).tolist(), (block[given] == 1.0).tolist(), strict=True
            ):
                out[r][item.id] = [k + 1 for k, chosen in enumerate(row) if chosen]
        elif fmt.type == "split":
            given = ~missing.any(axis=1)
            for r, row in zip(
                np.flatnonzero(given).tolist(), block[given].astype(int).tolist(), strict=True
            ):
                out[r][item.id] = row
        else:
            given = ~missing[:, 0]
            for r, value in zip(
                np.flatnonzero(given).tolist(), block[given, 0].astype(int).tolist(), strict=True
            ):
                out[r][item.id] = value
    return out
