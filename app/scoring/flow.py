"""The order of screens in a kiosk session and the rules an answer must meet (Qt-free).

Screens: demographic questions (if the campaign asks any), then per instrument an introduction
and its items — one question per screen, or a compact block of up to BLOCK_SIZE consecutive
rating rows of the same format and heading — then a review of unanswered items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.scoring.answer_rules import AnswerProblem, check_answer
from app.scoring.definitions import Instrument, Item

BLOCK_SIZE = 5


@dataclass(frozen=True)
class Step:
    kind: str  # "demographics" | "intro" | "items" | "review"
    instrument_id: str = ""
    item_ids: tuple[str, ...] = ()


def answer_problem(item: Item, value: Any) -> AnswerProblem | None:
    """Why `value` is not an acceptable answer to `item` (None if fine or unanswered): the
    rules of app/scoring/answer_rules.py, the same as paper import, bundles and the save."""
    return check_answer(item, value)


def _blockable(item: Item) -> bool:
    return item.format.type in ("rating", "bipolar") and not item.own_variant


def item_blocks(items: list[Item]) -> list[tuple[Item, ...]]:
    blocks: list[list[Item]] = []
    for item in items:
        last = blocks[-1] if blocks else None
        if (
            last
            and _blockable(item)
            and _blockable(last[-1])
            and len(last) < BLOCK_SIZE
            and item.format == last[-1].format
            and item.group == last[-1].group
        ):
            last.append(item)
        else:
            blocks.append([item])
    return [tuple(b) for b in blocks]


@dataclass
class KioskFlow:
    """Position and answers of one respondent; the UI persists each change it reports."""

    instruments: list[Instrument]
    excluded: dict[str, set[str]] = field(default_factory=dict)
    demographics: tuple[str, ...] = ()
    is_manager: bool | None = None
    answers: dict[tuple[str, str], Any] = field(default_factory=dict)
    own_texts: dict[tuple[str, str], str] = field(default_factory=dict)
    position: int = 0

    def __post_init__(self) -> None:
        self._by_id = {i.id: i for i in self.instruments}

    def instrument(self, instrument_id: str) -> Instrument:
        return self._by_id[instrument_id]

    def visible_items(self, inst: Instrument) -> list[Item]:
        skip = self.excluded.get(inst.id, set())
        return [i for i in inst.items if i.id not in skip and i.applies_to(self.is_manager)]

    @property
    def steps(self) -> list[Step]:
        """The screens in order (do not modify the list). The manager answer changes which
        Gerchikov question is shown, so the list is rebuilt whenever what it depends on
        changes; otherwise the last one is reused (it is asked several times per click, and
        building it costs a quarter of a millisecond for a six-instrument campaign)."""
        key = (
            self.is_manager,
            self.demographics,
            tuple(i.id for i in self.instruments),
            tuple((k, tuple(sorted(v))) for k, v in sorted(self.excluded.items())),
        )
        cached = getattr(self, "_steps", None)
        if cached is None or cached[0] != key:
            cached = (key, self._build_steps())
            self._steps = cached
        return cached[1]

    def _build_steps(self) -> list[Step]:
        steps = [Step("demographics")] if self.demographics else []
        for inst in self.instruments:
            steps.append(Step("intro", inst.id))
            steps += [
                Step("items", inst.id, tuple(i.id for i in block))
                for block in item_blocks(self.visible_items(inst))
            ]
        steps.append(Step("review"))
        return steps

    @property
    def current(self) -> Step:
        return self.steps[self.position]

    def progress(self) -> tuple[int, int]:
        return self.position + 1, len(self.steps)

    def set_answer(self, instrument_id: str, item_id: str, value: Any, own_text: str = "") -> None:
        key = (instrument_id, item_id)
        if value is None or value == []:
            self.answers.pop(key, None)
        else:
            self.answers[key] = value
        if own_text:
            self.own_texts[key] = own_text
        else:
            self.own_texts.pop(key, None)

    def problems(self, step: Step | None = None) -> list[AnswerProblem]:
        step = step or self.current
        if step.kind != "items":
            return []
        inst = self.instrument(step.instrument_id)
        found = [
            answer_problem(inst.item(i), self.answers.get((inst.id, i))) for i in step.item_ids
        ]
        return [p for p in found if p is not None]

    def next(self) -> bool:
        """Advance unless the current screen has an answer that breaks a rule."""
        if self.problems():
            return False
        self.position = min(self.position + 1, len(self.steps) - 1)
        return True

    def back(self) -> None:
        self.position = max(self.position - 1, 0)

    def go_to_item(self, instrument_id: str, item_id: str) -> None:
        for index, step in enumerate(self.steps):
            if step.instrument_id == instrument_id and item_id in step.item_ids:
                self.position = index
                return

    def unanswered(self) -> list[tuple[str, str]]:
        """Visible items without an answer (own-variant rows are optional by nature)."""
        return [
            (inst.id, item.id)
            for inst in self.instruments
            for item in self.visible_items(inst)
            if (inst.id, item.id) not in self.answers and not item.own_variant
        ]

    def hidden_answers(self) -> list[tuple[str, str]]:
        """Answers to items that branching now hides (e.g. manager flag changed): to delete."""
        visible = {(inst.id, it.id) for inst in self.instruments for it in self.visible_items(inst)}
        return [key for key in self.answers if key not in visible]
