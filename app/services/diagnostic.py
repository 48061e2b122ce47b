"""Fill the diagnostic card (App. 11) from a campaign and the card registry, and the strategic
card's previous / actual states (App. 12) from the two latest diagnostic cards.

The proposed values are kept as data (app/data/card_text.py): references to factors,
instruments, scales, levels and departments with their numbers, worded in the language of each
print, so a Kazakh print of a card filled from a Russian screen is Kazakh. The figures come from
the one analysis service (app/services/analysis.py), under its anonymity rule. A value a person
types over a proposal is kept as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.data import card_text as ct
from app.data.answer_store import load_campaign_data
from app.data.card_forms import STRATEGIC_COMPONENTS, STRATEGIC_FROM_DIAGNOSTIC
from app.markers import QT_TRANSLATE_NOOP
from app.models.base import CardKind, SessionKind, SessionState
from app.models.campaign import Campaign, SurveySession
from app.models.cards import Card, StrategicRow
from app.models.organisation import Department, Employee
from app.scoring import office
from app.scoring.analysis import CampaignAnalysis
from app.scoring.definitions import Instrument
from app.scoring.level import Parameter
from app.scoring.own_variants import TextGroup, group_texts
from app.scoring.roles import (
    CLIMATE,
    JOB_SATISFACTION,
    LEAVING,
    SATISFACTION,
    role_id,
    role_instrument,
)
from app.services.analysis import AnalysisService
from app.services.diagnostic_drivers import drivers_field

Translate = Callable[[str, str], str]
CTX = "Cards"
STRATEGIC_AUTO = "strategic_auto"  # Card.fields key of the strategic card's filled states
OWN_GROUPS_SHOWN = 5  # grouped own-variant texts listed per item


def diagnostic_fields(
    session: Session,
    campaign_id: int,
    library: dict[str, Instrument],
    parameters: list[Parameter],
    lang: str = "ru",
    translate: Translate | None = None,
    today: date | None = None,
) -> dict[str, object]:
    """Proposed values of the diagnostic card's automatic fields (see DIAGNOSTIC_AUTO_FIELDS).

    Values are `card_text` data, not sentences; `lang` and `translate` are no longer needed
    (kept for old callers).
    """
    campaign = session.get(Campaign, campaign_id)
    result = AnalysisService(library, parameters).analyse(session, campaign_id)
    analysis = result.analysis
    rows = result.participation
    head = sum(r.headcount for r in rows)
    answered = sum(r.finished for r in rows)
    end = campaign.period_end
    fields: dict[str, object] = {
        "period": ct.auto([ct.day(campaign.period_start), " – ", ct.day(end)]),
        "respondents": ct.auto(
            *[
                [
                    ct.department(r.department_id),
                    ": ",
                    f"< {r.threshold}" if r.hidden else str(r.finished),
                ]
                for r in rows
            ]
        ),
        "respondent_share": ct.auto([ct.pct(answered, head), f" ({answered} / {head})"]),
    }
    previous = session.scalars(
        select(Card)
        .join(Campaign, Card.campaign_id == Campaign.id)
        .where(
            Card.kind == CardKind.DIAGNOSTIC.value,
            Card.organisation_id == campaign.organisation_id,
            Campaign.period_end < campaign.period_start,
        )
        .order_by(Campaign.period_end.desc())
    ).first()
    fields["previous_diagnostic"] = ct.auto([ct.msg(QT_TRANSLATE_NOOP("Cards", "none"))])
    if previous is not None:
        prev = session.get(Campaign, previous.campaign_id)
        fields["previous_diagnostic"] = ct.auto(
            [prev.name, ", ", ct.day(prev.period_start), " – ", ct.day(prev.period_end)]
        )
    staff = (
        session.scalar(
            select(func.count(Employee.id))
            .join(Department)
            .where(
                Department.organisation_id == campaign.organisation_id, Employee.is_active.is_(True)
            )
        )
        or 0
    )
    headcount = (
        session.scalar(
            select(func.sum(Department.headcount)).where(
                Department.organisation_id == campaign.organisation_id
            )
        )
        or staff
    )
    # Issue 17.3: only what existed at the end of the card's period counts.
    for kind, key in (
        (CardKind.PERSONAL, "personal_cards"),
        (CardKind.CAREER, "career_cards"),
        (CardKind.GROWTH, "growth_cards"),
    ):
        n = (
            session.scalar(
                select(func.count(func.distinct(Card.employee_id))).where(
                    Card.kind == kind.value,
                    Card.organisation_id == campaign.organisation_id,
                    Card.filled_on <= end,
                )
            )
            or 0
        )
        fields[key] = ct.auto([f"{n} (", ct.pct(n, headcount), ")"])
    profiles = (
        session.scalar(
            select(func.count(func.distinct(SurveySession.employee_id)))
            .join(Employee, Employee.id == SurveySession.employee_id)
            .join(Department, Department.id == Employee.department_id)
            .where(
                SurveySession.kind == SessionKind.NAMED.value,
                SurveySession.state == SessionState.FINISHED.value,
                Department.organisation_id == campaign.organisation_id,
                SurveySession.held_on <= end,
            )
        )
        or 0
    )
    fields["profiles"] = ct.auto([f"{profiles} (", ct.pct(profiles, headcount), ")"])
    shown_instruments = [i for i in analysis.instruments if i in library] if result.shown else []
    if not shown_instruments:
        data = load_campaign_data(session, campaign_id, library)
        shown_instruments = [i for i in data.frames if i in library]
    fields["methods"] = ct.auto(*[[ct.instrument(i)] for i in shown_instruments])
    own: dict[tuple[str, str], list[TextGroup]] = {}
    every: list[TextGroup] = []
    if result.shown:
        fields.update(_figures(analysis, library, parameters))
        data = load_campaign_data(session, campaign_id, library)
        # Anonymous free text is never listed alone (PRODUCT.md §8, issue 20.7): a wording is
        # shown only as a group of similar ones that at least `min_group` respondents wrote, in
        # an order that is not the order of entry; a lone "own variant" could be recognised.
        min_group = max(int(office.current(office.OWN_TEXT_MIN_GROUP)), result.threshold)
        own = own_text_groups(data.own_texts, min_group, seed=campaign_id)
        every = group_texts([t for _i, _q, t in data.own_texts], min_group, seed=campaign_id)[0]
    proposals = [
        c.fields.get("proposals", "")
        for c in session.scalars(
            select(Card).where(
                Card.kind == CardKind.PERSONAL.value,
                Card.organisation_id == campaign.organisation_id,
                Card.filled_on <= end,
            )
        )
    ]
    lines = [[g.label, f" ({g.count})"] for g in every]
    lines += [
        [t.strip()]
        for t in sorted({p.strip() for p in proposals if isinstance(p, str) and p.strip()})
    ]
    fields["initiatives"] = ct.auto(*[["• ", *line] for line in lines])
    if result.shown:
        fields["swot_threats"] = _threats(analysis, library, own)
    return fields


def own_text_groups(
    texts: list[tuple[str, str, str]], min_group: int, seed: int | None = None
) -> dict[tuple[str, str], list[TextGroup]]:
    """Own-variant answers per (instrument, item): the groups of similar wordings that at
    least `min_group` respondents wrote (app/scoring/own_variants.py), in a shuffled order;
    an item with none is left out."""
    by_item: dict[tuple[str, str], list[str]] = {}
    for inst_id, item_id, text in texts:
        by_item.setdefault((inst_id, item_id), []).append(text)
    out = {}
    for where, wordings in by_item.items():
        groups = group_texts(wordings, min_group, seed=seed)[0]
        if groups:
            out[where] = groups
    return out


def _figures(analysis: CampaignAnalysis, library, parameters) -> dict:
    out: dict[str, object] = {}
    results, climate = [], []
    for inst_id, figures in analysis.instruments.items():
        inst = library.get(inst_id)
        if inst is None or not figures.disclosure.allowed:
            continue
        name = ct.instrument(inst_id, short=True)
        if figures.types:
            shares = figures.types.get("shares") or {}
            if shares:
                lead = max(shares, key=shares.get)
                results.append(
                    [
                        name,
                        ": ",
                        ct.scale(inst_id, lead),
                        " (",
                        ct.num(shares[lead] * 100, 1),
                        " %)",
                    ]
                )
                structure = sorted(shares.items(), key=lambda kv: -kv[1])
                out["profile_structure"] = ct.auto(
                    [name, ": "]
                    + [
                        t
                        for k, (sid, v) in enumerate(structure)
                        for t in ([", "] if k else [])
                        + [ct.scale(inst_id, sid), " ", ct.num(v * 100, 1), " %"]
                    ]
                )
        elif figures.profile and inst.scoring.total is not None:
            total = figures.profile.get(inst.scoring.total.id)
            if total is not None:
                line = [name, ": ", ct.scale(inst_id, inst.scoring.total.id), " — ", ct.num(total)]
                results.append(line)
                if inst.role == CLIMATE:
                    climate.append(line)
        elif figures.profile:
            ranked = sorted(
                ((v, k) for k, v in figures.profile.items() if v is not None), reverse=True
            )
            if ranked:
                line = [name, ": "]
                for k, (v, sid) in enumerate(ranked[:3]):
                    line += ([", "] if k else []) + [
                        ct.scale(inst_id, sid, short=True),
                        " ",
                        ct.num(v),
                    ]
                results.append(line)
    out["main_results"] = ct.auto(*results)
    if climate:
        out["climate"] = ct.auto(*climate)
    level = analysis.level
    if level is not None:
        out["level"] = ct.auto([ct.num(level.shown, 3), " — ", ct.level(level.label)])
        by_imp = sorted(level.parameters, key=lambda p: -p.importance)
        out["significance"] = ct.auto(
            _joined([[ct.factor(p.parameter), " ", ct.num(p.importance)] for p in by_imp[:5]])
        )
        by_perc = sorted(level.parameters, key=lambda p: -p.perception)
        out["satisfaction"] = ct.auto(
            [ct.msg(QT_TRANSLATE_NOOP("Cards", "highest:")), " "]
            + _joined([[ct.factor(p.parameter), " ", ct.num(p.perception)] for p in by_perc[:3]]),
            [ct.msg(QT_TRANSLATE_NOOP("Cards", "lowest:")), " "]
            + _joined([[ct.factor(p.parameter), " ", ct.num(p.perception)] for p in by_perc[-3:]]),
        )
        out["swot_opportunities"] = ct.auto(
            *[["• ", ct.factor(p.parameter), " (", ct.num(p.importance), ")"] for p in by_imp[:5]]
        )
    balance = analysis.balance
    sat_id = role_id(library, SATISFACTION)
    key = [ct.item(sat_id, i) for i, _v in analysis.key_demotivators] if sat_id is not None else []
    if balance is not None:
        out["balance"] = ct.auto(
            [ct.msg(QT_TRANSLATE_NOOP("Cards", "Motivators:")), " "]
            + _joined([[ct.factor(p.parameter)] for p in balance.motivators]),
            [ct.msg(QT_TRANSLATE_NOOP("Cards", "Reserves (demotivators):")), " "]
            + _joined(
                [[ct.factor(p.parameter), " (", ct.num(p.gap), ")"] for p in balance.demotivators]
            ),
            [ct.msg(QT_TRANSLATE_NOOP("Cards", "Key demotivators:")), " "]
            + _joined([[k] for k in key], "; "),
        )
        out["swot_strengths"] = ct.auto(
            *[["• ", ct.factor(p.parameter)] for p in balance.motivators[:5]]
        )
        out["swot_weaknesses"] = ct.auto(
            *[["• ", ct.factor(p.parameter)] for p in balance.demotivators[:5]]
        )
    drivers = drivers_field(analysis.drivers, library)
    if drivers is not None:
        out["drivers"] = drivers
    return out


def _threats(analysis: CampaignAnalysis, library, own) -> dict:
    sat_id = role_id(library, SATISFACTION)
    lines = (
        [["• ", ct.item(sat_id, i)] for i, _v in analysis.key_demotivators]
        if sat_id is not None
        else []
    )
    dismissal = role_instrument(library, LEAVING)
    if dismissal:
        for item_id, value in analysis.dismissal_ranking[:3]:
            line = ["• ", ct.item(dismissal.id, item_id), " (", ct.num(value, 1), " %)"]
            if dismissal.item(item_id).own_variant:
                groups = own.get((dismissal.id, item_id), [])
                if groups:  # say what they were (issue 17.3), when the rule allows it
                    line.append(": ")
                    line += _joined(
                        [[g.label, f" ({g.count})"] for g in groups[:OWN_GROUPS_SHOWN]], "; "
                    )
            lines.append(line)
    return ct.auto(*lines)


def _joined(parts: list[list], sep: str = ", ") -> list:
    out: list = []
    for k, part in enumerate(parts):
        if k:
            out.append(sep)
        out += part
    return out


def fill_strategic_rows(
    session: Session,
    card_id: int,
    library: dict[str, Instrument] | None = None,
    parameters: list[Parameter] | None = None,
) -> int:
    """Previous / actual state of each component from the two latest diagnostic cards.

    When the two cards were filled from a campaign and the one before it, the actual state of
    the level, job satisfaction and climate rows says how the figure moved, from the analysis
    service's comparison: a change is called a change only when it is beyond noise.

    The states are stored as data in `card.fields["strategic_auto"]` (component -> column ->
    state) and the row's own text is cleared, so the print words them in its language; other
    columns are kept. Returns how many diagnostic cards were found (0, 1 or 2).
    """
    card = session.get(Card, card_id)
    diagnostics = session.scalars(
        select(Card)
        .where(Card.kind == CardKind.DIAGNOSTIC.value, Card.organisation_id == card.organisation_id)
        .order_by(Card.period_end.desc().nulls_last(), Card.filled_on.desc())
    ).all()[:2]
    actual = diagnostics[0] if diagnostics else None
    previous = diagnostics[1] if len(diagnostics) > 1 else None
    existing = {row.component: row for row in card.strategic_rows}
    filled = dict((card.fields or {}).get(STRATEGIC_AUTO, {}))
    moves = _moves(session, actual, previous, library, parameters)
    for position, (component, _label) in enumerate(STRATEGIC_COMPONENTS):
        row = existing.get(component)
        if row is None:
            row = StrategicRow(component=component, position=position)
            card.strategic_rows.append(row)
        states = {}
        if component == "turnover":
            states = {
                "previous": _turnover(session, card.organisation_id, previous),
                "actual": _turnover(session, card.organisation_id, actual),
            }
        elif component in STRATEGIC_FROM_DIAGNOSTIC:
            sources = STRATEGIC_FROM_DIAGNOSTIC[component]
            states = {
                "previous": _state(previous, sources),
                "actual": _state(actual, sources, moves.get(component)),
            }
        if states:
            filled[component] = states
            row.previous = row.actual = ""
    card.fields = {**(card.fields or {}), STRATEGIC_AUTO: filled}
    session.flush()
    return len(diagnostics)


def _state(card: Card | None, sources: tuple[str, ...], change: object = None) -> object:
    if card is None:
        return ""
    for field_id in sources:
        value = (card.fields or {}).get(field_id, "")
        if value:
            return ct.state(value, card.period_end or card.filled_on, change)
    return ""


# strategic component -> its compared figure: the level (None) or the total of the instrument
# playing a role, and its decimals
_MOVES = {
    "level": (None, 3),
    "satisfaction": (JOB_SATISFACTION, 1),  # the component (a stored key), not an instrument
    "commitment": (CLIMATE, 1),
}


def _moves(
    session: Session,
    actual: Card | None,
    previous: Card | None,
    library: dict[str, Instrument] | None,
    parameters: list[Parameter] | None,
) -> dict[str, object]:
    """The change words of the components that have a compared figure, when the two diagnostic
    cards were filled from a campaign and the one before it (whole campaign, the rule applied);
    {} otherwise."""
    if (
        actual is None
        or previous is None
        or actual.campaign_id is None
        or previous.campaign_id is None
    ):
        return {}
    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    result = AnalysisService(library, parameters).analyse(session, actual.campaign_id)
    changes = result.analysis.changes if result.shown else None
    if (
        changes is None
        or result.previous is None
        or result.previous.campaign_id != previous.campaign_id
    ):
        return {}
    out = {}
    for component, (role, decimals) in _MOVES.items():
        if role is None:
            d = changes.level
            name = ct.msg(QT_TRANSLATE_NOOP("Cards", "integral motivation level"))
        else:
            inst_id = role_id(library, role)
            if inst_id is None:
                continue
            d, name = changes.profile(inst_id, "total"), ct.scale(inst_id, "total")
        if d is not None:
            out[component] = change_words(d, name, decimals)
    return out


def change_words(d, name: object, decimals: int) -> dict:
    """A comparison as card data: "↓ −0,045" and «beyond noise» only when it is; otherwise the
    number with «no change beyond noise» (or «not assessed»)."""
    delta = round(d.delta, decimals)
    sign = "+" if delta > 0 else "−" if delta < 0 else ""
    prefix = f"{d.arrow} {sign}" if d.significant and delta else sign
    if d.significant:
        words = QT_TRANSLATE_NOOP(
            "Cards", "%1: change since the previous campaign %2%3, beyond noise"
        )
    elif d.significant is None:
        words = QT_TRANSLATE_NOOP(
            "Cards", "%1: change since the previous campaign %2%3, not assessed"
        )
    else:
        words = QT_TRANSLATE_NOOP(
            "Cards", "%1: since the previous campaign %2%3, no change beyond noise"
        )
    return ct.auto([ct.msg(words, name, prefix, ct.num(abs(delta), decimals))])


def _turnover(session: Session, organisation_id: int, card: Card | None) -> object:
    """Row 6.1 from the HR indicators of the card's year (net turnover), or a note."""
    if card is None:
        return ""
    from app.services.indicators import latest_indicators

    when = card.period_end or card.filled_on
    year = latest_indicators(session, organisation_id, up_to_year=when.year)
    value = year.values.get("net_turnover") if year is not None else None
    if value is None:
        return ct.auto(
            [
                ct.msg(
                    QT_TRANSLATE_NOOP(
                        "Cards", "no HR indicators entered for this year (Indicators page)"
                    )
                )
            ]
        )
    return ct.auto(
        [
            ct.msg(QT_TRANSLATE_NOOP("Cards", "Net turnover")),
            f" {year.year}: ",
            ct.num(value, 1),
            " %",
        ]
    )


def strategic_states(card_fields: dict, component: str) -> dict[str, object]:
    """The filled previous / actual states of a strategic-card component (data, or {})."""
    return dict(((card_fields or {}).get(STRATEGIC_AUTO) or {}).get(component) or {})
