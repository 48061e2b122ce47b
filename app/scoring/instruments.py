"""Load and validate instrument files into frozen dataclasses.

A file that fails validation raises `InstrumentFileError` naming the file, the field (a JSON path)
and the problem. Run `python -m app.scoring.instruments FILE...` to check files by hand.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.markers import QT_TRANSLATE_NOOP
from app.scoring.definitions import (
    LANGUAGES,
    SOURCES,
    AnswerFormat,
    Band,
    Instrument,
    Interpretation,
    Item,
    LevelSet,
    Scale,
    Scoring,
    Text,
)
from app.scoring.roles import ROLES
from app.scoring.vocab import DEMOGRAPHIC_FIELDS

FORMAT_VERSION = 1
ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,49}$")
FORMAT_TYPES = ("rating", "single", "multi", "split", "bipolar")
METHODS = ("factor_matrix", "sum", "choice_key", "split_key")


CONTEXT = "InstrumentFile"  # the translation context of every refusal text below
Translate = Callable[[str, str], str]  # (context, source) -> text, as Qt's translate


@dataclass(frozen=True)
class Phrase:
    """A text marked for translation in the context "InstrumentFile" (QT_TRANSLATE_NOOP) with
    its arguments for the placeholders %1, %2, …: plain values (a field's value, a number, a
    file name: shown as they are) or phrases (translated too)."""

    source: str
    arguments: tuple = ()

    def text(self, translate: Translate | None = None) -> str:
        """In the reader's language with `translate`, else in English."""
        words = (translate(CONTEXT, self.source) if translate is not None else "") or self.source
        return fill(words, [_text(a, translate) for a in self.arguments])


def _text(value: Any, translate: Translate | None) -> str:
    return value.text(translate) if isinstance(value, Phrase) else str(value)


def fill(text: str, values: list[str]) -> str:
    """Qt's arg(): %1, %2, … replaced by the values in one pass (a value that holds "%2" itself,
    e.g. a JSON parser's message, stays as it is)."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d+)", value, text)


FILE_FIELD = Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "(file)"))
STRUCTURE_FIELD = Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "(structure)"))


class InstrumentFileError(Exception):
    """A bad instrument file: the file, the field and the problem.

    `source` is the problem's text marked for translation (context "InstrumentFile", with
    %1, %2, … placeholders) and `arguments` its values; `problem` is it filled in, in English,
    and so is `field` (a JSON path such as `items[3].format.min`, or a marked phrase such as
    "(file)"): `str(exc)` is "file: field: problem" for the command line and the logs. The UI
    shows `where(translate)` and `reason(translate)`, in the reader's language.
    """

    def __init__(self, file: str, field: str | Phrase, source: str, *arguments: Any):
        self.file = file
        self.place = field if isinstance(field, Phrase) else None
        self.field = field.text() if isinstance(field, Phrase) else field
        self.source = source
        self.arguments = arguments
        self.problem = self.reason()
        super().__init__(f"{file}: {self.field}: {self.problem}")

    def where(self, translate: Translate | None = None) -> str:
        """The field: a JSON path as it is; "(file)", "line 3, column 5", … translated."""
        return self.place.text(translate) if self.place is not None else self.field

    def reason(self, translate: Translate | None = None) -> str:
        """The problem, translated with `translate(context, source)`, else in English."""
        return Phrase(self.source, self.arguments).text(translate)


class _Reader:
    """Walks the JSON with a path, so every error names the field it is about."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, path: str, source: str, *arguments: Any) -> None:
        """Refuse the file: `source` is marked QT_TRANSLATE_NOOP("InstrumentFile", …)."""
        raise InstrumentFileError(self.file, path or FILE_FIELD, source, *arguments)

    def get(self, obj: dict, key: str, path: str, types, required: bool = True, default=None):
        if key not in obj:
            if required:
                self.fail(_join(path, key), QT_TRANSLATE_NOOP("InstrumentFile", "is missing"))
            return default
        value = obj[key]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in _tuple(types)):
            self.fail(
                _join(path, key),
                QT_TRANSLATE_NOOP("InstrumentFile", "must be %1, not %2"),
                _type_name(types),
                _value_type(value),
            )
        return value

    def text(self, obj: dict, key: str, path: str, required: bool = True) -> Text | None:
        value = self.get(obj, key, path, dict, required)
        if value is None:
            return None
        return self.text_value(value, _join(path, key))

    def text_value(self, value: Any, path: str) -> Text:
        if not isinstance(value, dict):
            self.fail(
                path,
                QT_TRANSLATE_NOOP("InstrumentFile", "must be an object with 'ru' and 'kk' texts"),
            )
        for lang in LANGUAGES:
            if lang not in value:
                self.fail(
                    f"{path}.{lang}",
                    QT_TRANSLATE_NOOP(
                        "InstrumentFile", "is missing (every text needs both ru and kk)"
                    ),
                )
            if not isinstance(value[lang], str) or not value[lang].strip():
                self.fail(
                    f"{path}.{lang}",
                    QT_TRANSLATE_NOOP("InstrumentFile", "must be a non-empty string"),
                )
        return Text(ru=value["ru"].strip(), kk=value["kk"].strip())

    def texts(self, values: Any, path: str) -> tuple[Text, ...]:
        if not isinstance(values, list):
            self.fail(path, QT_TRANSLATE_NOOP("InstrumentFile", "must be a list"))
        return tuple(self.text_value(v, f"{path}[{i}]") for i, v in enumerate(values))

    def options(self, values: Any, path: str) -> tuple[Text, ...]:
        if not isinstance(values, list) or not values:
            self.fail(path, QT_TRANSLATE_NOOP("InstrumentFile", "must be a non-empty list"))
        result = []
        for i, option in enumerate(values):
            if not isinstance(option, dict) or "text" not in option:
                self.fail(
                    f"{path}[{i}]",
                    QT_TRANSLATE_NOOP("InstrumentFile", "must be an object with a 'text'"),
                )
            result.append(self.text_value(option["text"], f"{path}[{i}].text"))
        return tuple(result)


