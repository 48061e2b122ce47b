"""A campaign with planted small groups, for the attack tests (issue 14).

Department A (6): one manager, one woman, one person with over 20 years' service, three others.
Department B (3). Department C (25, some skipped items). Department D (26): 24 male staff and
2 female managers, so that "D, men, staff" equals both of its parents "D, men" and "D, staff" but
is two people short of its grandparent "D". Four respondents gave no department. A previous
campaign of the same organisation with a similar structure, for the comparison.
"""

from __future__ import annotations

import random
import uuid
from datetime import date

from app.data.answer_store import seal
from app.models.base import CampaignStatus, SessionKind, SessionState
from app.models.campaign import (
    Campaign,
    CampaignDepartment,
    CampaignInstrument,
    SessionInstrument,
    SurveySession,
)
from app.models.organisation import Department, Organisation
from app.scoring.instruments import default_library
from app.scoring.synthetic import AnswerModel, random_respondent

INSTRUMENTS = ("significance", "satisfaction", "job_satisfaction", "gerchikov")
THRESHOLD = 5

# (department key, gender, is_manager, tenure band, how many)
PEOPLE = [
    ("A", "male", True, "5_10", 1),  # the lone manager
    ("A", "female", False, "3_5", 1),  # the lone woman
    ("A", "male", False, "gt20", 1),  # over 20 years' service
    ("A", "male", False, "3_5", 3),
    ("B", "male", False, "1_3", 3),  # a department of 3
    ("C", "female", False, "3_5", 8),
    ("C", "male", False, "5_10", 8),
    ("C", "female", True, "5_10", 3),
    ("C", "male", False, "1_3", 6),
    ("D", "male", False, "5_10", 14),
    ("D", "male", False, "3_5", 10),
    ("D", "female", True, "3_5", 2),  # "D" minus "D, men, staff" = these two
    (None, "female", False, "3_5", 2),
    (None, "male", False, "1_3", 2),
]
# respondents who skipped an item (department key, item): per-item counts differ from views
SKIPS = [
    ("C", "significance", "q1"),
    ("C", "significance", "q1"),
    ("D", "significance", "q2"),
    ("A", "satisfaction", "q3"),
]


def build(session, seed: int = 14) -> dict:
    """Both campaigns, closed; returns ids: {"org", "departments": {key: id}, "campaign",
    "previous"}."""
    library = default_library()
    org = Organisation(name_ru="Тестовая организация", name_kk="Сынақ ұйымы")
    session.add(org)
    session.flush()
    depts = {}
    for key, head in (("A", 8), ("B", 4), ("C", 40), ("D", 40)):
        d = Department(
            organisation_id=org.id, name_ru=f"Отдел {key}", name_kk=f"{key} бөлімі", headcount=head
        )
        session.add(d)
        depts[key] = d
    session.flush()
    rng = random.Random(seed)
    previous = _campaign(
        session,
        org,
        depts,
        library,
        rng,
        "Опрос 2025",
        date(2025, 3, 1),
        PEOPLE[:4] + [("A", "male", False, "3_5", 1)] + PEOPLE[4:],
    )
    current = _campaign(
        session, org, depts, library, rng, "Опрос 2026", date(2026, 3, 1), PEOPLE, skips=SKIPS
    )
    session.commit()
    return {
        "org": org.id,
        "departments": {k: d.id for k, d in depts.items()},
        "campaign": current.id,
        "previous": previous.id,
    }


def _campaign(session, org, depts, library, rng, name, start, people, skips=()) -> Campaign:
    campaign = Campaign(
        organisation_id=org.id,
        name=name,
        period_start=start,
        period_end=date(start.year, 3, 21),
        status=CampaignStatus.CLOSED.value,
        anonymity_threshold=THRESHOLD,
        demographics=["department", "tenure_band", "is_manager", "gender"],
    )
    campaign.instruments = [
        CampaignInstrument(instrument_id=i, instrument_version=library[i].version, position=n)
        for n, i in enumerate(INSTRUMENTS)
    ]
    campaign.departments = [
        CampaignDepartment(department_id=d.id, headcount=d.headcount) for d in depts.values()
    ]
    session.add(campaign)
    session.flush()
    models = {i: AnswerModel(random.Random(rng.random())) for i in INSTRUMENTS}
    pending = list(skips)
    for key, gender, manager, band, count in people:
        for _ in range(count):
            add_session(
                session,
                campaign.id,
                library,
                models,
                depts[key].id if key else None,
                gender,
                manager,
                band,
                skip=_take(pending, key),
            )
    session.flush()
    return campaign


def _take(pending: list, key):
    for k, entry in enumerate(pending):
        if entry[0] == key:
            return pending.pop(k)[1:]
    return None


def add_session(
    session,
    campaign_id,
    library,
    models,
    department_id,
    gender,
    manager,
    band,
    skip=None,
    state=SessionState.FINISHED.value,
) -> SurveySession:
    row = SurveySession(
        id=uuid.uuid4(),
        campaign_id=campaign_id,
        kind=SessionKind.ANONYMOUS.value,
        held_on=None,
        state=state,
        language="ru",
        department_id=department_id,
        tenure_band=band,
        is_manager=manager,
        gender=gender,
    )
    session.add(row)
    packed: dict = {"a": {}, "t": []}
    for inst_id in INSTRUMENTS:
        inst = library[inst_id]
        row.instruments.append(
            SessionInstrument(instrument_id=inst_id, instrument_version=inst.version, finished=True)
        )
        answers = random_respondent(inst, models[inst_id], is_manager=manager)
        if skip is not None and skip[0] == inst_id:
            answers.pop(skip[1], None)
        packed["a"][inst_id] = answers
    session.flush()
    if state == SessionState.FINISHED.value:
        seal(session, row, packed, library)
    return row
