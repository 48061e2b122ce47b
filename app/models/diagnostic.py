"""Fill the diagnostic card (App. 11) from a campaign and the card registry, and the strategic
card's previous / actual states (App. 12) from the two latest diagnostic cards.

The proposed texts are ordinary editable field values; the numbers in them are the analysis
figures of the campaign (the same `analyse` the workspace uses), subject to the anonymity rules.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.markers import QT_TRANSLATE_NOOP
from app.models.analysis_data import load_campaign_data
from app.models.base import CardKind, SessionKind, SessionState
from app.models.campaign import Campaign, SurveySession
from app.models.card_forms import STRATEGIC_COMPONENTS, STRATEGIC_FROM_DIAGNOSTIC
from app.models.cards import Card, StrategicRow
from app.models.organisation import Department, Employee
from app.models.queries import participation
from app.scoring.analysis import CampaignAnalysis, analyse
from app.scoring.level import LEVEL_LABELS, Parameter
from app.scoring.model import Instrument

Translate = Callable[[str, str], str]
CTX = "Cards"


def _num(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _pct(part: int, whole: int) -> str:
    return f"{_num(part * 100 / whole, 1)} %" if whole else "–"


def diagnostic_fields(session: Session, campaign_id: int, library: dict[str, Instrument],
                      parameters: list[Parameter], lang: str, translate: Translate,
                      today: date | None = None) -> dict[str, str]:
    """Proposed values of the diagnostic card's automatic fields (see DIAGNOSTIC_AUTO_FIELDS)."""
    def tr(text: str) -> str:
        return translate(CTX, text) or text

    campaign = session.get(Campaign, campaign_id)
    data = load_campaign_data(session, campaign_id, library)
    analysis = analyse(data, library, parameters)
    rows = participation(session, campaign_id)
    head = sum(r.headcount for r in rows)
    answered = sum(r.finished for r in rows)
    kk = lang == "kk"
    no_dept = tr(QT_TRANSLATE_NOOP("Cards", "department not given"))
    fields = {
        "period": f"{campaign.period_start:%d.%m.%Y} – {campaign.period_end:%d.%m.%Y}",
        "respondents": "\n".join(
            f"{(r.department_kk if kk and r.department_kk else r.department_ru) or no_dept}: "
            + (f"< {r.threshold}" if r.hidden else str(r.finished)) for r in rows),
        "respondent_share": f"{_pct(answered, head)} ({answered} / {head})",
    }
    previous = session.scalars(
        select(Card).join(Campaign, Card.campaign_id == Campaign.id)
        .where(Card.kind == CardKind.DIAGNOSTIC.value, Campaign.period_end < campaign.period_start)
        .order_by(Campaign.period_end.desc())).first()
    fields["previous_diagnostic"] = tr(QT_TRANSLATE_NOOP("Cards", "none"))
    if previous is not None:
        prev_campaign = session.get(Campaign, previous.campaign_id)
        fields["previous_diagnostic"] = (f"{prev_campaign.name}, "
                                         f"{prev_campaign.period_start:%d.%m.%Y} – "
                                         f"{prev_campaign.period_end:%d.%m.%Y}")
    staff = session.scalar(select(func.count(Employee.id)).join(Department)
                           .where(Department.organisation_id == campaign.organisation_id,
                                  Employee.is_active.is_(True))) or 0
    headcount = session.scalar(select(func.sum(Department.headcount)).where(
        Department.organisation_id == campaign.organisation_id)) or staff
    for kind, key in ((CardKind.PERSONAL, "personal_cards"), (CardKind.CAREER, "career_cards"),
                      (CardKind.GROWTH, "growth_cards")):
        n = session.scalar(select(func.count(func.distinct(Card.employee_id))).where(
            Card.kind == kind.value, Card.organisation_id == campaign.organisation_id)) or 0
        fields[key] = f"{n} ({_pct(n, headcount)})"
    profiles = session.scalar(select(func.count(func.distinct(SurveySession.employee_id))).where(
        SurveySession.kind == SessionKind.NAMED.value,
        SurveySession.state == SessionState.FINISHED.value)) or 0
    fields["profiles"] = f"{profiles} ({_pct(profiles, headcount)})"
    fields["methods"] = "\n".join(library[i].title.get(lang) for i in data.frames if i in library)
    fields.update(_figures(analysis, library, parameters, lang, tr, translate))
    # Anonymous free text is listed only when the campaign's group is large enough to be shown
    # at all (PRODUCT.md §8): a lone "own variant" of a tiny campaign could be recognised.
    own = ([text for _inst, _item, text in data.own_texts]
           if analysis.disclosure.allowed else [])
    proposals = [c.fields.get("proposals", "").strip() for c in session.scalars(
        select(Card).where(Card.kind == CardKind.PERSONAL.value,
                           Card.organisation_id == campaign.organisation_id))]
    initiatives = sorted({t for t in own + proposals if t})
    fields["initiatives"] = "\n".join(f"• {t}" for t in initiatives)
    return fields


