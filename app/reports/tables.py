"""The seed's tables, defined once (issue 16.2): columns, units, rounding, hidden cells.

A `TableSpec` says what a table is — its columns, their headings, decimals and units, which
cells the disclosure rule hides and how they show — and the outputs only render it: the
analysis screen (app/ui/pages/analysis_tabs.py), the campaign report in PDF and Word
(app/reports/campaign_report.py) and the XLSX export of a screen table. A figure is kept at full
precision in the row; it is rounded half-up (`scoring.level.printed`) when shown or printed, and
written to a spreadsheet unrounded with a number format.

Headings are source strings of the context `CONTEXT`, marked for lupdate here; the screen
translates them with Qt's translator, a printed document with its `translate`. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from numbers import Integral
from typing import Any

from app.labels import NO_TENURE, TENURE_BAND
from app.markers import QT_TRANSLATE_NOOP
from app.reports.excel import NumberCell, number_format
from app.scoring.change import Difference
from app.scoring.level import LEVEL_LABELS, REFERENCE_SCORE, printed

CONTEXT = "Tables"
HIDDEN = "×"  # a cell hidden by the disclosure rule (the table's note gives the reason)

SCREEN, PRINT, SHEET = "screen", "print", "sheet"
EVERYWHERE = frozenset({SCREEN, PRINT, SHEET})

Translate = Callable[[str, str], str]


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


@dataclass(frozen=True)
class Column:
    """One column of a seed table.

    `get` gives the cell's figure from a row object (a number at full precision, a
    `change.Difference`, a mark such as "×", a text, or None for no figure). `header` (and the
    narrow print's `short`) are source strings of `CONTEXT`; `translated=False` prints them as
    they are ("0", "Σ"). A number has `decimals`; `percent`: a share 0..1 (the screen shows
    "12,5 %", print 12,5 under a heading that says %, a spreadsheet 0.125 formatted "0.0%");
    `signed`: a change (+/−). When the row is hidden by the disclosure rule the cell shows
    `hidden` (None: the figure itself, e.g. the row's name or number)."""

    key: str
    header: str
    get: Callable[[Any], Any]
    decimals: int | None = None  # None: a text column
    percent: bool = False
    signed: bool = False
    print_sign: bool = False  # a printed share keeps its "%" (its heading does not say %)
    short: str | None = None
    translated: bool = True
    width: float | None = None  # printed width, a fraction of the page; None: the rest
    context: str = CONTEXT  # of `header` and `short` (e.g. "Texts" for a tenure band)
    hidden: str | None = HIDDEN
    outputs: frozenset[str] = EVERYWHERE
    part: int = 0  # the printed table it is in (0: every part, e.g. the name)
    small: bool = False  # a long text, printed in small type (table 3.6's characteristic)

    @property
    def numeric(self) -> bool:
        return self.decimals is not None

    def title(self, translate: Translate | None = None, short: bool = False) -> str:
        source = (self.short if short and self.short is not None else None) or self.header
        if not self.translated or translate is None:
            return source
        return translate(self.context, source) or source

    def value(self, row: Any) -> Any:
        """The cell's figure, or the hidden mark when the row is hidden."""
        if self.hidden is not None and getattr(row, "hidden", ""):
            return self.hidden
        return self.get(row)

    def cell(self, row: Any) -> NumberCell | None:
        """What a spreadsheet holds: the unrounded number with its format (None: a text)."""
        return sheet_number(self.value(row), self.decimals or 0, self.percent, self.signed)


@dataclass(frozen=True)
class TableSpec:
    """A seed table: its number, title and columns; `parts` are the titles of the printed
    tables it is split into (a page is narrower than a spreadsheet)."""

    id: str
    title: str  # source string of CONTEXT
    columns: tuple[Column, ...]
    parts: tuple[str, ...] = ()  # source strings of CONTEXT, one per printed part
    notes: tuple[str, ...] = ()  # printed under the parts, one per part ("" none)
    compact: bool = True  # printed in the small type of the seed's wide tables

    def shown(self, output: str) -> list[Column]:
        return [c for c in self.columns if output in c.outputs]

    def part(self, number: int) -> list[Column]:
        return [c for c in self.shown(PRINT) if c.part in (0, number)]

    @staticmethod
    def widths(columns: Sequence[Column]) -> list[float]:
        """Printed widths: the hinted ones, the rest of the page to the column without one."""
        rest = max(0.1, 1 - sum(c.width or 0 for c in columns))
        free = [c for c in columns if c.width is None]
        return [c.width if c.width is not None else rest / len(free) for c in columns]


@dataclass(frozen=True)
class Calculation:
    """A text of words and figures ("0,598 = 2,99 / 5,0", a band "0,80–0,94"): each figure,
    a (value, decimals) pair, is written by the output's formatter (decimal comma in ru/kk);
    a spreadsheet gets the text (the figure itself is in a column of its own)."""

    parts: tuple

    def text(self, fmt: Callable[[float, int], str]) -> str:
        return "".join(p if isinstance(p, str) else fmt(p[0], p[1]) for p in self.parts)


@dataclass(frozen=True)
class Pointer:
    """This campaign's figure beside the band of a scale it falls in ("◀ 0,625"); a
    spreadsheet gets the figure at full precision."""

    value: float
    suffix: str = ""  # e.g. " %" after a percentage of the maximum


# --- rendering helpers, shared by the outputs ------------------------------------------------


def sheet_number(value: Any, decimals: int, percent: bool = False, signed: bool = False):
    """A figure for a spreadsheet: a NumberCell at full precision, or None for a text cell."""
    if isinstance(value, Difference | CountChange):
        return NumberCell(value.delta, number_format(decimals, percent, signed=True))
    if isinstance(value, Pointer):
        return sheet_number(value.value, decimals, percent, signed)
    if not is_number(value):
        return None
    if isinstance(value, Integral) and not percent:  # a count: a whole number
        return NumberCell(int(value), number_format(0, signed=signed))
    if decimals == 0 and not percent and float(value).is_integer():
        value = int(value)
    return NumberCell(value, number_format(decimals, percent, signed))


def number_text(
    value: Any,
    decimals: int,
    fmt: Callable[[float, int], str],
    percent: bool = False,
    signed: bool = False,
    percent_sign: bool = True,
    missing: str = "",
) -> str:
    """A figure as text with `fmt(value, decimals)` (the screen's or the report's formatter):
    a whole count without decimals, a share as "12,5 %" (or 12,5 without the sign), a
    change as "↑ +0,12" beyond noise and "+0,04" within it; a mark or a text as it is."""
    if isinstance(value, Difference | CountChange):
        delta = value.delta * (100 if percent else 1)
        text = fmt(abs(delta), decimals)
        if printed(delta, decimals) != 0:  # a change that prints as zero has no sign
            text = ("+" if delta > 0 else "−") + text
        return f"{value.arrow} {text}" if value.significant else text
    if isinstance(value, Calculation):
        return value.text(fmt)
    if isinstance(value, Pointer):
        text = number_text(value.value, decimals, fmt, percent, signed, percent_sign, missing)
        return f"◀ {text}{value.suffix}"
    if value is None or (isinstance(value, float) and value != value):
        return missing
    if not is_number(value):
        return str(value)
    if isinstance(value, Integral) and not percent:  # a count: never "12,0"
        return str(int(value))
    if decimals == 0 and not percent and float(value).is_integer():
        return str(int(value))
    if percent:
        text = fmt(value * 100, decimals)
        return text + " %" if percent_sign else text
    text = fmt(value, decimals)
    return "+" + text if signed and value > 0 else text


# --- the factor matrices: tables 2.1 and 2.2 (and the screen's 2.6) ---------------------------


@dataclass
class FactorRow:
    """One factor of a factor matrix (app/scoring/group.py) as its table shows it."""

    number: int | str  # the seed's row number
    item: str
    name: str
    hidden: str = ""  # the disclosure rule's reason, "" = shown
    figures: dict[str, float] = field(default_factory=dict)
    # the change of the mean against the previous campaign: a Difference, "×" when hidden
    # there, None when there is nothing to compare; and the same for the strength (points)
    change: Difference | str | None = None
    strength_change: Difference | str | None = None

    def __getitem__(self, key: str):  # the screen's older dict rows read row["item"]
        return (
            getattr(self, key)
            if key in ("item", "name", "hidden", "change", "strength_change")
            else (self.figures[key])
        )

    def get(self, key: str, default=None):
        try:
            return self[key]
        except KeyError:
            return default


def _item_number(item_id: str) -> int | str:
    """ "q12" -> 12 (the seed's row number), an unusual id as it is."""
    rest = item_id[1:]
    return int(rest) if rest.isdigit() else item_id


def item_name(inst, item_id: str, lang: str) -> str:
    item = inst.item(item_id)
    if item.text is not None:
        return item.text.get(lang)
    return f"{item.left.get(lang)} – {item.right.get(lang)}"


def _previous_mark(previous, inst_id: str, item: str) -> str | None:
    """ "×" when the previous campaign hid this factor (or all of it), else None."""
    if previous is None:
        return None
    if not previous.disclosure.allowed:
        return HIDDEN
    figures = previous.instruments.get(inst_id)
    if figures is None or figures.factors is None:
        return None
    if not figures.disclosure.allowed:
        return HIDDEN
    if item in figures.factors.index and figures.factors.loc[item].get("hidden"):
        return HIDDEN
    return None


def factor_rows(inst, figures, lang: str, changes=None, previous=None) -> list[FactorRow]:
    """The rows of a factor table: every factor rated by someone, and every hidden one (it
    says so, with no figure). `changes`/`previous`: the analysis' comparison and the previous
    campaign's analysis (for the change of each mean)."""
    rows = []
    for item, row in figures.factors.iterrows():
        if row.get("hidden"):
            rows.append(
                FactorRow(_item_number(item), item, item_name(inst, item, lang), row["hidden"])
            )
            continue
        if not row["n"] > 0:
            continue
        values = {k: row[k] for k in row.index if k != "hidden"}
        n = row["n"]
        for v in range(6):
            values[f"score_{v}_share"] = row[f"count_{v}"] / n
        mark = _previous_mark(previous, inst.id, item)
        d = None if changes is None else changes.factor(inst.id, item)
        strength = None if changes is None else changes.factor(inst.id, item, "strength_pct")
        rows.append(
            FactorRow(
                _item_number(item),
                item,
                item_name(inst, item, lang),
                figures=values,
                change=d if d is not None else mark,
                strength_change=strength if strength is not None else mark,
            )
        )
    return rows


def _figure(key: str) -> Callable[[FactorRow], Any]:
    return lambda r: r.figures.get(key)


_SCREEN_ONLY = frozenset({SCREEN})
_PRINT_SHEET = frozenset({PRINT, SHEET})
_SCREEN_SHEET = frozenset({SCREEN, SHEET})

_COUNTS = tuple(
    Column(
        f"count_{v}",
        str(v),
        _figure(f"count_{v}"),
        0,
        translated=False,
        width=0.046,
        outputs=_PRINT_SHEET,
        part=1,
    )
    for v in range(6)
)
_SCORE_SHARE_HEADERS = (
    QT_TRANSLATE_NOOP("Tables", "Score 0, %"),
    QT_TRANSLATE_NOOP("Tables", "Score 1, %"),
    QT_TRANSLATE_NOOP("Tables", "Score 2, %"),
    QT_TRANSLATE_NOOP("Tables", "Score 3, %"),
    QT_TRANSLATE_NOOP("Tables", "Score 4, %"),
    QT_TRANSLATE_NOOP("Tables", "Score 5, %"),
)
_SCORE_SHARES = tuple(
    Column(
        f"score_{v}_share",
        _SCORE_SHARE_HEADERS[v],
        _figure(f"score_{v}_share"),
        1,
        percent=True,
        short=str(v),
        width=0.07,
        outputs=_PRINT_SHEET,
        part=2,
    )
    for v in range(6)
)


def _share(key: str, header: str, short: str | None = None, outputs=EVERYWHERE) -> Column:
    return Column(
        f"{key}_share",
        header,
        _figure(f"{key}_share"),
        1,
        percent=True,
        short=short,
        width=0.07,
        outputs=outputs,
        part=2,
    )


FACTOR_COLUMNS = (
    Column(
        "number",
        QT_TRANSLATE_NOOP("Tables", "No."),
        lambda r: r.number,
        0,
        width=0.05,
        hidden=None,
    ),
    Column("name", QT_TRANSLATE_NOOP("Tables", "Factor"), lambda r: r.name, hidden=None),
    Column("n", QT_TRANSLATE_NOOP("Tables", "N"), _figure("n"), 0, outputs=_SCREEN_SHEET),
    *_COUNTS,
    Column("sum", "Σ", _figure("sum"), 0, translated=False, width=0.06, part=1),
    Column(
        "max_possible",
        QT_TRANSLATE_NOOP("Tables", "Max."),
        _figure("max_possible"),
        0,
        width=0.08,
        outputs=_PRINT_SHEET,
        part=1,
    ),
    Column(
        "strength_pct",
        QT_TRANSLATE_NOOP("Tables", "Strength, %"),
        _figure("strength_pct"),
        1,
        width=0.09,
        part=1,
    ),
    Column("mean", QT_TRANSLATE_NOOP("Tables", "Mean"), _figure("mean"), 2, width=0.11, part=1),
    Column(
        "change",
        QT_TRANSLATE_NOOP("Tables", "Change of the mean"),
        lambda r: r.change,
        2,
        signed=True,
        short="Δ",
        width=0.1,
        part=1,
    ),
    *_SCORE_SHARES,
    _share("high", QT_TRANSLATE_NOOP("Tables", "High (4–5)"), "4–5"),
    _share("medium", QT_TRANSLATE_NOOP("Tables", "Medium (3)"), outputs=_SCREEN_ONLY),
    _share("low", QT_TRANSLATE_NOOP("Tables", "Low (0–2)"), outputs=_SCREEN_ONLY),
    _share("maximum", QT_TRANSLATE_NOOP("Tables", "Maximum (5)"), outputs=_SCREEN_ONLY),
    _share("zero", QT_TRANSLATE_NOOP("Tables", "Zero (0)"), outputs=_SCREEN_ONLY),
    _share("positive", QT_TRANSLATE_NOOP("Tables", "Positive (3–5)"), "3–5"),
    _share("negative", QT_TRANSLATE_NOOP("Tables", "Negative (0–2)"), "0–2"),
)

FACTOR_PARTS = (
    QT_TRANSLATE_NOOP("Tables", "Table %1 – Factor matrix: respondents per score"),
    QT_TRANSLATE_NOOP("Tables", "Table %1 (continued) – Shares of respondents, %"),
)
FACTOR_NOTES = (
    QT_TRANSLATE_NOOP(
        "Tables",
        "0–5: respondents who gave the score; Σ: sum of the scores; Max.: the "
        "maximum possible sum (respondents × 5, the reference); strength = Σ × "
        "100 % / Max.; mean = Σ / respondents; Δ: change of the mean.",
    ),
    QT_TRANSLATE_NOOP(
        "Tables",
        "Shares of the respondents who rated the factor: per score, high (4–5), "
        "positive (3–5) and negative (0–2); the maximum (5) and zero (0) shares "
        "are the columns 5 and 0.",
    ),
)


def factor_table(number: str) -> TableSpec:
    """Table 2.1 (significance), 2.2 (satisfaction), or an office's own factor questionnaire
    (`number` ""): counts per score 0–5, Σ, the maximum, strength, mean and its change; then
    the shares per score and of the high, positive and negative scores."""
    return TableSpec(number, FACTOR_PARTS[0], FACTOR_COLUMNS, FACTOR_PARTS, FACTOR_NOTES)


OWN_FACTOR_PARTS = (
    QT_TRANSLATE_NOOP("Tables", "%1 – Factor matrix: respondents per score"),
    QT_TRANSLATE_NOOP("Tables", "%1 (continued) – Shares of respondents, %"),
)


def own_factor_table(title: str) -> TableSpec:
    """An office's own factor questionnaire: the columns of tables 2.1/2.2 under its own
    title (it is no seed table and has no seed number)."""
    return TableSpec(title, OWN_FACTOR_PARTS[0], FACTOR_COLUMNS, OWN_FACTOR_PARTS, FACTOR_NOTES)


SIGNIFICANCE_TABLE = factor_table("2.1")
SATISFACTION_TABLE = factor_table("2.2")


def _leaving_share(key: str, header: str, printed: str | None, outputs=EVERYWHERE) -> Column:
    return Column(
        f"{key}_share",
        header,
        _figure(f"{key}_share"),
        1,
        percent=True,
        short=printed,
        width=0.1,
        outputs=outputs,
    )


# Table 2.6 (the seed's order: respondents, the 4–5, 3–5, 0–2 and 0 shares, the strength and
# its change); the screen adds Σ, the medium, low and maximum shares, the mean and its change
LEAVING_TABLE = TableSpec(
    "2.6",
    QT_TRANSLATE_NOOP("Tables", "Table %1 – Reasons for leaving"),
    (
        FACTOR_COLUMNS[0],
        Column("name", QT_TRANSLATE_NOOP("Tables", "Reason"), lambda r: r.name, hidden=None),
        Column(
            "n",
            QT_TRANSLATE_NOOP("Tables", "N"),
            _figure("n"),
            0,
            short=QT_TRANSLATE_NOOP("Tables", "Respondents"),
            width=0.1,
        ),
        Column("sum", "Σ", _figure("sum"), 0, translated=False, outputs=_SCREEN_SHEET),
        _leaving_share(
            "high",
            QT_TRANSLATE_NOOP("Tables", "High (4–5)"),
            QT_TRANSLATE_NOOP("Tables", "Scores 4–5, %"),
        ),
        _leaving_share(
            "medium", QT_TRANSLATE_NOOP("Tables", "Medium (3)"), None, outputs=_SCREEN_SHEET
        ),
        _leaving_share("low", QT_TRANSLATE_NOOP("Tables", "Low (0–2)"), None, _SCREEN_ONLY),
        _leaving_share(
            "maximum", QT_TRANSLATE_NOOP("Tables", "Maximum (5)"), None, outputs=_SCREEN_SHEET
        ),
        _leaving_share(
            "positive",
            QT_TRANSLATE_NOOP("Tables", "Positive (3–5)"),
            QT_TRANSLATE_NOOP("Tables", "Scores 3–5, %"),
        ),
        _leaving_share(
            "negative",
            QT_TRANSLATE_NOOP("Tables", "Negative (0–2)"),
            QT_TRANSLATE_NOOP("Tables", "Scores 0–2, %"),
        ),
        _leaving_share("zero", QT_TRANSLATE_NOOP("Tables", "Zero (0)"), _SCORE_SHARE_HEADERS[0]),
        Column(
            "strength_pct",
            QT_TRANSLATE_NOOP("Tables", "Strength, %"),
            _figure("strength_pct"),
            1,
            width=0.1,
        ),
        Column(
            "strength_change",
            QT_TRANSLATE_NOOP("Tables", "Change of the strength"),
            lambda r: r.strength_change,
            1,
            signed=True,
            short="Δ",
            width=0.12,
            outputs=_PRINT_SHEET,
        ),
        Column(
            "mean", QT_TRANSLATE_NOOP("Tables", "Mean"), _figure("mean"), 2, outputs=_SCREEN_SHEET
        ),
        Column(
            "change",
            QT_TRANSLATE_NOOP("Tables", "Change of the mean"),
            lambda r: r.change,
            2,
            signed=True,
            outputs=_SCREEN_SHEET,
        ),
    ),
)


# --- table 2.4: the motivation level per parameter ---------------------------------------------

TOTAL = QT_TRANSLATE_NOOP("Tables", "Total")


@dataclass
class ParameterRow:
    """One motivation parameter of table 2.4 (app/scoring/level.py), or its total row."""

    name: str
    importance: float
    perception: float
    d: float
    level: float  # the partial level Uᵢ; in the total row the integral level U = Σ Uᵢ × dᵢ
    gap: float | None  # significance − satisfaction (none in the total row)
    # the change of the level against the previous campaign: a Difference, "×" when hidden
    # there, None when there is nothing to compare
    change: Difference | str | None = None
    reference: float | None = 5.0  # the seed's reference score ("–" in the total row)
    total: bool = False
    hidden: str = ""

    @property
    def previous(self) -> float | str | None:
        """The previous campaign's figure (its level), the mark "×", or None."""
        return self.change.before if isinstance(self.change, Difference) else self.change


def _previous_level_mark(previous) -> str | None:
    if previous is None:
        return None
    return HIDDEN if not previous.disclosure.allowed or previous.level is None else None


def parameter_rows(
    level, names: dict[str, str], translate: Translate, changes=None, previous=None
) -> list[ParameterRow]:
    """Table 2.4's rows: every parameter, then the total (Σ significance, Σ satisfaction,
    Σ d and the integral level). `names`: a parameter's name by its id in the print language;
    `changes`/`previous`: the analysis' comparison and the previous campaign's analysis."""
    mark = _previous_level_mark(previous)
    rows = []
    for p in level.parameters:
        d = None if changes is None else changes.parameters.get(p.parameter)
        rows.append(
            ParameterRow(
                names.get(p.parameter, p.parameter),
                p.importance,
                p.perception,
                p.d,
                p.level,
                p.gap,
                d if d is not None else mark,
            )
        )
    d = None if changes is None else changes.level
    rows.append(
        ParameterRow(
            translate(CONTEXT, TOTAL) or TOTAL,
            sum(x.importance for x in level.parameters),
            sum(x.perception for x in level.parameters),
            sum(x.d for x in level.parameters),
            level.integral,  # printed to 3 decimals it is `level.shown`, the label's figure
            None,
            d if d is not None else mark,
            reference=None,
            total=True,
        )
    )
    return rows


def _attr(name: str) -> Callable[[Any], Any]:
    return lambda r: getattr(r, name)


LEVEL_TABLE = TableSpec(
    "2.4",
    QT_TRANSLATE_NOOP("Tables", "Table %1 – Summary of the motivation level diagnostics"),
    (
        Column("parameter", QT_TRANSLATE_NOOP("Tables", "Parameter"), _attr("name"), hidden=None),
        Column(
            "reference",
            QT_TRANSLATE_NOOP("Tables", "Reference"),
            _attr("reference"),
            1,
            width=0.1,
            outputs=_PRINT_SHEET,
        ),
        Column(
            "importance",
            QT_TRANSLATE_NOOP("Tables", "Significance"),
            _attr("importance"),
            2,
            width=0.11,
        ),
        Column(
            "perception",
            QT_TRANSLATE_NOOP("Tables", "Satisfaction"),
            _attr("perception"),
            2,
            short=QT_TRANSLATE_NOOP("Tables", "Perception (satisfaction)"),
            width=0.13,
        ),
        Column("gap", QT_TRANSLATE_NOOP("Tables", "Gap"), _attr("gap"), 2, outputs=_SCREEN_SHEET),
        Column(
            "d", QT_TRANSLATE_NOOP("Tables", "Relative significance d"), _attr("d"), 3, width=0.12
        ),
        Column(
            "level",
            QT_TRANSLATE_NOOP("Tables", "Partial level"),
            _attr("level"),
            3,
            short=QT_TRANSLATE_NOOP("Tables", "Level of motivation"),
            width=0.12,
        ),
        Column(
            "previous",
            QT_TRANSLATE_NOOP("Tables", "Previous campaign"),
            _attr("previous"),
            3,
            outputs=_SCREEN_SHEET,
        ),
        Column(
            "change",
            QT_TRANSLATE_NOOP("Tables", "Change"),
            _attr("change"),
            3,
            signed=True,
            short="Δ",
            width=0.12,
        ),
    ),
)


# --- the distribution of leading types (Gerchikov, fig. 4.2) ------------------------------------

MIXED = QT_TRANSLATE_NOOP("Tables", "Mixed type")


@dataclass(frozen=True)
class CountChange:
    """The change of a count against the previous campaign, marked ↑/↓ when the change of its
    share is beyond noise (app/scoring/change.py compares the shares, never the counts)."""

    before: int
    after: int
    significant: bool | None

    @property
    def delta(self) -> int:
        return self.after - self.before

    @property
    def arrow(self) -> str:
        if self.significant:
            return "↑" if self.delta > 0 else "↓"
        return "="


@dataclass
class TypeRow:
    """One leading type (or the mixed type) and how many respondents have it."""

    name: str
    count: int | None
    share: float | None
    hidden: str = ""  # the disclosure rule's reason ("" = shown)
    change: CountChange | str | None = None


def _previous_figures(previous, inst_id: str):
    """The previous campaign's figures of one instrument, "×" when hidden there, None when
    there is none (or it was not asked)."""
    if previous is None:
        return None
    if not previous.disclosure.allowed:
        return HIDDEN
    figures = previous.instruments.get(inst_id)
    if figures is None:
        return None
    return figures if figures.disclosure.allowed else HIDDEN


def type_rows(
    inst, figures, lang: str, translate: Translate, changes=None, previous=None
) -> list[TypeRow]:
    """The leading types in the instrument's order, then the mixed type; a type hidden by the
    disclosure rule (too few people) says so, with no count."""
    t = figures.types
    before = _previous_figures(previous, inst.id)
    marks = {} if changes is None else changes.types.get(inst.id, {})

    def change(key: str, count: int):
        if before is None or isinstance(before, str):
            return before
        if before.types is None:
            return None
        if key == "mixed":
            then = before.types["mixed"]
        else:
            then = before.types["counts"].get(key)
        if then is None:
            return HIDDEN
        d = marks.get(key)
        return CountChange(then, count, None if d is None else d.significant)

    hidden = t.get("hidden", {})
    rows = []
    for s in inst.scales:
        if s.id in t["counts"]:
            count = t["counts"][s.id]
            rows.append(
                TypeRow(s.name.get(lang), count, t["shares"][s.id], "", change(s.id, count))
            )
        else:
            rows.append(TypeRow(s.name.get(lang), None, None, hidden.get(s.id) or "hidden"))
    name = translate(CONTEXT, MIXED) or MIXED
    if t["mixed"] is None:
        rows.append(TypeRow(name, None, None, "hidden"))
    else:
        share = t["mixed"] / t["scored"] if t["scored"] else None
        rows.append(TypeRow(name, t["mixed"], share, "", change("mixed", t["mixed"])))
    return rows


TYPES_TABLE = TableSpec(
    "",
    QT_TRANSLATE_NOOP("Tables", "Distribution of leading types"),
    (
        Column("type", QT_TRANSLATE_NOOP("Tables", "Type"), _attr("name"), hidden=None),
        Column("count", QT_TRANSLATE_NOOP("Tables", "Respondents"), _attr("count"), 0, width=0.16),
        Column(
            "share",
            QT_TRANSLATE_NOOP("Tables", "Share"),
            _attr("share"),
            1,
            percent=True,
            print_sign=True,
            width=0.16,
        ),
        Column(
            "change",
            QT_TRANSLATE_NOOP("Tables", "Change"),
            _attr("change"),
            0,
            signed=True,
            short="Δ",
            width=0.18,
            outputs=_PRINT_SHEET,
        ),
    ),
    compact=False,
)


# --- table 3.4: job satisfaction by tenure -------------------------------------------------------

ALL_BANDS = QT_TRANSLATE_NOOP("Tables", "All")


@dataclass
class TenureRow:
    """One scale of job satisfaction (% of maximum) per tenure band, or the respondents row;
    a band hidden by the disclosure rule holds the mark "×"."""

    name: str
    values: dict[str, float | int | str | None]
    hidden: str = ""


def tenure_rows(inst, figures, lang: str, translate: Translate) -> list[TenureRow]:
    """Table 3.4's rows: each scale (the total included), then the respondents per band."""
    table = figures.by_tenure
    shut = {b for b, d in figures.by_tenure_disclosure.items() if not d.allowed}

    def cell(key: str, band: str, count: bool = False):
        if band in shut:
            return HIDDEN
        value = table.loc[key, band]
        return int(value) if count and value == value else float(value)

    rows = [
        TenureRow(s.short_name.get(lang), {b: cell(s.id, b) for b in table.columns})
        for s in inst.all_scales()
    ]
    respondents = QT_TRANSLATE_NOOP("Tables", "Respondents")
    rows.append(
        TenureRow(
            translate(CONTEXT, respondents) or respondents,
            {b: cell("_n", b, count=True) for b in table.columns},
        )
    )
    return rows


def tenure_table(bands: Sequence[str]) -> TableSpec:
    """Table 3.4 with a column per tenure band ("not_given": tenure not given; "all")."""
    first = 0.2
    columns = [Column("scale", QT_TRANSLATE_NOOP("Tables", "Factor"), _attr("name"), width=first)]
    for band in bands:
        header, context = (
            (ALL_BANDS, CONTEXT) if band == "all" else (TENURE_BAND.get(band, NO_TENURE), "Texts")
        )
        columns.append(
            Column(
                band,
                header,
                lambda r, b=band: r.values.get(b),
                1,
                context=context,
                width=(1 - first) / len(bands),
                hidden=None,
            )
        )
    return TableSpec(
        "3.4",
        QT_TRANSLATE_NOOP("Tables", "Table %1 – Integral job satisfaction by tenure, % of maximum"),
        tuple(columns),
        compact=True,
    )


# --- a group profile: the mean of every scale (the climate on screen, an office's own
# questionnaire, the group means after the leading types) ---------------------------------------


@dataclass
class ProfileRow:
    """One scale's group mean and its change against the previous campaign."""

    name: str
    mean: float | None
    change: Difference | str | None = None
    hidden: str = ""


def profile_rows(inst, figures, lang: str, changes=None, previous=None) -> list[ProfileRow]:
    """Every scale of the instrument (its total last), with the change of its mean."""
    before = _previous_figures(previous, inst.id)
    rows = []
    for s in inst.all_scales():
        d = None if changes is None else changes.profile(inst.id, s.id)
        mark = before if isinstance(before, str) else None
        rows.append(ProfileRow(s.name.get(lang), figures.profile.get(s.id), d or mark))
    return rows


PROFILE_TABLE = TableSpec(
    "",
    "",
    (
        Column("scale", QT_TRANSLATE_NOOP("Tables", "Scale"), _attr("name"), hidden=None),
        Column("mean", QT_TRANSLATE_NOOP("Tables", "Group mean"), _attr("mean"), 2, width=0.17),
        Column(
            "change",
            QT_TRANSLATE_NOOP("Tables", "Change"),
            _attr("change"),
            2,
            signed=True,
            short="Δ",
            width=0.17,
        ),
    ),
    compact=False,
)


# --- participation per department ---------------------------------------------------------------


@dataclass
class DepartmentRow:
    """One department's participation (or the total): headcount, respondents, their share."""

    name: str
    headcount: int | None
    finished: int
    share: float | None
    hidden: str = ""  # the disclosure rule's reason ("" = shown)
    below_target: bool = False  # fewer than the methodology's share took part
    total: bool = False
    line: Any = None  # the department's own row, as the service gave it


def participation_rows(
    lines, name_of: Callable[[Any], str], translate: Translate, target: float
) -> list[DepartmentRow]:
    """Every department (`name_of` names it in the output's language), then the total. A
    department whose count the disclosure rule hides keeps its headcount, nothing else."""
    rows = []
    for line in lines:
        share = line.finished / line.headcount if line.headcount and not line.hidden else None
        rows.append(
            DepartmentRow(
                name_of(line),
                line.headcount or None,
                line.finished,
                share,
                (line.reason or "below_threshold") if line.hidden else "",
                share is not None and share < target,
                line=line,
            )
        )
    if rows:
        head = sum(x.headcount for x in lines)
        total = sum(x.finished for x in lines)
        share = total / head if head else None
        rows.append(
            DepartmentRow(
                translate(CONTEXT, TOTAL) or TOTAL,
                head or None,
                total,
                share,
                below_target=share is not None and share < target,
                total=True,
            )
        )
    return rows


PARTICIPATION_TABLE = TableSpec(
    "",
    "",
    (
        Column("department", QT_TRANSLATE_NOOP("Tables", "Department"), _attr("name"), hidden=None),
        Column(
            "headcount",
            QT_TRANSLATE_NOOP("Tables", "Headcount"),
            _attr("headcount"),
            0,
            width=0.16,
            hidden=None,
        ),
        Column(
            "finished", QT_TRANSLATE_NOOP("Tables", "Respondents"), _attr("finished"), 0, width=0.16
        ),
        Column(
            "share",
            QT_TRANSLATE_NOOP("Tables", "Share of headcount"),
            _attr("share"),
            1,
            percent=True,
            print_sign=True,
            width=0.16,
        ),
    ),
    compact=False,
)


# --- table 2.7: the psychological atmosphere in the team (Fiedler's pairs) ----------------------


@dataclass
class PairRow:
    """One pair of poles: respondents per point (1 next to the positive pole), the mean mark
    and its change; or the total (10 best – 80 worst), which has no counts."""

    left: str
    right: str
    counts: dict
    mean: float | None
    change: Difference | str | None = None
    total: bool = False
    hidden: str = ""


def _rated(inst) -> list:
    return [it for it in inst.items if it.format.type in ("rating", "bipolar")]


def climate_points(inst) -> list:
    """The points of the pairs' scale (1–8)."""
    items = _rated(inst)
    return list(items[0].format.allowed_values()) if items else list(range(1, 9))


def climate_rows(inst, figures, lang: str, changes=None, previous=None) -> list[PairRow]:
    """Table 2.7's rows: each pair, then the total."""
    counts = figures.value_counts
    before = _previous_figures(previous, inst.id)
    mark = before if isinstance(before, str) else None
    scale_of = {s.items[0]: s.id for s in inst.scales if s.items}

    def change(scale: str):
        d = None if changes is None else changes.profile(inst.id, scale)
        return d or mark

    rows = []
    for it in _rated(inst):
        scale = scale_of.get(it.id, "")
        rows.append(
            PairRow(
                it.left.get(lang) if it.left else item_name(inst, it.id, lang),
                it.right.get(lang) if it.right else "",
                {} if counts is None else {v: int(counts.loc[it.id, v]) for v in counts.columns},
                figures.profile.get(scale),
                change(scale),
            )
        )
    total = next((s for s in inst.all_scales() if s.id == "total"), None)
    rows.append(
        PairRow(
            total.short_name.get(lang) if total else "",
            "",
            {},
            figures.profile.get("total"),
            change("total"),
            total=True,
        )
    )
    return rows


def climate_table(points: Sequence) -> TableSpec:
    """Table 2.7 with a column per point of the scale (on paper and in a spreadsheet; the
    screen shows the poles, the mean mark and its change)."""

    def count(point):
        return lambda r: "" if r.total else r.counts.get(point)

    return TableSpec(
        "2.7",
        QT_TRANSLATE_NOOP("Tables", "Table %1 – Psychological atmosphere in the team"),
        (
            Column(
                "left",
                QT_TRANSLATE_NOOP("Tables", "Positive pole"),
                _attr("left"),
                width=0.19,
                hidden=None,
            ),
            *(
                Column(
                    f"point_{p}",
                    str(int(p)) if float(p).is_integer() else str(p),
                    count(p),
                    0,
                    translated=False,
                    width=0.048 if len(points) == 8 else 0.38 / max(len(points), 1),
                    outputs=_PRINT_SHEET,
                )
                for p in points
            ),
            Column(
                "right",
                QT_TRANSLATE_NOOP("Tables", "Negative pole"),
                _attr("right"),
                width=0.19,
                hidden=None,
            ),
            Column("mean", QT_TRANSLATE_NOOP("Tables", "Mean"), _attr("mean"), 1, width=0.1),
            Column(
                "change",
                QT_TRANSLATE_NOOP("Tables", "Change"),
                _attr("change"),
                1,
                signed=True,
                short="Δ",
                width=0.136,
            ),
        ),
    )


# --- table 2.3: how the motivation levels are calculated (the first parameter as example) -----


@dataclass
class FormulaRow:
    """One indicator of table 2.3: its formula and the first parameter's calculation; `value`
    is the indicator's figure (the spreadsheet's number)."""

    name: str
    formula: Calculation
    value: float
    example: Calculation


def calculation_rows(level, translate: Translate) -> list[FormulaRow]:
    """Table 2.3's rows: the partial level Uᵢ and the relative significance dᵢ worked out for
    the first parameter, and the integral level U (app/scoring/level.py's figures)."""

    def tr(source: str) -> str:
        return translate(CONTEXT, source) or source

    first = level.parameters[0]
    perception = tr(QT_TRANSLATE_NOOP("Tables", "mean perception"))
    significance = tr(QT_TRANSLATE_NOOP("Tables", "mean significance"))
    total = sum(x.importance for x in level.parameters)
    five = (REFERENCE_SCORE, 1)
    return [
        FormulaRow(
            tr(QT_TRANSLATE_NOOP("Tables", "Partial level of motivation")),
            Calculation(("Uᵢ = ", perception, " / ", five)),
            first.level,
            Calculation(((first.level, 3), " = ", (first.perception, 2), " / ", five)),
        ),
        FormulaRow(
            tr(QT_TRANSLATE_NOOP("Tables", "Relative significance")),
            Calculation(("dᵢ = ", significance, " / Σ ", significance)),
            first.d,
            Calculation(((first.d, 3), " = ", (first.importance, 2), " / ", (total, 2))),
        ),
        FormulaRow(
            tr(QT_TRANSLATE_NOOP("Tables", "Integral level of motivation")),
            Calculation(("U = Σ Uᵢ × dᵢ",)),
            level.integral,
            Calculation(((level.integral, 3),)),
        ),
    ]


CALCULATION_TABLE = TableSpec(
    "2.3",
    QT_TRANSLATE_NOOP("Tables", "Table %1 – How the levels are calculated"),
    (
        Column("indicator", QT_TRANSLATE_NOOP("Tables", "Indicator"), _attr("name"), width=0.3),
        Column("formula", QT_TRANSLATE_NOOP("Tables", "Formula"), _attr("formula"), width=0.35),
        Column(
            "value",
            QT_TRANSLATE_NOOP("Tables", "Value"),
            _attr("value"),
            3,
            outputs=frozenset({SHEET}),
        ),
        Column(
            "example",
            QT_TRANSLATE_NOOP("Tables", "Example (first parameter)"),
            _attr("example"),
            width=0.35,
        ),
    ),
    compact=False,
)


# --- table 2.5: the absolute assessment of the motivation level ------------------------------

# the seed's bands of the integral level (its label's lower bound is app/scoring/level.py's)
_LEVEL_BANDS = {
    "excellent": ((1.0, 2),),
    "very_good": ((0.95, 2), "–", (1.0, 2)),
    "good": ((0.80, 2), "–", (0.94, 2)),
    "acceptable": ((0.70, 2), "–", (0.79, 2)),
    "satisfactory": ((0.60, 2), "–", (0.69, 2)),
    "unsatisfactory": ("< ", (0.60, 2)),
}


@dataclass
class BandRow:
    """One band of a qualitative scale (tables 2.5 and 3.5): its range, its words, and this
    campaign's figure on the band it falls in ("" on the others)."""

    band: Calculation
    words: str
    here: Pointer | str = ""


def level_scale_rows(level, translate: Translate) -> list[BandRow]:
    """Table 2.5's rows, the best band first; the integral level marks its band (the label
    follows the level as printed, app/scoring/level.level_label)."""
    rows = []
    for label_id, _lower, source in LEVEL_LABELS:
        rows.append(
            BandRow(
                Calculation(_LEVEL_BANDS[label_id]),
                translate("Levels", source) or source,
                Pointer(level.integral) if label_id == level.label else "",
            )
        )
    return rows


LEVEL_SCALE_TABLE = TableSpec(
    "2.5",
    QT_TRANSLATE_NOOP("Tables", "Table %1 – Absolute assessment of the level of work motivation"),
    (
        Column(
            "band",
            QT_TRANSLATE_NOOP("Tables", "Level of work motivation"),
            _attr("band"),
            width=0.3,
        ),
        Column(
            "words",
            QT_TRANSLATE_NOOP("Tables", "Qualitative assessment"),
            _attr("words"),
            width=0.4,
        ),
        Column("here", QT_TRANSLATE_NOOP("Tables", "This campaign"), _attr("here"), 3, width=0.3),
    ),
    compact=False,
)


# --- the motivational balance: motivators and demotivators (reserves) by their gap -----------


@dataclass
class BalanceRow:
    name: str
    gap: float  # significance − satisfaction
    role: str


def balance_rows(balance, names: dict[str, str], translate: Translate) -> list[BalanceRow]:
    """The motivators (satisfaction at least the significance), then the demotivators, the
    reserves, the widest gap first (app/scoring/level.motivational_balance's order)."""
    motivator = QT_TRANSLATE_NOOP("Tables", "motivator")
    reserve = QT_TRANSLATE_NOOP("Tables", "demotivator (reserve)")
    return [
        BalanceRow(names.get(x.parameter, x.parameter), x.gap, translate(CONTEXT, role) or role)
        for group, role in ((balance.motivators, motivator), (balance.demotivators, reserve))
        for x in group
    ]


BALANCE_TABLE = TableSpec(
    "",
    QT_TRANSLATE_NOOP("Tables", "Motivational balance"),
    (
        Column("parameter", QT_TRANSLATE_NOOP("Tables", "Parameter"), _attr("name"), width=0.55),
        Column(
            "gap",
            QT_TRANSLATE_NOOP("Tables", "Gap (significance − satisfaction)"),
            _attr("gap"),
            2,
            width=0.2,
        ),
        Column("role", QT_TRANSLATE_NOOP("Tables", "Role"), _attr("role"), width=0.25),
    ),
    compact=False,
)


# --- tables 3.5 and 3.6: the scale of job satisfaction and each factor assessed on it ---------

# Table 3.5 of the seed: the qualitative scale of job satisfaction (% of maximum), the lower
# bound of each band and its words.
SATISFACTION_SCALE = (
    (80.0, QT_TRANSLATE_NOOP("Tables", "high")),
    (60.0, QT_TRANSLATE_NOOP("Tables", "good")),
    (40.0, QT_TRANSLATE_NOOP("Tables", "medium (acceptable, satisfactory)")),
    (20.0, QT_TRANSLATE_NOOP("Tables", "low")),
    (0.0, QT_TRANSLATE_NOOP("Tables", "extremely low (very low)")),
)


def satisfaction_label_source(percent: float) -> str:
    """Table 3.5's words for a job-satisfaction value (the label follows the value as printed,
    one decimal)."""
    shown = printed(percent, 1)
    for lower, text in SATISFACTION_SCALE:
        if shown >= printed(lower, 1):
            return text
    return SATISFACTION_SCALE[-1][1]


def satisfaction_scale_rows(total: float | None, translate: Translate) -> list[BandRow]:
    """Table 3.5's rows, the lowest band first; the total satisfaction marks its band."""
    rows = []
    upper = 100.0
    bands = []
    for lower, source in SATISFACTION_SCALE:
        bands.append((lower, upper, source))
        upper = lower
    for lower, upper, source in reversed(bands):
        here = total is not None and satisfaction_label_source(total) == source
        rows.append(
            BandRow(
                Calculation(((lower, 0), "–", (upper, 0), " %")),
                translate(CONTEXT, source) or source,
                Pointer(total, " %") if here else "",
            )
        )
    return rows


SATISFACTION_SCALE_TABLE = TableSpec(
    "3.5",
    QT_TRANSLATE_NOOP("Tables", "Table %1 – Scale of job satisfaction"),
    (
        Column(
            "band", QT_TRANSLATE_NOOP("Tables", "Job satisfaction, %"), _attr("band"), width=0.3
        ),
        LEVEL_SCALE_TABLE.columns[1],
        Column("here", QT_TRANSLATE_NOOP("Tables", "This campaign"), _attr("here"), 1, width=0.3),
    ),
    compact=False,
)

# Table 3.6 of the seed: its description of each job-satisfaction factor (by the scale's id in
# the job-satisfaction questionnaire), and the band it describes (the seed's example levels).
CHARACTERISTICS = {
    "achievement": (
        "high",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Employees succeed in their tasks, set themselves new goals, feel personally "
            "responsible for and involved in the results of the work.",
        ),
    ),
    "colleagues": (
        "high",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Employees are adapted in the team, like the people they work with, do not "
            "come into conflict and feel part of the team.",
        ),
    ),
    "interest": (
        "high",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Employees work not only for the material reward but also strive for "
            "self-improvement, development, new knowledge and skills.",
        ),
    ),
    "conditions": (
        "high",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Employees find the working conditions comfortable and favourable; the "
            "surroundings suit them.",
        ),
    ),
    "responsibility": (
        "high",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Employees know and understand the tasks and functions of the organisation "
            "and their place in it, and are committed to its goals and values.",
        ),
    ),
    "management": (
        "low",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Not always and (or) not all employees feel the manager's attention; their "
            "work is not always assessed objectively, nor rewards and penalties fairly given.",
        ),
    ),
    "aspiration": (
        "low",
        QT_TRANSLATE_NOOP(
            "Tables", "Employees do not always strive for more difficult goals in their work."
        ),
    ),
    "work_over_pay": (
        "medium",
        QT_TRANSLATE_NOOP(
            "Tables",
            "Employees are loyal to the organisation and devoted to the work even where "
            "income is named the most important motivation factor and satisfaction with it is "
            "low.",
        ),
    ),
}


