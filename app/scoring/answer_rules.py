"""The rules an answer must meet, in one place (Qt-free).

Every way an answer enters the database applies these rules: the kiosk before it moves on
(`app.scoring.flow`), the save itself (`app.data.sessions.record_answer`), paper
questionnaires (`app.scoring.responses`, vectorised with the same allowed values), bundles
from other PCs (`app.data.bundles`) and the answer vector (`app.scoring.matrix`).

A stored answer is, by the item's format:
- rating, bipolar: one whole number in min..max, not in `exclude`;
- single: one option number 1..len(options) (1-based);
- multi: a list of distinct option numbers, between min_choices and max_choices of them;
- split: a list of `parts` non-negative whole numbers adding up to `total`.
Booleans, text, floats with a fraction, NaN/infinity and nested lists are never answers. An
own-variant text is at most OWN_TEXT_MAX characters.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.scoring.definitions import Instrument, Item

OWN_TEXT_MAX = 200  # the kiosk's field takes 200 characters (answer_widgets.OwnVariant)

# Problem codes, shared with the response-file messages (app/scoring/responses.MESSAGES).
UNKNOWN_INSTRUMENT = "unknown_instrument"
UNKNOWN_ITEM = "unknown_item"
NOT_A_NUMBER = "not_a_number"  # wrong type or not a whole number
OUT_OF_RANGE = "out_of_range"  # rating / bipolar outside its values
BAD_OPTION = "bad_option"  # single / multi option number outside 1..n
TOO_FEW = "too_few_choices"
TOO_MANY = "too_many_choices"
REPEATED = "repeated_choice"
SPLIT_PARTS = "split_parts"  # a split answer with the wrong number of parts
SPLIT_SUM = "split_sum"
TEXT_TOO_LONG = "text_too_long"
NOT_TEXT = "not_text"
NO_OWN_VARIANT = "no_own_variant"  # a text given to an item that has no own variant


@dataclass(frozen=True)
class AnswerProblem:
    item_id: str
    problem: str
    expected: int = 0  # the bound the kiosk names (choices, points)
    detail: str = ""  # what is allowed, for messages

    def describe(self) -> str:
        return f"{self.item_id}: {self.problem}" + (f" ({self.detail})" if self.detail else "")


def whole_number(value: Any) -> int | None:
    """`value` as an int if it is a whole number (an int, or a float without fraction);
    None for anything else (bool, text, lists, NaN, infinity, 2.5)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def allowed_values(item: Item) -> tuple[int, ...]:
    """The whole numbers a one-number answer (rating, bipolar, single) may take."""
    fmt = item.format
    if fmt.type in ("rating", "bipolar"):
        return fmt.allowed_values()
    if fmt.type == "single":
        return tuple(range(1, len(fmt.options) + 1))
    return ()


def choice_bounds(item: Item) -> tuple[int, int]:
    """(fewest, most) options a multiple-choice answer names."""
    fmt = item.format
    return fmt.min_choices, fmt.max_choices or len(fmt.options)


def allowed_text(item: Item) -> str:
    """What is allowed, as shown in messages ("1…5 without 3", "1–4")."""
    fmt = item.format
    if fmt.type in ("rating", "bipolar"):
        return f"{fmt.min}…{fmt.max}" + (f" without {fmt.exclude}" if fmt.exclude else "")
    if fmt.type in ("single", "multi"):
        return f"1–{len(fmt.options)}"
    if fmt.type == "split":
        return f"{fmt.parts} parts adding up to {fmt.total}"
    return ""


def check_answer(item: Item, value: Any) -> AnswerProblem | None:
    """Why `value` is not an acceptable answer to `item` (None if fine or unanswered)."""
    if value is None:
        return None
    fmt = item.format
    if fmt.type in ("rating", "bipolar", "single"):
        number = whole_number(value)
        if number is None:
            return AnswerProblem(item.id, NOT_A_NUMBER, detail=allowed_text(item))
        if number not in allowed_values(item):
            code = BAD_OPTION if fmt.type == "single" else OUT_OF_RANGE
            return AnswerProblem(item.id, code, detail=allowed_text(item))
        return None
    if not isinstance(value, (list, tuple)):
        return AnswerProblem(item.id, NOT_A_NUMBER, detail=allowed_text(item))
    numbers = [whole_number(v) for v in value]
    if any(n is None for n in numbers):
        return AnswerProblem(item.id, NOT_A_NUMBER, detail=allowed_text(item))
    if fmt.type == "multi":
        lo, hi = choice_bounds(item)
        if any(not 1 <= n <= len(fmt.options) for n in numbers):
            return AnswerProblem(item.id, BAD_OPTION, detail=allowed_text(item))
        if len(set(numbers)) != len(numbers):
            return AnswerProblem(item.id, REPEATED)
        if len(numbers) < lo:
            return AnswerProblem(item.id, TOO_FEW, lo, f"at least {lo}")
        if len(numbers) > hi:
            return AnswerProblem(item.id, TOO_MANY, hi, f"at most {hi}")
        return None
    if fmt.type == "split":
        if len(numbers) != fmt.parts:
            return AnswerProblem(item.id, SPLIT_PARTS, fmt.parts, allowed_text(item))
        if any(n < 0 for n in numbers):
            return AnswerProblem(item.id, NOT_A_NUMBER, detail=allowed_text(item))
        if sum(numbers) != fmt.total:
            return AnswerProblem(item.id, SPLIT_SUM, fmt.total, f"must be {fmt.total}")
        return None
    return AnswerProblem(item.id, NOT_A_NUMBER)