def _tuple(types) -> tuple:
    return types if isinstance(types, tuple) else (types,)


# What a JSON value is, in the words of the refusals ("must be an integer, not a string").
TYPE_NAMES = {
    dict: Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "an object")),
    list: Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "a list")),
    str: Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "a string")),
    int: Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "an integer")),
    bool: Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "true/false")),
    float: Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "a number")),
    type(None): Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "null")),
}


def _type_name(types) -> Phrase | str:
    """ "an integer or a number or null": one name, or "%1 or %2" of the first and the rest."""
    first, *rest = _tuple(types)
    name = TYPE_NAMES.get(first, first.__name__)
    if not rest:
        return name
    return Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "%1 or %2"), (name, _type_name(tuple(rest))))


def _value_type(value: Any) -> Phrase | str:
    """The type of a value found in the file (a Python name for what JSON cannot hold)."""
    return TYPE_NAMES.get(type(value), type(value).__name__)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _parse_format(r: _Reader, raw: dict, path: str) -> AnswerFormat:
    kind = r.get(raw, "type", path, str)
    if kind not in FORMAT_TYPES:
        r.fail(
            _join(path, "type"),
            QT_TRANSLATE_NOOP("InstrumentFile", "must be one of %1, not '%2'"),
            ", ".join(FORMAT_TYPES),
            kind,
        )
    fmt = AnswerFormat(type=kind)
    if kind in ("rating", "bipolar"):
        lo = r.get(raw, "min", path, int)
        hi = r.get(raw, "max", path, int)
        if lo >= hi:
            r.fail(
                _join(path, "max"),
                QT_TRANSLATE_NOOP("InstrumentFile", "must be greater than min (%1)"),
                lo,
            )
        exclude = tuple(r.get(raw, "exclude", path, list, required=False, default=[]))
        labels = {}
        for key, value in r.get(raw, "labels", path, dict, required=False, default={}).items():
            try:
                number = int(key)
            except ValueError:
                r.fail(
                    f"{path}.labels.{key}",
                    QT_TRANSLATE_NOOP("InstrumentFile", "label keys must be answer values"),
                )
            if not lo <= number <= hi or number in exclude:
                r.fail(
                    f"{path}.labels.{key}",
                    QT_TRANSLATE_NOOP("InstrumentFile", "is not an allowed value (%1..%2)"),
                    lo,
                    hi,
                )
            labels[number] = r.text_value(value, f"{path}.labels.{key}")
        fmt = replace(
            fmt,
            min=lo,
            max=hi,
            exclude=exclude,
            labels=labels,
            left=r.text(raw, "left", path, required=False),
            right=r.text(raw, "right", path, required=False),
        )
    if kind in ("single", "multi"):
        if "options" in raw:
            fmt = replace(fmt, options=r.options(raw["options"], _join(path, "options")))
        if kind == "multi":
            fmt = replace(
                fmt,
                min_choices=r.get(raw, "min_choices", path, int, False, 1),
                max_choices=r.get(raw, "max_choices", path, (int, type(None)), False, None),
            )
        if "points" in raw:
            fmt = replace(fmt, points=tuple(r.get(raw, "points", path, list)))
    if kind == "split":
        fmt = replace(
            fmt, parts=r.get(raw, "parts", path, int), total=r.get(raw, "total", path, int)
        )
        if fmt.parts < 2 or fmt.total < 1:
            r.fail(
                path, QT_TRANSLATE_NOOP("InstrumentFile", "a split needs parts ≥ 2 and total ≥ 1")
            )
    return fmt