def _figures(analysis: CampaignAnalysis, library, parameters, lang, tr, translate) -> dict:
    out: dict[str, str] = {}
    if not analysis.disclosure.allowed:
        return out
    names = {p.id: (p.name_kk if lang == "kk" else p.name_ru) for p in parameters}
    results = []
    for inst_id, figures in analysis.instruments.items():
        inst = library[inst_id]
        if not figures.disclosure.allowed:
            continue
        if figures.types:
            shares = figures.types["shares"]
            lead = max(shares, key=shares.get)
            results.append(f"{inst.short_title.get(lang)}: {inst.scale(lead).name.get(lang)} "
                           f"({_num(shares[lead] * 100, 1)} %)")
        elif figures.profile and inst.scoring.total is not None:
            total = figures.profile.get(inst.scoring.total.id)
            if total is not None:
                results.append(f"{inst.short_title.get(lang)}: {inst.scoring.total.name.get(lang)}"
                               f" — {_num(total)}")
        elif figures.profile:
            ranked = sorted(((v, k) for k, v in figures.profile.items() if v is not None),
                            reverse=True)
            if ranked:
                results.append(f"{inst.short_title.get(lang)}: "
                               + ", ".join(f"{inst.scale(k).short_name.get(lang)} {_num(v)}"
                                           for v, k in ranked[:3]))
    out["main_results"] = "\n".join(results)
    level = analysis.level
    if level is not None:
        label = next(t for i, _lo, t in LEVEL_LABELS if i == level.label)
        out["level"] = f"{_num(level.shown, 3)} — {translate('Levels', label) or label}"
        by_imp = sorted(level.parameters, key=lambda p: -p.importance)
        out["significance"] = ", ".join(f"{names.get(p.parameter, p.parameter)} "
                                        f"{_num(p.importance)}" for p in by_imp[:5])
        by_perc = sorted(level.parameters, key=lambda p: -p.perception)
        out["satisfaction"] = (
            tr(QT_TRANSLATE_NOOP("Cards", "highest:")) + " "
            + ", ".join(f"{names.get(p.parameter, p.parameter)} {_num(p.perception)}"
                        for p in by_perc[:3]) + "; "
            + tr(QT_TRANSLATE_NOOP("Cards", "lowest:")) + " "
            + ", ".join(f"{names.get(p.parameter, p.parameter)} {_num(p.perception)}"
                        for p in by_perc[-3:]))
    balance = analysis.balance
    sat_inst = library.get("satisfaction")
    key = [sat_inst.item(i).text.get(lang) for i, _v in analysis.key_demotivators] \
        if sat_inst else []
    if balance is not None:
        motivators = ", ".join(names.get(p.parameter, p.parameter) for p in balance.motivators)
        reserves = ", ".join(f"{names.get(p.parameter, p.parameter)} ({_num(p.gap)})"
                             for p in balance.demotivators)
        out["balance"] = (tr(QT_TRANSLATE_NOOP("Cards", "Motivators:")) + f" {motivators}\n"
                          + tr(QT_TRANSLATE_NOOP("Cards", "Reserves (demotivators):"))
                          + f" {reserves}\n"
                          + tr(QT_TRANSLATE_NOOP("Cards", "Key demotivators:")) + " "
                          + "; ".join(key))
        out["swot_strengths"] = "\n".join(f"• {names.get(p.parameter, p.parameter)}"
                                          for p in balance.motivators[:5])
        out["swot_weaknesses"] = "\n".join(f"• {names.get(p.parameter, p.parameter)}"
                                           for p in balance.demotivators[:5])
    if level is not None:
        out["swot_opportunities"] = "\n".join(
            f"• {names.get(p.parameter, p.parameter)} ({_num(p.importance)})"
            for p in sorted(level.parameters, key=lambda p: -p.importance)[:5])
    dismissal = library.get("dismissal")
    threats = [f"• {t}" for t in key]
    if dismissal:
        threats += [f"• {dismissal.item(i).text.get(lang)} ({_num(v, 1)} %)"
                    for i, v in analysis.dismissal_ranking[:3]]
    out["swot_threats"] = "\n".join(threats)
    return out


def fill_strategic_rows(session: Session, card_id: int) -> int:
    """Previous / actual state of each component from the two latest diagnostic cards.

    Returns how many diagnostic cards were found (0, 1 or 2); other columns are kept.
    """
    card = session.get(Card, card_id)
    diagnostics = session.scalars(
        select(Card).where(Card.kind == CardKind.DIAGNOSTIC.value,
                           Card.organisation_id == card.organisation_id)
        .order_by(Card.period_end.desc().nulls_last(), Card.filled_on.desc())).all()[:2]
    actual = diagnostics[0] if diagnostics else None
    previous = diagnostics[1] if len(diagnostics) > 1 else None
    existing = {row.component: row for row in card.strategic_rows}
    for position, (component, _label) in enumerate(STRATEGIC_COMPONENTS):
        row = existing.get(component)
        if row is None:
            row = StrategicRow(component=component, position=position)
            card.strategic_rows.append(row)
        source = STRATEGIC_FROM_DIAGNOSTIC.get(component)
        if source:
            row.previous = _state(previous, source)
            row.actual = _state(actual, source)
    session.flush()
    return len(diagnostics)


def _state(card: Card | None, field_id: str) -> str:
    if card is None:
        return ""
    value = (card.fields or {}).get(field_id, "")
    when = card.period_end or card.filled_on
    return f"{value}\n({when:%d.%m.%Y})" if value else ""
