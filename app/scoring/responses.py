"""Read a response file (CSV or XLSX, PRODUCT.md §10) into the canonical answer table.

The whole file is validated before anything is returned; any invalid value refuses the file,
and the error names the row (as a spreadsheet shows it: the header is row 1), the column and
the value. Checks are vectorised per column, so a 10 000-row file validates quickly.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from app.markers import QT_TRANSLATE_NOOP
from app.scoring import answer_rules
from app.scoring.definitions import Instrument
from app.scoring.frame import frame_columns, item_columns
from app.scoring.roles import JOB_SATISFACTION
from app.scoring.vocab import (
    GENDER_VALUES,
    MANAGER_VALUES,
    Q19_VALUES,
    SEED_TENURE_OF,
    TENURE_ITEMS,
    TENURE_VALUES,
)

META_COLUMNS = ("respondent", "department", "tenure_band", "gender", "is_manager")
LETTER_OPTIONS = {"а": 1, "б": 2, "в": 3, "a": 1, "b": 2, "c": 3}  # Cyrillic and Latin
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class Problem:
    row: int | None  # spreadsheet row number (header = 1); None for the header itself
    column: str
    value: str
    problem: str  # code: unknown_column, not_a_number, out_of_range, ...
    detail: str = ""

    def describe(self) -> str:
        where = f"row {self.row}, column {self.column}" if self.row else f"column {self.column}"
        value = f" value '{self.value}'" if self.value != "" else ""
        return f"{where}:{value} {MESSAGES.get(self.problem, self.problem)}" + (
            f" ({self.detail})" if self.detail else ""
        )


# What each problem says (translated in the "ResponseFile" context by the UI).
MESSAGES = {
    "unknown_column": QT_TRANSLATE_NOOP("ResponseFile", "is not a column of this instrument"),
    "duplicate_column": QT_TRANSLATE_NOOP("ResponseFile", "appears twice"),
    "no_answer_columns": QT_TRANSLATE_NOOP(
        "ResponseFile", "the file has no answer columns (q1, q2, …)"
    ),
    "not_a_number": QT_TRANSLATE_NOOP("ResponseFile", "is not a whole number"),
    "out_of_range": QT_TRANSLATE_NOOP("ResponseFile", "is not an allowed answer"),
    "bad_option": QT_TRANSLATE_NOOP("ResponseFile", "is not an option number"),
    "too_few_choices": QT_TRANSLATE_NOOP("ResponseFile", "has too few options chosen"),
    "too_many_choices": QT_TRANSLATE_NOOP("ResponseFile", "has too many options chosen"),
    "repeated_choice": QT_TRANSLATE_NOOP("ResponseFile", "names an option twice"),
    "split_sum": QT_TRANSLATE_NOOP(
        "ResponseFile", "the points of this question do not add up to the required total"
    ),
    "split_incomplete": QT_TRANSLATE_NOOP(
        "ResponseFile", "some parts of this question are blank and others are not"
    ),
    "not_applicable": QT_TRANSLATE_NOOP(
        "ResponseFile", "this question is not asked of this respondent (manager / non-manager)"
    ),
    "bad_meta": QT_TRANSLATE_NOOP("ResponseFile", "is not an accepted value"),
    "unreadable": QT_TRANSLATE_NOOP("ResponseFile", "cannot be read"),
    "bad_encoding": QT_TRANSLATE_NOOP(
        "ResponseFile",
        "the file's text encoding is not accepted: save it as CSV UTF-8 or Windows-1251",
    ),
    "formula_without_value": QT_TRANSLATE_NOOP(
        "ResponseFile",
        "holds a formula without a saved result: open the file in Excel and "
        "save it again, or type the value",
    ),
    "too_few_fields": QT_TRANSLATE_NOOP(
        "ResponseFile", "the row has fewer fields than the header (a cut or broken file?)"
    ),
    "empty": QT_TRANSLATE_NOOP("ResponseFile", "the file has no rows"),
    "unknown_department": QT_TRANSLATE_NOOP(
        "ResponseFile", "is not a department of this organisation"
    ),
    "not_in_campaign": QT_TRANSLATE_NOOP("ResponseFile", "is not a questionnaire of this campaign"),
    "unknown_campaign": QT_TRANSLATE_NOOP("ResponseFile", "there is no such campaign"),
    "bad_tenure_option": QT_TRANSLATE_NOOP(
        "ResponseFile", "is not an option of question 19 (1–6 or а–е)"
    ),
    "tenure_conflict": QT_TRANSLATE_NOOP(
        "ResponseFile", "the tenure band and question 19 disagree"
    ),
    "branch_ambiguous": QT_TRANSLATE_NOOP(
        "ResponseFile",
        "both branch questions are answered and is_manager is blank: fill "
        "is_manager or keep only the answer to the question asked",
    ),
}


class ResponseFileError(Exception):
    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems
        super().__init__(f"{file}: " + "; ".join(p.describe() for p in problems[:3]))


@dataclass(frozen=True)
class ResponseFile:
    meta: pd.DataFrame  # META_COLUMNS (missing ones filled with None), normalised values
    answers: pd.DataFrame  # canonical answer table
    own_texts: dict[tuple[int, str], str]  # (row index, item id) -> own-variant wording


def read_table(path: Path, numeric: Collection[str] = ()) -> pd.DataFrame:
    """All cells as stripped strings ('' = blank); raises ResponseFileError if unreadable.

    Columns named in `numeric` (answer columns that hold plain numbers) are parsed by the CSV
    reader itself when every cell is a number or blank: they come back as float columns (NaN =
    blank), which saves stripping and parsing 100 000 × 40 strings in Python. A column with
    anything else in it stays strings and is checked (and refused, naming the cell) as before.
    """
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = _read_xlsx(path)
        else:
            frame = _read_csv(path, numeric)
    except ResponseFileError:
        raise
    except Exception as exc:  # pandas/openpyxl raise many types for a broken file
        raise ResponseFileError(
            str(path), [Problem(None, "(file)", "", "unreadable", f"{type(exc).__name__}: {exc}")]
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    for column in frame.columns:
        col = frame[column]
        if pd.api.types.is_numeric_dtype(col.dtype):
            frame[column] = col.astype(float)
        else:  # strings, or a "numeric" column the reader could not parse: text again
            frame[column] = col.fillna("").astype(str).str.strip()
    return frame


def _header_names(path: Path, names: list) -> list[str]:
    """The header as written (blank cells as pandas names them); a name written twice refuses
    the file, named as written ("q1", not pandas' "q1.1")."""
    header = [
        str(n).strip()
        if n is not None and not (isinstance(n, float) and np.isnan(n)) and str(n).strip() != ""
        else f"Unnamed: {k}"
        for k, n in enumerate(names)
    ]
    seen, twice = set(), []
    for name in header:
        if name in seen and name not in twice and not name.startswith("Unnamed:"):
            twice.append(name)
        seen.add(name)
    if twice:
        raise ResponseFileError(
            str(path), [Problem(None, name, "", "duplicate_column") for name in twice]
        )
    return header


def _read_xlsx(path: Path) -> pd.DataFrame:
    from app.fileio import xlsx_formulas_without_value

    blank = xlsx_formulas_without_value(path)
    if blank:
        raise ResponseFileError(
            str(path),
            [
                Problem(_cell_row(cell), _cell_column(cell), "", "formula_without_value")
                for cell in blank[:MAX_PROBLEMS]
            ],
        )
    # header=None: the first row as written (pandas would rename a repeated "q1" to "q1.1")
    raw = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl", header=None)
    if raw.empty:
        return pd.DataFrame()
    header = _header_names(path, list(raw.iloc[0]))
    frame = raw.iloc[1:].reset_index(drop=True)
    frame.columns = header
    return frame


def _cell_row(cell: str) -> int | None:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else None


def _cell_column(cell: str) -> str:
    return "cell " + cell


def _read_csv(path: Path, numeric: Collection[str]) -> pd.DataFrame:
    from app.fileio import FileFormatError, detect_text_encoding

    data = path.read_bytes()
    try:
        encoding = detect_text_encoding(data)
    except FileFormatError as exc:
        raise ResponseFileError(
            str(path), [Problem(None, "(file)", "", "bad_encoding", exc.detail)]
        ) from None
    text = data.decode(encoding)
    first_line = text.split("\n", 1)[0]
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    header_raw = next(csv.reader([first_line], delimiter=delimiter), [])
    _header_names(path, header_raw)  # refuses unknown or repeated column names
    _check_row_lengths(path, text, delimiter, len(header_raw))
    options = dict(sep=delimiter, encoding=encoding, quoting=csv.QUOTE_MINIMAL)
    as_number = {c for c in header_raw if str(c).strip() in set(numeric)}
    if as_number:
        frame = pd.read_csv(
            path,
            dtype={c: str for c in header_raw if c not in as_number},
            keep_default_na=False,
            na_values={c: [""] for c in as_number},
            **options,
        )
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, **options)
    return frame