def _parse_item(r: _Reader, raw: Any, index: int, formats: dict[str, AnswerFormat]) -> Item:
    path = f"items[{index}]"
    if not isinstance(raw, dict):
        r.fail(path, QT_TRANSLATE_NOOP("InstrumentFile", "must be an object"))
    item_id = r.get(raw, "id", path, str)
    if item_id != f"q{index + 1}":
        r.fail(
            _join(path, "id"),
            QT_TRANSLATE_NOOP(
                "InstrumentFile", "must be '%1' (items are numbered in order, no gaps)"
            ),
            f"q{index + 1}",
        )
    fmt_raw = r.get(raw, "format", path, (str, dict))
    if isinstance(fmt_raw, str):
        if fmt_raw not in formats:
            r.fail(
                _join(path, "format"),
                QT_TRANSLATE_NOOP("InstrumentFile", "names no format in 'formats': '%1'"),
                fmt_raw,
            )
        fmt = formats[fmt_raw]
    else:
        fmt = _parse_format(r, fmt_raw, _join(path, "format"))
    if "options" in raw:
        fmt = replace(fmt, options=r.options(raw["options"], _join(path, "options")))
    for key in ("min_choices", "max_choices"):
        if key in raw:
            fmt = replace(fmt, **{key: r.get(raw, key, path, (int, type(None)))})
    if "points" in raw:
        fmt = replace(fmt, points=tuple(r.get(raw, "points", path, list)))
    if fmt.type in ("single", "multi"):
        if not fmt.options:
            r.fail(
                _join(path, "options"),
                QT_TRANSLATE_NOOP(
                    "InstrumentFile", "is missing (neither the item nor its format has options)"
                ),
            )
        if fmt.points and len(fmt.points) != len(fmt.options):
            r.fail(
                _join(path, "points"),
                QT_TRANSLATE_NOOP("InstrumentFile", "needs one number per option (%1)"),
                len(fmt.options),
            )
        if fmt.type == "single":
            fmt = replace(fmt, min_choices=1, max_choices=1)
        hi = fmt.max_choices if fmt.max_choices is not None else len(fmt.options)
        if not 1 <= fmt.min_choices <= hi <= len(fmt.options):
            r.fail(
                _join(path, "max_choices"),
                QT_TRANSLATE_NOOP("InstrumentFile", "answer-count rule does not fit the options"),
            )
    parts: tuple[Text, ...] = ()
    if fmt.type == "split":
        parts = r.texts(r.get(raw, "parts", path, list), _join(path, "parts"))
        if len(parts) != fmt.parts:
            r.fail(
                _join(path, "parts"),
                QT_TRANSLATE_NOOP("InstrumentFile", "needs %1 texts, has %2"),
                fmt.parts,
                len(parts),
            )
    text = r.text(raw, "text", path, required=fmt.type != "bipolar")
    left = r.text(raw, "left", path, required=fmt.type == "bipolar")
    right = r.text(raw, "right", path, required=fmt.type == "bipolar")
    show_if = r.get(raw, "show_if", path, dict, required=False, default={})
    for key in show_if:
        if key != "is_manager" or not isinstance(show_if[key], bool):
            r.fail(
                f"{path}.show_if.{key}",
                QT_TRANSLATE_NOOP("InstrumentFile", "only {'is_manager': true|false} is supported"),
            )
    return Item(
        id=item_id,
        index=index,
        text=text,
        format=fmt,
        number=str(r.get(raw, "number", path, (str, int), required=False, default="")),
        parts=parts,
        left=left,
        right=right,
        optional=r.get(raw, "optional", path, bool, required=False, default=False),
        own_variant=r.get(raw, "own_variant", path, bool, required=False, default=False),
        show_if=show_if,
        group=r.text(raw, "group", path, required=False),
    )


