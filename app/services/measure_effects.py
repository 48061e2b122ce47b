"""Did the measures work (issue 20.6): the factor a card's measure names, before and after.

A measure of a strategic, diagnostic or personal card may name the questionnaire factor it
addresses ("satisfaction:q1"; the instruments that allow it say `measure_targets`). The report
of the next campaign then shows, per measure, that factor's mean in the previous campaign and
now, the change, and whether the change is beyond noise — from the one analysis result, so a
factor hidden by the disclosure rule stays hidden here too.

Which measures belong to a campaign's report: those of the cards made on the previous campaign
(its diagnostic card; a card naming no campaign counts when filled from the previous campaign's
start up to this one's). A personal card's measure is about one person, so the report counts them
per factor and never prints their texts.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import CardKind
from app.models.cards import Card
from app.reports.measures_section import PERSONAL, FactorChange, MeasureEffect
from app.scoring.definitions import Instrument
from app.services.analysis import AnalysisResult

Translate = Callable[[str, str], str]


def factor_key(instrument_id: str, item_id: str) -> str:
    return f"{instrument_id}:{item_id}"


def factor_choices(library: dict[str, Instrument], lang: str) -> list[tuple[str, str]]:
    """(key, "factor (questionnaire)") of every factor a measure may name, in file order; the
    factor's name first, so a narrow list still shows it."""
    choices = []
    for inst in library.values():
        if not (inst.active and inst.measure_targets):
            continue
        title = inst.short_title.get(lang)
        for item in inst.items:
            # a rated factor; not «own variants» (each respondent means something else)
            if item.text is not None and item.format.type == "rating" and not item.own_variant:
                choices.append((factor_key(inst.id, item.id), f"{item.text.get(lang)} ({title})"))
    return choices


def _mean(figures, item_id: str) -> tuple[float | None, bool]:
    """(mean, hidden) of one factor row of an instrument's figures."""
    if figures is None or figures.factors is None or item_id not in figures.factors.index:
        return None, True
    row = figures.factors.loc[item_id]
    hidden = "hidden" in row.index and isinstance(row["hidden"], str) and bool(row["hidden"])
    mean = row.get("mean")
    return (None if hidden or mean is None or mean != mean else float(mean)), hidden


def factor_change(result: AnalysisResult, key: str, library: dict[str, Instrument]) -> FactorChange:
    inst_id, _sep, item_id = key.partition(":")
    inst = library.get(inst_id)
    if inst is None or not inst.measure_targets or item_id not in inst.item_index:
        return FactorChange(None, None, None, "unknown")
    item = inst.item(item_id)
    if item.format.type != "rating" or item.own_variant:
        return FactorChange(None, None, None, "unknown")
    analysis = result.analysis
    if analysis is None or not result.shown:
        return FactorChange(None, None, None, "hidden")
    after, hidden_now = _mean(analysis.instruments.get(inst_id), item_id)
    previous = analysis.previous
    if previous is None:
        return FactorChange(None, after, None, "no_previous")
    before, hidden_then = _mean(previous.instruments.get(inst_id), item_id)
    if hidden_now or hidden_then:
        return FactorChange(before, after, None, "hidden")
    return FactorChange(before, after, _beyond_noise(analysis, inst_id, item_id))


def _beyond_noise(analysis, inst_id: str, item_id: str) -> bool | None:
    """Whether the factor's mean changed beyond noise, as the analysis marks every comparison
    (app/scoring/change.py: Welch's 95 % interval of the difference of the two means)."""
    changes = analysis.changes
    difference = changes.factor(inst_id, item_id) if changes is not None else None
    return None if difference is None else difference.significant


def measure_effects(
    session: Session, result: AnalysisResult, library: dict[str, Instrument], lang: str
) -> list[MeasureEffect]:
    """The measures that named a factor, for the report of `result`'s campaign."""
    if result.previous is None:
        return []
    names = dict(factor_choices(library, lang))
    scope = result.scope
    cards = session.scalars(
        select(Card)
        .where(Card.organisation_id == result.organisation_id)
        .order_by(Card.filled_on, Card.id)
    ).all()
    effects: list[MeasureEffect] = []
    personal: dict[str, int] = {}
    previous = result.previous

    def between(card: Card) -> bool:
        """Made on the previous campaign: its campaign, or (none named) filled from the previous
        campaign's start up to this one's."""
        if card.campaign_id is not None:
            return card.campaign_id == previous.campaign_id
        return previous.period_start <= card.filled_on < result.period_start

    for card in cards:
        if not between(card):
            continue
        if card.kind in (CardKind.STRATEGIC.value, CardKind.DIAGNOSTIC.value):
            if (
                card.department_id is not None
                and scope is not None
                and card.department_id not in scope
            ):
                continue
            measures = [(p.measure, p.factor) for p in card.plan_items] + [
                (r.measures, r.factor) for r in card.strategic_rows
            ]
            for text, key in measures:
                if key:
                    effects.append(
                        MeasureEffect(
                            card.kind,
                            text.strip(),
                            key,
                            names.get(key, key),
                            1,
                            factor_change(result, key, library),
                        )
                    )
        elif card.kind == CardKind.PERSONAL.value:
            department = card.department_id
            if (scope is not None and department not in scope) or (
                result.filter.department_id is not None
                and department != result.filter.department_id
            ):
                continue
            for item in card.plan_items:
                if item.factor:
                    personal[item.factor] = personal.get(item.factor, 0) + 1
    for key, count in personal.items():
        effects.append(
            MeasureEffect(
                PERSONAL, "", key, names.get(key, key), count, factor_change(result, key, library)
            )
        )
    return effects