def check_own_text(item: Item, text: Any) -> AnswerProblem | None:
    """An own-variant wording: text, at most OWN_TEXT_MAX characters, only where asked."""
    if text in (None, ""):
        return None
    if not isinstance(text, str):
        return AnswerProblem(item.id, NOT_TEXT)
    if not item.own_variant:
        return AnswerProblem(item.id, NO_OWN_VARIANT)
    if len(text) > OWN_TEXT_MAX:
        return AnswerProblem(item.id, TEXT_TOO_LONG, OWN_TEXT_MAX, f"at most {OWN_TEXT_MAX}")
    return None


def _compiled(instrument: Instrument) -> tuple[dict[str, frozenset[int]], frozenset[str]]:
    """({item id: allowed values} of the one-number items, ids of branch items), computed once
    per instrument (a bundle checks hundreds of thousands of answers)."""
    key = id(instrument)
    cached = _COMPILED.get(key)
    if cached is None or cached[0] is not instrument:
        one_number = {
            item.id: frozenset(allowed_values(item))
            for item in instrument.items
            if item.format.type in ("rating", "bipolar", "single")
        }
        branch = frozenset(item.id for item in instrument.items if item.show_if)
        cached = (instrument, one_number, branch)
        _COMPILED[key] = cached
    return cached[1], cached[2]


_COMPILED: dict[int, tuple[Instrument, dict[str, frozenset[int]], frozenset[str]]] = {}


def check_value(
    library: Mapping[str, Instrument],
    instrument_id: Any,
    item_id: Any,
    value: Any,
    own_text: Any = "",
) -> AnswerProblem | None:
    """`check_answer` and `check_own_text` for an answer named by ids: an unknown instrument
    or item is a problem too."""
    instrument = library.get(instrument_id) if isinstance(instrument_id, str) else None
    if instrument is None:
        return AnswerProblem(str(item_id), UNKNOWN_INSTRUMENT, detail=str(instrument_id)[:60])
    if not own_text and type(value) is int and value in _compiled(instrument)[0].get(item_id, ()):
        return None  # the common case, answered without building a problem
    if not isinstance(item_id, str) or item_id not in instrument.item_index:
        return AnswerProblem(str(item_id)[:60], UNKNOWN_ITEM, detail=instrument.id)
    item = instrument.item(item_id)
    return check_answer(item, value) or check_own_text(item, own_text)


NOT_APPLICABLE = "not_applicable"  # a branch question of the other kind of respondent


def first_problem(
    instrument: Instrument, answers: Mapping[str, Any], is_manager: bool | None = None
) -> tuple[str, Any, AnswerProblem] | None:
    """The first (item id, value, problem) of one instrument's answers {item_id: value} (a
    stored session), None if all meet the rules. With `is_manager` known, an answer to a
    branch question of the other kind of respondent is a problem too. Whole numbers in range
    take a fast path: a bundle of thousands of sessions is checked in a fraction of a second."""
    one_number, branch = _compiled(instrument)
    index = instrument.item_index
    allowed_of = one_number.get
    for item_id, value in answers.items():
        if type(value) is int and value in allowed_of(item_id, ()):
            continue
        if item_id not in index:
            return (
                item_id,
                value,
                AnswerProblem(str(item_id)[:60], UNKNOWN_ITEM, detail=instrument.id),
            )
        problem = check_answer(instrument.items[index[item_id]], value)
        if problem is not None:
            return item_id, value, problem
    if is_manager is not None and branch:
        for item_id in branch.intersection(answers):
            if not instrument.item(item_id).applies_to(is_manager):
                return item_id, answers[item_id], AnswerProblem(item_id, NOT_APPLICABLE)
    return None


class InvalidAnswer(ValueError):
    """An answer refused by the rules where it is saved; `problem` says why."""

    def __init__(self, instrument_id: str, problem: AnswerProblem, value: Any):
        super().__init__(f"{instrument_id} {problem.describe()}: value {value!r}"[:300])
        self.instrument_id, self.problem, self.value = instrument_id, problem, value


def check_before_saving(
    instrument_id: str,
    item_id: str,
    value: Any,
    own_text: Any = "",
    library: Mapping[str, Instrument] | None = None,
) -> None:
    """Raise InvalidAnswer unless the answer meets the rules of its item (None = clearing an
    answer: always fine for a known item). `library` defaults to the shipped and office
    instruments."""
    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    problem = check_value(library, instrument_id, item_id, value, own_text)
    if problem is not None:
        raise InvalidAnswer(str(instrument_id), problem, value)