def _check_row_lengths(path: Path, text: str, delimiter: str, width: int) -> None:
    """A row with fewer fields than the header (a file cut short, a line broken by hand) is
    refused naming the row; pandas would fill the missing cells in as blanks."""
    short = []
    if '"' not in text:  # no quoting: a field count is a delimiter count (fast)
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip() and line.count(delimiter) + 1 < width:
                short.append((number, line.count(delimiter) + 1))
                if len(short) >= MAX_PROBLEMS:
                    break
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, row in enumerate(reader, start=1):
            if any(cell.strip() for cell in row) and len(row) < width:
                short.append((number, len(row)))
                if len(short) >= MAX_PROBLEMS:
                    break
    if short:
        raise ResponseFileError(
            str(path),
            [Problem(row, "(row)", "", "too_few_fields", f"{n} of {width}") for row, n in short],
        )


def _raw(col: pd.Series, idx: int) -> str:
    """A cell as the user wrote it, for messages (a parsed number without a needless '.0')."""
    value = col.iloc[idx]
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return "" if np.isnan(value) else (str(int(value)) if value.is_integer() else repr(value))
    return str(value)


def _numeric_columns(instrument: Instrument) -> set[str]:
    """Answer columns that hold one plain number (ratings, single choices, split points)."""
    columns = set()
    for item in instrument.items:
        if item.format.type in ("rating", "bipolar", "split") or (
            item.format.type == "single" and instrument.role != JOB_SATISFACTION
        ):
            columns.update(item_columns(item))
    return columns