def characteristic_source(scale: str, value: float | None) -> str:
    """The seed's description of a satisfaction factor (table 3.6), when the factor's level
    is in the band the seed describes (high: 60 % and more, low: under 40 %); "" otherwise."""
    if value is None or value != value or scale not in CHARACTERISTICS:
        return ""
    band, text = CHARACTERISTICS[scale]
    shown = printed(value, 1)
    inside = {"high": shown >= 60, "medium": 40 <= shown < 60, "low": shown < 40}[band]
    return text if inside else ""


@dataclass
class FactorLevelRow:
    """One job-satisfaction factor of table 3.6 (the total last): its level (% of maximum),
    the scale's words for it, the seed's characteristic and the change of the level."""

    name: str
    level: float | None
    words: str
    characteristic: str
    change: Difference | str | None = None
    hidden: str = ""


def satisfaction_factor_rows(
    inst, figures, lang: str, translate: Translate, changes=None, previous=None
) -> list[FactorLevelRow]:
    """Table 3.6's rows: every scale of the job-satisfaction questionnaire, its total last."""
    before = _previous_figures(previous, inst.id)
    mark = before if isinstance(before, str) else None
    rows = []
    for s in inst.all_scales():
        value = figures.profile.get(s.id)
        known = value is not None and value == value
        words = satisfaction_label_source(value) if known else ""
        text = characteristic_source(s.id, value)
        d = None if changes is None else changes.profile(inst.id, s.id)
        rows.append(
            FactorLevelRow(
                s.name.get(lang),
                value if known else None,
                (translate(CONTEXT, words) or words) if words else "–",
                (translate(CONTEXT, text) or text) if text else "",
                d or mark,
            )
        )
    return rows


SATISFACTION_FACTORS_TABLE = TableSpec(
    "3.6",
    QT_TRANSLATE_NOOP("Tables", "Table %1 – Assessment of the satisfaction factors"),
    (
        Column(
            "factor",
            QT_TRANSLATE_NOOP("Tables", "Satisfaction factor"),
            _attr("name"),
            width=0.22,
        ),
        Column("level", QT_TRANSLATE_NOOP("Tables", "Level, %"), _attr("level"), 1, width=0.09),
        Column(
            "words",
            QT_TRANSLATE_NOOP("Tables", "Qualitative assessment"),
            _attr("words"),
            width=0.19,
        ),
        Column(
            "characteristic",
            QT_TRANSLATE_NOOP("Tables", "Characteristic"),
            _attr("characteristic"),
            width=0.38,
            small=True,
        ),
        Column(
            "change",
            QT_TRANSLATE_NOOP("Tables", "Change"),
            _attr("change"),
            1,
            signed=True,
            short="Δ",
            width=0.12,
        ),
    ),
    compact=False,
)