def _parse_scale(r: _Reader, raw: Any, path: str, item_ids: set[str]) -> Scale:
    if not isinstance(raw, dict):
        r.fail(path, QT_TRANSLATE_NOOP("InstrumentFile", "must be an object"))
    scale_id = r.get(raw, "id", path, str)
    items = tuple(r.get(raw, "items", path, list, required=False, default=[]))
    for i, item_id in enumerate(items):
        if item_id not in item_ids:
            r.fail(
                f"{path}.items[{i}]",
                QT_TRANSLATE_NOOP("InstrumentFile", "names no item: '%1'"),
                item_id,
            )
    name = r.text(raw, "name", path)
    short = r.text(raw, "short_name", path, required=False) or name
    return Scale(id=scale_id, name=name, short_name=short, items=items)


def _parse_scoring(
    r: _Reader, raw: dict, items: tuple[Item, ...], scales: tuple[Scale, ...]
) -> Scoring:
    path = "scoring"
    method = r.get(raw, "method", path, str)
    if method not in METHODS:
        r.fail(
            f"{path}.method",
            QT_TRANSLATE_NOOP("InstrumentFile", "must be one of %1, not '%2'"),
            ", ".join(METHODS),
            method,
        )
    by_id = {item.id: item for item in items}
    scale_ids = {s.id for s in scales}
    scoring = Scoring(method=method)
    if method == "sum":
        aggregate = r.get(raw, "aggregate", path, str, required=False, default="sum")
        if aggregate not in ("sum", "mean", "percent_of_max"):
            r.fail(
                f"{path}.aggregate",
                QT_TRANSLATE_NOOP(
                    "InstrumentFile", "must be sum, mean or percent_of_max, not '%1'"
                ),
                aggregate,
            )
        total = None
        if "total" in raw:
            total_raw = r.get(raw, "total", path, dict)
            total = _parse_scale(r, total_raw, f"{path}.total", set(by_id))
            if not total.items:  # default: every item that some scale scores
                scored = [i.id for i in items if any(i.id in s.items for s in scales)]
                total = replace(total, items=tuple(scored))
        for scale in scales + ((total,) if total else ()):
            for item_id in scale.items:
                fmt = by_id[item_id].format
                if fmt.type not in ("rating", "bipolar", "single"):
                    r.fail(
                        f"scales.{scale.id}",
                        QT_TRANSLATE_NOOP("InstrumentFile", "item %1 (%2) cannot be summed"),
                        item_id,
                        fmt.type,
                    )
        scoring = replace(scoring, aggregate=aggregate, total=total)
    elif method == "choice_key":
        key = r.get(raw, "key", path, dict)
        for item_id, options in key.items():
            if item_id not in by_id:
                r.fail(
                    f"{path}.key.{item_id}", QT_TRANSLATE_NOOP("InstrumentFile", "names no item")
                )
            item = by_id[item_id]
            if item.format.type not in ("single", "multi"):
                r.fail(
                    f"{path}.key.{item_id}",
                    QT_TRANSLATE_NOOP("InstrumentFile", "is not a choice item"),
                )
            if not isinstance(options, dict):
                r.fail(
                    f"{path}.key.{item_id}",
                    QT_TRANSLATE_NOOP(
                        "InstrumentFile", "must map option numbers to lists of scale ids"
                    ),
                )
            for option, targets in options.items():
                where = f"{path}.key.{item_id}.{option}"
                if not option.isdigit() or not 1 <= int(option) <= len(item.format.options):
                    r.fail(
                        where,
                        QT_TRANSLATE_NOOP(
                            "InstrumentFile", "is not an option number of %1 (1..%2)"
                        ),
                        item_id,
                        len(item.format.options),
                    )
                if not isinstance(targets, list) or any(t not in scale_ids for t in targets):
                    r.fail(
                        where,
                        QT_TRANSLATE_NOOP("InstrumentFile", "must be a list of scale ids from %1"),
                        sorted(scale_ids),
                    )
        scoring = replace(scoring, key=key)
    elif method == "split_key":
        key = r.get(raw, "key", path, dict)
        for item in items:
            if item.format.type == "split" and item.id not in key:
                r.fail(
                    f"{path}.key",
                    QT_TRANSLATE_NOOP("InstrumentFile", "has no entry for split item %1"),
                    item.id,
                )
        for item_id, targets in key.items():
            where = f"{path}.key.{item_id}"
            if item_id not in by_id or by_id[item_id].format.type != "split":
                r.fail(where, QT_TRANSLATE_NOOP("InstrumentFile", "names no split item"))
            if not isinstance(targets, list) or len(targets) != by_id[item_id].format.parts:
                r.fail(
                    where,
                    QT_TRANSLATE_NOOP("InstrumentFile", "needs one scale id per part (%1)"),
                    by_id[item_id].format.parts,
                )
            for t in targets:
                if not isinstance(t, str) or t not in scale_ids:
                    r.fail(where, QT_TRANSLATE_NOOP("InstrumentFile", "names no scale: '%1'"), t)
        check = r.get(raw, "check_total", path, int, required=False)
        if check is not None:
            expected = sum(by_id[i].format.total for i in key)
            if check != expected:
                r.fail(
                    f"{path}.check_total",
                    QT_TRANSLATE_NOOP("InstrumentFile", "is %1 but the items' totals add up to %2"),
                    check,
                    expected,
                )
        scoring = replace(scoring, key=key, check_total=check)
    return scoring