def _blank(col: pd.Series) -> np.ndarray:
    if pd.api.types.is_float_dtype(col.dtype):
        return np.isnan(col.to_numpy(dtype=float))
    return (col == "").to_numpy()


def _whole_numbers(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Parse '3', '3.0', '3,0', '-2' as ints; returns (values with NaN for blank, bad mask)."""
    if pd.api.types.is_float_dtype(col.dtype):  # parsed by the reader (`read_table`)
        numbers = col.to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            bad = ~np.isnan(numbers) & (numbers != np.round(numbers))
        return numbers, bad
    blank = col == ""
    text = col.str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text.where(~blank, None), errors="coerce").to_numpy(dtype=float)
    bad = (~blank.to_numpy()) & (np.isnan(numbers) | (numbers != np.round(numbers)))
    return np.where(blank.to_numpy(), np.nan, numbers), bad


def _parse_meta(table: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
    meta = pd.DataFrame(index=table.index)
    vocab = {"tenure_band": TENURE_VALUES, "gender": GENDER_VALUES, "is_manager": MANAGER_VALUES}
    for column in META_COLUMNS:
        if column not in table:
            meta[column] = None
            continue
        raw = table[column]
        if column in vocab:
            mapped = raw.str.lower().map(vocab[column])
            bad = (raw != "") & mapped.isna()
            for idx in np.flatnonzero(bad.to_numpy())[:MAX_PROBLEMS]:
                problems.append(Problem(int(idx) + 2, column, raw.iloc[idx], "bad_meta"))
            meta[column] = mapped.astype(object).where(raw != "", None)
        else:
            meta[column] = raw.where(raw != "", None)
    return meta


def _merge_tenure_item(
    raw: pd.Series, meta: pd.DataFrame, column: str, problems: list[Problem]
) -> None:
    """Tenure given as a question of the questionnaire (Batarshev Q19: 1-6 or а-е, six bands).

    It fills `tenure_band` where that is blank; where both are given they must name the same
    band of the seed (10-15 and 15-20 are both «от 10 до 20 лет»), and the finer one is kept.
    """
    text = raw.astype(str).str.strip().str.lower()
    band = text.map(Q19_VALUES)
    given = (text != "").to_numpy()
    bad = given & band.isna().to_numpy()
    for idx in np.flatnonzero(bad)[:MAX_PROBLEMS]:
        problems.append(Problem(int(idx) + 2, column, raw.iloc[idx], "bad_tenure_option"))
    current = meta["tenure_band"]
    seed_of_current = current.map(SEED_TENURE_OF)
    both = given & ~bad & current.notna().to_numpy()
    conflict = both & (seed_of_current.to_numpy(dtype=object) != band.to_numpy(dtype=object))
    for idx in np.flatnonzero(conflict)[:MAX_PROBLEMS]:
        problems.append(
            Problem(
                int(idx) + 2,
                column,
                raw.iloc[idx],
                "tenure_conflict",
                f"tenure_band {current.iloc[idx]}",
            )
        )
    fill = given & ~bad & current.isna().to_numpy()
    values = current.to_numpy(dtype=object).copy()
    values[fill] = band.to_numpy(dtype=object)[fill]
    meta["tenure_band"] = values


# The checks below are the rules of app/scoring/answer_rules.py applied a column at a time:
# the allowed values, choice bounds and split totals come from there.


def _check_single(item, col: pd.Series, letters: bool, problems: list[Problem]) -> np.ndarray:
    if letters and not pd.api.types.is_float_dtype(col.dtype):
        col = col.str.lower().map(lambda v: str(LETTER_OPTIONS[v]) if v in LETTER_OPTIONS else v)
    values, bad = _whole_numbers(col)
    out_of_range = ~bad & ~np.isnan(values) & ~np.isin(values, answer_rules.allowed_values(item))
    for idx in np.flatnonzero(bad | out_of_range)[:MAX_PROBLEMS]:
        problems.append(
            Problem(
                int(idx) + 2,
                item.id,
                _raw(col, idx),
                answer_rules.BAD_OPTION,
                answer_rules.allowed_text(item),
            )
        )
    return values


def _check_rating(item, col: pd.Series, problems: list[Problem]) -> np.ndarray:
    values, bad = _whole_numbers(col)
    allowed = np.isin(values, answer_rules.allowed_values(item))
    out = ~bad & ~np.isnan(values) & ~allowed
    for idx in np.flatnonzero(bad)[:MAX_PROBLEMS]:
        problems.append(Problem(int(idx) + 2, item.id, _raw(col, idx), answer_rules.NOT_A_NUMBER))
    for idx in np.flatnonzero(out)[:MAX_PROBLEMS]:
        problems.append(
            Problem(
                int(idx) + 2,
                item.id,
                _raw(col, idx),
                answer_rules.OUT_OF_RANGE,
                answer_rules.allowed_text(item),
            )
        )
    return values


def _check_multi(item, col: pd.Series, problems: list[Problem]) -> np.ndarray:
    n = len(item.format.options)
    matrix = np.full((len(col), n), np.nan)
    for idx, raw in enumerate(col):
        if raw == "":
            continue
        parts = [p.strip() for p in re.split(r"[;,\s]+", raw) if p.strip()]
        if not all(part.isdigit() for part in parts):
            problems.append(
                Problem(idx + 2, item.id, raw, answer_rules.BAD_OPTION, f"1–{n}, joined by ';'")
            )
            continue
        chosen = [int(part) for part in parts]
        found = answer_rules.check_answer(item, chosen)
        if found is not None:
            detail = (
                f"1–{n}, joined by ';'"
                if found.problem == answer_rules.BAD_OPTION
                else found.detail
            )
            problems.append(
                Problem(
                    idx + 2,
                    item.id,
                    raw,
                    found.problem,
                    "" if found.problem == answer_rules.REPEATED else detail,
                )
            )
            continue
        matrix[idx, :] = 0.0
        matrix[idx, [c - 1 for c in chosen]] = 1.0
    return matrix


def _check_split(item, table: pd.DataFrame, problems: list[Problem]) -> np.ndarray:
    fmt = item.format
    columns = item_columns(item)
    parsed = []
    for column in columns:
        values, bad = _whole_numbers(table[column])
        with np.errstate(invalid="ignore"):
            negative = ~np.isnan(values) & (values < 0)
        for idx in np.flatnonzero(bad | negative)[:MAX_PROBLEMS]:
            problems.append(Problem(int(idx) + 2, column, _raw(table[column], idx), "not_a_number"))
        parsed.append(values)
    matrix = np.column_stack(parsed)
    blanks = np.isnan(matrix).sum(axis=1)
    partial = (blanks > 0) & (blanks < len(columns))
    for idx in np.flatnonzero(partial)[:MAX_PROBLEMS]:
        problems.append(
            Problem(int(idx) + 2, f"{columns[0]}…{columns[-1]}", "", "split_incomplete")
        )
    complete = blanks == 0
    sums = np.where(complete, np.nansum(matrix, axis=1), fmt.total)
    for idx in np.flatnonzero(sums != fmt.total)[:MAX_PROBLEMS]:
        found = answer_rules.check_answer(item, [int(v) for v in matrix[idx]])
        if found is None or found.problem != answer_rules.SPLIT_SUM:
            continue  # a negative or fractional part: named above
        shown = "+".join(str(int(v)) for v in matrix[idx])
        problems.append(
            Problem(int(idx) + 2, f"{columns[0]}…{columns[-1]}", shown, found.problem, found.detail)
        )
    return matrix


def parse_responses(instrument: Instrument, table: pd.DataFrame, file: str = "") -> ResponseFile:
    """Validate a read table against the instrument; raises ResponseFileError on any problem."""
    problems: list[Problem] = []
    if table.empty:
        raise ResponseFileError(file, [Problem(None, "(file)", "", "empty")])
    known = set(frame_columns(instrument)) | set(META_COLUMNS)
    # Multi items appear in files as one `qN` column; their canonical columns are qN_k.
    multi_ids = {it.id for it in instrument.items if it.format.type == "multi"}
    own_ids = {f"{it.id}_text" for it in instrument.items if it.own_variant}
    known |= multi_ids | own_ids
    tenure_item = TENURE_ITEMS.get(instrument.role)
    if tenure_item:
        known.add(tenure_item)
    seen = set()
    for column in table.columns:
        if column in seen:
            problems.append(Problem(None, column, "", "duplicate_column"))
        seen.add(column)
        if column not in known and not column.startswith("Unnamed:"):
            problems.append(Problem(None, column, "", "unknown_column"))
    if not any(c in known - set(META_COLUMNS) - own_ids for c in table.columns):
        problems.append(Problem(None, "(file)", "", "no_answer_columns"))
    if problems:
        raise ResponseFileError(file, problems)
    meta = _parse_meta(table, problems)
    if tenure_item and tenure_item in table:
        _merge_tenure_item(table[tenure_item], meta, tenure_item, problems)
    columns = frame_columns(instrument)
    position = {c: k for k, c in enumerate(columns)}
    # filled column by column in one float array, made a frame once (cheaper than assigning
    # 40 columns of a 100 000-row frame)
    array = np.full((len(table), len(columns)), np.nan)
    letters = instrument.role == JOB_SATISFACTION  # Batarshev's а/б/в
    for item in instrument.items:
        fmt = item.format
        if fmt.type == "split":
            if any(c in table for c in item_columns(item)):
                missing = [c for c in item_columns(item) if c not in table]
                for c in missing:
                    table[c] = ""
                cols = item_columns(item)
                array[:, [position[c] for c in cols]] = _check_split(item, table, problems)
            continue
        if item.id not in table:
            continue
        col = table[item.id]
        if fmt.type == "multi":
            array[:, [position[c] for c in item_columns(item)]] = _check_multi(item, col, problems)
        elif fmt.type == "single":
            array[:, position[item.id]] = _check_single(item, col, letters, problems)
        else:
            array[:, position[item.id]] = _check_rating(item, col, problems)
        if item.show_if and "is_manager" in table:
            flags = meta["is_manager"]
            wanted = item.show_if["is_manager"]
            wrong = ~_blank(col) & (flags.notna() & (flags != wanted)).to_numpy()
            for idx in np.flatnonzero(wrong)[:MAX_PROBLEMS]:
                problems.append(Problem(int(idx) + 2, item.id, _raw(col, idx), "not_applicable"))
    branch = [item for item in instrument.items if item.show_if and item.id in table]
    if len(branch) > 1:  # Gerchikov Q22 (managers) / Q23 (others) with no manager flag
        answered = sum(~_blank(table[item.id]) for item in branch)
        unknown = meta["is_manager"].isna().to_numpy()
        for idx in np.flatnonzero(unknown & (answered > 1))[:MAX_PROBLEMS]:
            problems.append(
                Problem(int(idx) + 2, "/".join(item.id for item in branch), "", "branch_ambiguous")
            )
    if problems:
        problems.sort(key=lambda p: (p.row or 0, p.column))
        raise ResponseFileError(file, problems[:MAX_PROBLEMS])
    answers = pd.DataFrame(array, columns=columns)
    own_texts = {}
    for column in own_ids & set(table.columns):
        item_id = column[: -len("_text")]
        for idx, text in enumerate(table[column]):
            if text:
                own_texts[(idx, item_id)] = text
    return ResponseFile(meta=meta, answers=answers, own_texts=own_texts)


def read_responses(instrument: Instrument, path: Path) -> ResponseFile:
    return parse_responses(instrument, read_table(path, _numeric_columns(instrument)), str(path))
