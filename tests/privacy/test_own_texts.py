"""Own-variant texts (issue 20.7, PRODUCT.md §8): never one respondent's words alone.

The attack: one respondent types something only he would write in the "own variant" of the
reasons for leaving. The diagnostic card (the one output that prints these texts) must not show
it, however many other texts the campaign holds; a wording appears only as a group that at
least the office's minimum (default 10, never below the anonymity threshold) wrote.
"""

from __future__ import annotations

import random
import uuid
from datetime import date

from app.data.answer_store import seal
from app.data.office_settings import save
from app.models.base import CampaignStatus, SessionKind, SessionState
from app.models.campaign import (
    Campaign,
    CampaignDepartment,
    CampaignInstrument,
    SessionInstrument,
    SurveySession,
)
from app.models.organisation import Department, Organisation
from app.scoring import office
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.scoring.synthetic import AnswerModel, random_respondent
from app.services.diagnostic import diagnostic_fields, own_text_groups

SECRET = "Начальник Петров опять кричал на меня при всех"
COMMON = ["Гибкий график работы", "гибкий график работы", "Гибкий  график работы!"]


def _campaign(session, texts: list[str], people: int = 30) -> int:
    library = default_library()
    org = Organisation(name_ru="Орган", name_kk="Орган")
    session.add(org)
    session.flush()
    dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=40)
    session.add(dept)
    session.flush()
    instruments = ("satisfaction", "dismissal")
    campaign = Campaign(
        organisation_id=org.id,
        name="Опрос",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 21),
        status=CampaignStatus.CLOSED.value,
        anonymity_threshold=5,
        demographics=["department"],
    )
    campaign.instruments = [
        CampaignInstrument(instrument_id=i, instrument_version=library[i].version, position=n)
        for n, i in enumerate(instruments)
    ]
    campaign.departments = [CampaignDepartment(department_id=dept.id, headcount=40)]
    session.add(campaign)
    session.flush()
    rng = random.Random(7)
    models = {i: AnswerModel(random.Random(rng.random())) for i in instruments}
    own_item = next(it.id for it in library["dismissal"].items if it.own_variant)
    for k in range(people):
        row = SurveySession(
            id=uuid.uuid4(),
            campaign_id=campaign.id,
            kind=SessionKind.ANONYMOUS.value,
            held_on=None,
            state=SessionState.FINISHED.value,
            language="ru",
            department_id=dept.id,
        )
        session.add(row)
        packed: dict = {"a": {}, "t": []}
        for inst_id in instruments:
            row.instruments.append(
                SessionInstrument(
                    instrument_id=inst_id,
                    instrument_version=library[inst_id].version,
                    finished=True,
                )
            )
            packed["a"][inst_id] = random_respondent(library[inst_id], models[inst_id])
        if k < len(texts):
            packed["a"]["dismissal"][own_item] = 5
            packed["t"].append(["dismissal", own_item, texts[k]])
        session.flush()
        seal(session, row, packed, library)
    session.commit()
    return campaign.id


def _printed(fields: dict) -> str:
    """Everything the card's fields would print, as one text."""

    def flat(value) -> str:
        if isinstance(value, dict):
            return " ".join(flat(v) for v in value.values())
        if isinstance(value, list | tuple):
            return " ".join(flat(v) for v in value)
        return str(value)

    return flat(fields)


def test_a_lone_own_text_is_never_printed_and_a_large_group_is(db):
    # 11 people wrote the same wish in three spellings, one wrote the secret: 12 texts
    texts = [COMMON[k % 3] for k in range(11)] + [SECRET]
    with db.session() as s:
        campaign_id = _campaign(s, texts)
        fields = diagnostic_fields(s, campaign_id, default_library(), load_parameters())
    printed = _printed(fields)
    assert "Петров" not in printed and "кричал" not in printed
    assert "(11)" in printed and "ибкий график работы" in printed  # the group, with its count


def test_the_office_minimum_group_hides_a_group_below_it(db):
    texts = [COMMON[k % 3] for k in range(11)]
    with db.session() as s:
        campaign_id = _campaign(s, texts)
        save(s, office.OWN_TEXT_MIN_GROUP, 12)
        s.commit()
        try:
            fields = diagnostic_fields(s, campaign_id, default_library(), load_parameters())
        finally:
            save(s, office.OWN_TEXT_MIN_GROUP, 10)
            s.commit()
    assert "ибкий график" not in _printed(fields)


def test_groups_come_in_an_order_that_is_not_the_order_of_entry():
    wishes = [
        "Гибкий график",
        "Дистанционная работа",
        "Наставничество",
        "Жилье",
        "Обучение языкам",
        "Спортзал",
        "Парковка",
        "Столовая",
        "Премии",
        "Отпуск летом",
    ]
    texts = [("d", "q11", wish) for wish in wishes for _ in range(3)]
    orders = {
        tuple(g.label for g in own_text_groups(texts, 3, seed=s)[("d", "q11")]) for s in range(20)
    }
    assert len(orders) > 1  # shuffled (per campaign: the seed is its id)
    assert all(len(o) == 10 for o in orders)
    assert own_text_groups([("d", "q11", SECRET)], 3) == {}