def _parse_levels(r: _Reader, raw: dict, scale_ids: set[str]) -> tuple[LevelSet, ...]:
    result = []
    for set_id, body in raw.items():
        path = f"levels.{set_id}"
        if not isinstance(body, dict):
            r.fail(path, QT_TRANSLATE_NOOP("InstrumentFile", "must be an object"))
        applies = tuple(r.get(body, "applies_to", path, list))
        for s in applies:
            if s not in scale_ids:
                r.fail(
                    f"{path}.applies_to",
                    QT_TRANSLATE_NOOP("InstrumentFile", "names no scale: '%1'"),
                    s,
                )
        bands = []
        for i, b in enumerate(r.get(body, "bands", path, list)):
            bp = f"{path}.bands[{i}]"
            if not isinstance(b, dict):
                r.fail(bp, QT_TRANSLATE_NOOP("InstrumentFile", "must be an object"))
            num = (int, float, type(None))
            bands.append(
                Band(
                    id=r.get(b, "id", bp, str),
                    label=r.text(b, "label", bp),
                    min=r.get(b, "min", bp, num, required=False),
                    max=r.get(b, "max", bp, num, required=False),
                    min_inclusive=r.get(b, "min_inclusive", bp, bool, required=False, default=True),
                    max_inclusive=r.get(
                        b, "max_inclusive", bp, bool, required=False, default=False
                    ),
                )
            )
        if not bands:
            r.fail(f"{path}.bands", QT_TRANSLATE_NOOP("InstrumentFile", "must not be empty"))
        result.append(
            LevelSet(
                id=set_id,
                applies_to=applies,
                bands=tuple(bands),
                configurable=r.get(body, "configurable", path, bool, required=False, default=False),
                note=r.text(body, "note", path, required=False),
            )
        )
    return tuple(result)


def _parse_interpretations(r: _Reader, raw: dict, scale_ids: set[str], levels) -> dict:
    result = {}
    for key, body in raw.items():
        path = f"interpretations.{key}"
        scale_id, _, band_id = key.partition(".")
        if scale_id not in scale_ids:
            r.fail(path, QT_TRANSLATE_NOOP("InstrumentFile", "names no scale: '%1'"), scale_id)
        if band_id:
            level_set = next((ls for ls in levels if scale_id in ls.applies_to), None)
            if level_set is None or band_id not in {b.id for b in level_set.bands}:
                r.fail(
                    path,
                    QT_TRANSLATE_NOOP("InstrumentFile", "names no level band of scale '%1': '%2'"),
                    scale_id,
                    band_id,
                )
        if not isinstance(body, dict):
            r.fail(
                path,
                QT_TRANSLATE_NOOP(
                    "InstrumentFile", "must be an object with 'text' (and optionally 'tools')"
                ),
            )
        sources = {}
        for field in ("source", "tools_source"):
            value = r.get(body, field, path, str, required=False, default="")
            if value and value not in SOURCES:
                r.fail(
                    f"{path}.{field}",
                    QT_TRANSLATE_NOOP("InstrumentFile", "must be one of %1: '%2'"),
                    ", ".join(SOURCES),
                    value,
                )
            sources[field] = value
        result[key] = Interpretation(
            text=r.text(body, "text", path),
            tools=r.text(body, "tools", path, required=False),
            source_detail=r.get(body, "source_detail", path, str, required=False, default=""),
            **sources,
        )
    return result


def parse_instrument(data: Any, file: str, expected_id: str | None = None) -> Instrument:
    """Validate parsed JSON and build an `Instrument`; raises `InstrumentFileError`."""
    try:
        return _parse_instrument(data, file, expected_id)
    except InstrumentFileError:
        raise
    except RecursionError:
        raise InstrumentFileError(
            file, STRUCTURE_FIELD, QT_TRANSLATE_NOOP("InstrumentFile", "is nested too deeply")
        ) from None
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
        # A value of an unexpected shape somewhere the checks above do not look yet: still a
        # refusal that names the file, never a crash (found by tests/scoring/test_instrument_fuzz).
        raise InstrumentFileError(
            file,
            STRUCTURE_FIELD,
            QT_TRANSLATE_NOOP("InstrumentFile", "has a value of an unexpected type (%1: %2)"),
            type(exc).__name__,
            exc,
        ) from None


def _parse_instrument(data: Any, file: str, expected_id: str | None) -> Instrument:
    r = _Reader(file)
    if not isinstance(data, dict):
        r.fail("", QT_TRANSLATE_NOOP("InstrumentFile", "must contain a JSON object"))
    if r.get(data, "format", "", int) != FORMAT_VERSION:
        r.fail("format", QT_TRANSLATE_NOOP("InstrumentFile", "must be %1"), FORMAT_VERSION)
    inst_id = r.get(data, "id", "", str)
    if not ID_RE.match(inst_id):
        r.fail(
            "id", QT_TRANSLATE_NOOP("InstrumentFile", "must be lower-case letters, digits and '_'")
        )
    if expected_id is not None and inst_id != expected_id:
        r.fail(
            "id",
            QT_TRANSLATE_NOOP("InstrumentFile", "'%1' does not match the file name '%2'"),
            inst_id,
            expected_id,
        )
    status = r.get(data, "status", "", str)
    if status not in ("active", "disabled"):
        r.fail("status", QT_TRANSLATE_NOOP("InstrumentFile", "must be 'active' or 'disabled'"))
    kind = r.get(data, "kind", "", str)
    if kind not in ("questionnaire", "test"):
        r.fail("kind", QT_TRANSLATE_NOOP("InstrumentFile", "must be 'questionnaire' or 'test'"))
    formats = {
        name: _parse_format(r, body, f"formats.{name}")
        if isinstance(body, dict)
        else r.fail(f"formats.{name}", QT_TRANSLATE_NOOP("InstrumentFile", "must be an object"))
        for name, body in r.get(data, "formats", "", dict).items()
    }
    raw_items = r.get(data, "items", "", list)
    items = tuple(_parse_item(r, raw, i, formats) for i, raw in enumerate(raw_items))
    item_ids = {i.id for i in items}
    scales = tuple(
        _parse_scale(r, s, f"scales[{i}]", item_ids)
        for i, s in enumerate(r.get(data, "scales", "", list))
    )
    seen: set[str] = set()
    for i, scale in enumerate(scales):
        if scale.id in seen:
            r.fail(
                f"scales[{i}].id",
                QT_TRANSLATE_NOOP("InstrumentFile", "'%1' appears twice"),
                scale.id,
            )
        seen.add(scale.id)
    scoring = _parse_scoring(r, r.get(data, "scoring", "", dict), items, scales)
    all_ids = seen | ({scoring.total.id} if scoring.total else set())
    levels = _parse_levels(r, r.get(data, "levels", "", dict, required=False, default={}), all_ids)
    interpretations = _parse_interpretations(
        r, r.get(data, "interpretations", "", dict, required=False, default={}), all_ids, levels
    )
    required_demo = r.get(data, "requires_demographics", "", list, required=False, default=[])
    for i, name in enumerate(required_demo):
        if name not in DEMOGRAPHIC_FIELDS:
            r.fail(
                f"requires_demographics[{i}]",
                QT_TRANSLATE_NOOP("InstrumentFile", "'%1' is not one of %2"),
                name,
                ", ".join(DEMOGRAPHIC_FIELDS),
            )
    measure_targets = r.get(data, "measure_targets", "", bool, required=False, default=False)
    if measure_targets and scoring.method != "factor_matrix":
        r.fail(
            "measure_targets",
            QT_TRANSLATE_NOOP(
                "InstrumentFile",
                "only a factor_matrix questionnaire has factors a measure can name",
            ),
        )
    role = r.get(data, "role", "", str, required=False, default="")
    if role and role not in ROLES:
        r.fail(
            "role",
            QT_TRANSLATE_NOOP("InstrumentFile", "must be one of %1, not '%2'"),
            ", ".join(ROLES),
            role,
        )
    if status == "active":
        if not items:
            r.fail("items", QT_TRANSLATE_NOOP("InstrumentFile", "an active instrument needs items"))
        if not scales and scoring.method != "factor_matrix":
            r.fail(
                "scales", QT_TRANSLATE_NOOP("InstrumentFile", "an active instrument needs scales")
            )
    return Instrument(
        id=inst_id,
        version=r.get(data, "version", "", str),
        status=status,
        kind=kind,
        title=r.text(data, "title", ""),
        short_title=r.text(data, "short_title", ""),
        source=r.text(data, "source", ""),
        instructions=r.text(data, "instructions", ""),
        items=items,
        scales=scales,
        scoring=scoring,
        levels=levels,
        interpretations=interpretations,
        notes=r.texts(r.get(data, "notes", "", list, required=False, default=[]), "notes"),
        disabled_reason=r.text(data, "disabled_reason", "", required=status == "disabled"),
        requires_demographics=tuple(n for n in required_demo if n in DEMOGRAPHIC_FIELDS),
        measure_targets=bool(measure_targets),
        role=role,
        path=file,
    )


MAX_FILE_BYTES = 5 * 1024 * 1024  # the largest shipped instrument is ~100 KB
MAX_DEPTH = 40  # the deepest shipped instrument nests 8 levels


def _depth(value: Any, limit: int) -> int:
    """How deeply lists and objects nest (stops counting past `limit`), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return deepest


# What the JSON parser says (json.decoder, by the message's beginning), in the words of the
# refusals, so that "is not valid JSON (%1)" reads in the reader's language too; a message not
# listed here is shown as the parser wrote it.
PARSER_MESSAGES = (
    ("Expecting value", Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Expecting value"))),
    (
        "Expecting ',' delimiter",
        Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Expecting ',' delimiter")),
    ),
    (
        "Expecting ':' delimiter",
        Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Expecting ':' delimiter")),
    ),
    (
        "Expecting property name",
        Phrase(
            QT_TRANSLATE_NOOP("InstrumentFile", "Expecting property name enclosed in double quotes")
        ),
    ),
    (
        "Unterminated string",
        Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Unterminated string")),
    ),
    (
        "Invalid control character",
        Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Invalid control character")),
    ),
    ("Invalid \\", Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Invalid escape after a backslash"))),
    ("Extra data", Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Extra data"))),
    (
        "Illegal trailing comma",
        Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "Illegal trailing comma")),
    ),
    (
        "Exceeds the limit",
        Phrase(QT_TRANSLATE_NOOP("InstrumentFile", "a number has too many digits")),
    ),
)


def _parser_words(message: str) -> Phrase | str:
    return next((words for start, words in PARSER_MESSAGES if message.startswith(start)), message)


def load_instrument_file(path: Path) -> Instrument:
    """Read and validate one instrument file; any malformed content (not JSON, not UTF-8, too
    large, nested too deeply, values of the wrong type) raises InstrumentFileError naming the
    file, never another exception."""
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise InstrumentFileError(
                str(path),
                FILE_FIELD,
                QT_TRANSLATE_NOOP("InstrumentFile", "is larger than %1 bytes"),
                MAX_FILE_BYTES,
            )
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except InstrumentFileError:
        raise
    except RecursionError:
        raise InstrumentFileError(
            str(path), STRUCTURE_FIELD, QT_TRANSLATE_NOOP("InstrumentFile", "is nested too deeply")
        ) from None
    except UnicodeDecodeError:
        raise InstrumentFileError(
            str(path), FILE_FIELD, QT_TRANSLATE_NOOP("InstrumentFile", "is not UTF-8 text")
        ) from None
    except json.JSONDecodeError as exc:
        raise InstrumentFileError(
            str(path),
            Phrase(
                QT_TRANSLATE_NOOP("InstrumentFile", "line %1, column %2"), (exc.lineno, exc.colno)
            ),
            QT_TRANSLATE_NOOP("InstrumentFile", "is not valid JSON (%1)"),
            _parser_words(exc.msg),
        ) from None
    except OSError as exc:
        raise InstrumentFileError(
            str(path),
            FILE_FIELD,
            QT_TRANSLATE_NOOP("InstrumentFile", "cannot be read (%1)"),
            exc.strerror,
        ) from None
    except ValueError as exc:  # e.g. an integer with too many digits
        raise InstrumentFileError(
            str(path),
            FILE_FIELD,
            QT_TRANSLATE_NOOP("InstrumentFile", "is not valid JSON (%1)"),
            _parser_words(str(exc)[:180]),
        ) from None
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        raise InstrumentFileError(
            str(path),
            STRUCTURE_FIELD,
            QT_TRANSLATE_NOOP("InstrumentFile", "is nested more than %1 levels deep"),
            MAX_DEPTH,
        )
    return parse_instrument(data, str(path), expected_id=Path(path).stem)


def load_library(
    folders: Iterable[Path],
) -> tuple[dict[str, Instrument], list[InstrumentFileError]]:
    """Load every `*.json` of the folders in order; later folders replace earlier ids.

    Bad files do not stop the others: they are returned as errors for the UI to show. A role
    (app/scoring/roles.py) is played by one instrument: a later file with a role another
    instrument already plays is refused too (the earlier one, e.g. the shipped one, stays).
    """
    library: dict[str, Instrument] = {}
    errors: list[InstrumentFileError] = []
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        for path in sorted(Path(folder).glob("*.json")):
            try:
                inst = load_instrument_file(path)
            except InstrumentFileError as exc:
                errors.append(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the program
                errors.append(
                    InstrumentFileError(
                        str(path),
                        FILE_FIELD,
                        QT_TRANSLATE_NOOP("InstrumentFile", "cannot be loaded (%1: %2)"),
                        type(exc).__name__,
                        str(exc)[:260],
                    )
                )
                continue
            library[inst.id] = inst
    return _one_per_role(library, errors)


def _one_per_role(
    library: dict[str, Instrument], errors: list[InstrumentFileError]
) -> tuple[dict[str, Instrument], list[InstrumentFileError]]:
    """Refuse every instrument whose role an earlier one (in load order) already plays."""
    players: dict[str, Instrument] = {}
    for inst in list(library.values()):
        if not inst.role:
            continue
        first = players.setdefault(inst.role, inst)
        if first is not inst:
            del library[inst.id]
            errors.append(
                InstrumentFileError(
                    inst.path,
                    "role",
                    QT_TRANSLATE_NOOP(
                        "InstrumentFile",
                        "'%1' is already played by '%2' (%3); a library has one instrument per role",
                    ),
                    inst.role,
                    first.id,
                    Path(first.path).name,
                )
            )
    return library, errors


def shipped_folders() -> list[Path]:
    from app.paths import resources_dir, user_instruments_dir

    return [resources_dir() / "instruments", user_instruments_dir()]


_CACHE: dict[str, Instrument] | None = None
_REFUSED: list[InstrumentFileError] = []


def default_library() -> dict[str, Instrument]:
    """The shipped instruments plus the office's own (cached; files do not change while running).
    Files that were refused are left out; `refused_files()` says which and why."""
    global _CACHE
    if _CACHE is None:
        _CACHE, errors = load_library(shipped_folders())
        _REFUSED[:] = errors
    return _CACHE


def refused_files() -> list[InstrumentFileError]:
    """The instrument files `default_library()` refused (file, field, problem), for the app
    to list (an office's broken file must not silently disappear)."""
    default_library()
    return list(_REFUSED)


def get_instrument(instrument_id: str) -> Instrument:
    library = default_library()
    if instrument_id not in library:
        raise KeyError(instrument_id)
    return library[instrument_id]


def main(argv: list[str]) -> int:
    status = 0
    for name in argv or [str(p) for p in sorted((shipped_folders()[0]).glob("*.json"))]:
        try:
            inst = load_instrument_file(Path(name))
        except InstrumentFileError as exc:
            print(f"ERROR {exc}")
            status = 1
        else:
            print(
                f"ok    {name}: {inst.id} v{inst.version} ({inst.status}), "
                f"{len(inst.items)} items, {len(inst.all_scales())} scales"
            )
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
