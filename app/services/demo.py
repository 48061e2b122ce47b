"""`motivdesk demo`: a fictional ministry with two finished campaigns, employees and cards.

Everything is generated from a fixed seed, so the demo database is the same on every machine
(tests rely on that). No real person or organisation is described.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.data.auth import hash_secret
from app.data.catalogues import seed_catalogues
from app.models.base import (
    GENDERS,
    TENURE_BANDS,
    CampaignStatus,
    CardKind,
    CardStatus,
    CardTerm,
    ChoiceKind,
    PlanStatus,
    Role,
    SessionKind,
    SessionState,
)
from app.models.campaign import (
    Answer,
    Campaign,
    CampaignDepartment,
    CampaignInstrument,
    SessionInstrument,
    SurveySession,
)
from app.models.cards import Card, CardChoice, CardReview, MotivationTool, Motivator, PlanItem
from app.models.organisation import Department, Employee, Organisation, StaffMovements
from app.models.users import User, UserDepartment
from app.scoring.instruments import default_library
from app.scoring.synthetic import AnswerModel, random_respondent

DEMO_SEED = 2026
_MOVEMENT_COLUMNS = (
    "average_headcount",
    "left_civil_service",
    "left_body",
    "first_year_leavers",
    "appointed",
    "dismissed",
    "over_3_years",
    "exit_interviews",
)
DEMO_ADMIN = ("admin", "demo")  # username, password — printed by `motivdesk demo`
DEMO_HEAD = ("head", "demo")

DEPARTMENTS = [  # name ru, name kk, headcount, respondents in the current campaign
    ("Управление стратегического планирования", "Стратегиялық жоспарлау басқармасы", 48, 30),
    ("Управление государственных услуг", "Мемлекеттік қызметтер басқармасы", 62, 38),
    ("Управление финансов и бюджета", "Қаржы және бюджет басқармасы", 40, 22),
    ("Юридическое управление", "Заң басқармасы", 30, 16),
    ("Управление по работе с персоналом", "Персоналмен жұмыс басқармасы", 18, 8),
    ("Отдел информационных технологий", "Ақпараттық технологиялар бөлімі", 12, 4),
]
NO_DEPARTMENT = 2  # respondents of the current campaign who did not name their department

CAMPAIGN_INSTRUMENTS = (
    "significance",
    "satisfaction",
    "dismissal",
    "climate",
    "job_satisfaction",
    "gerchikov",
)
TEST_INSTRUMENTS = ("gerchikov", "herzberg", "ritchie_martin", "schein", "hall_ei")

EMPLOYEES = [  # full name, position, department index, manager, gender
    ("Ахметова Айгерим Сериковна", "Главный эксперт", 0, False, "female"),
    ("Бекова Динара Маратовна", "Руководитель управления", 0, True, "female"),
    ("Жумабаев Ерлан Калиевич", "Эксперт", 1, False, "male"),
    ("Ким Ольга Викторовна", "Главный эксперт", 1, False, "female"),
    ("Нурланов Асхат Бекович", "Руководитель управления", 1, True, "male"),
    ("Омарова Салтанат Ерлановна", "Главный эксперт", 2, False, "female"),
    ("Петров Игорь Сергеевич", "Эксперт", 2, False, "male"),
    ("Сагинтаева Жанар Абаевна", "Главный эксперт", 3, False, "female"),
    ("Тулегенов Марат Асанович", "Руководитель управления", 4, True, "male"),
    ("Уалиева Гульмира Нуржановна", "Эксперт", 4, False, "female"),
    ("Федорова Анна Павловна", "Главный эксперт", 5, False, "female"),
    ("Шарипов Данияр Муратович", "Эксперт", 1, False, "male"),
]

# Yearly staff movements for the personnel indicators (seed 002): years before the current
# one -> average headcount, left the civil service, left the body, left in the first year,
# appointed, dismissed, over 3 years' service, exit interviews. The last year's net turnover
# (10 %) is above the critical 9 % on purpose, so the page shows its warning.
STAFF_MOVEMENTS = {
    3: (205.0, 16, 31, 3, 30, 33, 121, 12),
    2: (208.5, 14, 29, 2, 33, 30, 126, 13),
    1: (210.0, 21, 36, 4, 35, 36, 124, 21),
}

# Kazakh titles of the demo's positions, as a staff register keeps them (the Kazakh cards and
# screens print these, not the Russian).
POSITIONS_KK = {
    "Главный эксперт": "Бас сарапшы",
    "Руководитель управления": "Басқарма басшысы",
    "Эксперт": "Сарапшы",
}

OWN_VARIANTS = [
    "Гибкий график работы",
    "Возможность дистанционной работы",
    "Наставничество",
    "Служебное жильё",
]


def _add_campaign(
    session: Session,
    org: Organisation,
    depts: list[Department],
    rng: random.Random,
    name: str,
    start: date,
    scale: float,
    today: date,
) -> Campaign:
    library = default_library()
    instruments = [library[i] for i in CAMPAIGN_INSTRUMENTS if i in library and library[i].active]
    campaign = Campaign(
        organisation_id=org.id,
        name=name,
        period_start=start,
        period_end=start + timedelta(days=20),
        status=CampaignStatus.CLOSED.value,
        anonymity_threshold=5,
        kiosk_pin_hash=hash_secret("1234"),
        demographics=["department", "tenure_band", "is_manager", "gender"],
    )
    campaign.instruments = [
        CampaignInstrument(instrument_id=i.id, instrument_version=i.version, position=n)
        for n, i in enumerate(instruments)
    ]
    campaign.departments = [
        CampaignDepartment(department_id=d.id, headcount=d.headcount) for d in depts
    ]
    session.add(campaign)
    session.flush()
    models = {i.id: AnswerModel(random.Random(rng.random())) for i in instruments}
    plan = [
        (d.id, max(1, round(n * scale)) if n >= 5 else n)
        for d, (_, _, _, n) in zip(depts, DEPARTMENTS, strict=True)
    ]
    plan.append((None, NO_DEPARTMENT))
    # Each finished session is sealed with the document of what was generated (the record of an
    # ended session, app/data/answer_store.py): no row per answer is written first.
    finished: list[tuple[SurveySession, dict]] = []
    for dept_id, count in plan:
        for _ in range(count):
            is_manager = rng.random() < 0.15
            # An anonymous session keeps no date (PRODUCT.md §8). The day is still drawn so that
            # the random sequence, and with it the demo's figures, stay as they were.
            rng.randrange(20)
            s = SurveySession(
                id=uuid.uuid4(),
                campaign_id=campaign.id,
                kind=SessionKind.ANONYMOUS.value,
                held_on=None,
                state=SessionState.FINISHED.value,
                language=rng.choice(["ru", "ru", "kk"]),
                department_id=dept_id,
                tenure_band=rng.choice(TENURE_BANDS + (None,)),
                is_manager=is_manager,
                gender=rng.choice(GENDERS + (None,)),
            )
            session.add(s)
            packed: dict = {"a": {}, "t": []}  # the format of answer_store.session_document
            finished.append((s, packed))
            for inst in instruments:
                s.instruments.append(
                    SessionInstrument(
                        instrument_id=inst.id, instrument_version=inst.version, finished=True
                    )
                )
                answers = random_respondent(
                    inst, models[inst.id], is_manager=is_manager, skip_probability=0.02
                )
                own = [it for it in inst.items if it.own_variant]
                texts = {}
                if own and rng.random() < 0.06:
                    answers[own[0].id] = rng.randint(3, 5)  # drawn before the text, as always
                    texts[own[0].id] = rng.choice(OWN_VARIANTS)
                for item_id, value in answers.items():
                    packed["a"].setdefault(inst.id, {})[item_id] = value
                packed["t"] += [[inst.id, item_id, text] for item_id, text in texts.items()]
    session.flush()
    from app.data.answer_store import seal

    # a few sessions answered implausibly fast (answer quality, docs/answer_quality.md); drawn
    # apart from `rng`, so that the demo's figures stay as they were
    speed = random.Random(f"{campaign.name} speed")
    for row, packed in finished:
        row.too_fast = speed.random() < 0.07
        seal(session, row, packed, library)
    # One abandoned session: kept, but excluded from analysis by default.
    session.add(
        SurveySession(
            id=uuid.uuid4(),
            campaign_id=campaign.id,
            held_on=None,
            state=SessionState.ABANDONED.value,
            department_id=depts[0].id,
        )
    )
    return campaign


def _add_named_sessions(
    session: Session, campaign: Campaign, employees: list[Employee], rng: random.Random
) -> None:
    library = default_library()
    tests = [library[i] for i in TEST_INSTRUMENTS if i in library and library[i].active]
    models = {i.id: AnswerModel(random.Random(rng.random())) for i in tests}
    for emp in employees[:8]:
        s = SurveySession(
            id=uuid.uuid4(),
            campaign_id=campaign.id,
            kind=SessionKind.NAMED.value,
            employee_id=emp.id,
            consent_on=campaign.period_start,
            held_on=campaign.period_start,
            state=SessionState.FINISHED.value,
            language="ru",
            department_id=emp.department_id,
            is_manager=emp.is_manager,
            gender=emp.gender,
        )
        session.add(s)
        for inst in tests:
            s.instruments.append(
                SessionInstrument(
                    instrument_id=inst.id,
                    instrument_version=inst.version,
                    finished=True,
                    agrees_with_result=rng.random() > 0.15,
                )
            )
            for item_id, value in random_respondent(inst, models[inst.id], emp.is_manager).items():
                s.answers.append(
                    Answer(id=uuid.uuid4(), instrument_id=inst.id, item_id=item_id, value=value)
                )


def _add_cards(
    session: Session,
    org: Organisation,
    campaign: Campaign,
    employees: list[Employee],
    rng: random.Random,
    today: date,
) -> None:
    motivators = session.scalars(select(Motivator).order_by(Motivator.id)).all()
    tools = session.scalars(select(MotivationTool).order_by(MotivationTool.id)).all()
    for emp in employees[:4]:
        card = Card(
            kind=CardKind.PERSONAL.value,
            organisation_id=org.id,
            employee_id=emp.id,
            department_id=emp.department_id,
            filled_on=campaign.period_end,
            status=CardStatus.ACTIVE.value,
            fields={
                "career_interest": emp is employees[0],
                "consent_testing": True,
                "agrees_with_results": True,
                "proposals": "Больше обучающих семинаров",
                "conclusions_motives": "Ведущие мотивы — профессиональный рост и признание.",
                "conclusions_instruments": "Наставничество, обучение, благодарности.",
                "conclusions_proposals": "Включить в кадровый резерв.",
            },
        )
        for kind, pool in (
            (ChoiceKind.MOTIVATOR, motivators),
            (ChoiceKind.DEMOTIVATOR, motivators),
            (ChoiceKind.INSTRUMENT, tools),
        ):
            picked = rng.sample(list(pool), 3) if len(pool) >= 3 else []
            for rank, obj in enumerate(picked, start=1):
                card.choices.append(
                    CardChoice(
                        kind=kind.value,
                        rank=rank,
                        motivator_id=obj.id if kind != ChoiceKind.INSTRUMENT else None,
                        tool_id=obj.id if kind == ChoiceKind.INSTRUMENT else None,
                    )
                )
            if not picked:
                for rank, text in enumerate(OWN_VARIANTS[:2], start=1):
                    card.choices.append(CardChoice(kind=kind.value, rank=rank, own_text=text))
        card.plan_items.append(
            PlanItem(
                position=0,
                measure="Повышение квалификации по управлению проектами",
                executor="Кадровая служба",
                deadline=today + timedelta(days=90),
            )
        )
        card.plan_items.append(
            PlanItem(
                position=1,
                measure="Участие в конкурсе «Лучший государственный служащий»",
                executor="Руководитель",
                deadline=today - timedelta(days=30),
            )
        )  # overdue on purpose
        session.add(card)
    growth = Card(
        kind=CardKind.GROWTH.value,
        organisation_id=org.id,
        employee_id=employees[0].id,
        department_id=employees[0].department_id,
        filled_on=campaign.period_end,
        term=CardTerm.SHORT.value,
        status=CardStatus.ACTIVE.value,
        next_review_on=campaign.period_end + timedelta(days=365),
    )
    growth.plan_items.append(
        PlanItem(
            section="training",
            measure="Курсы повышения квалификации",
            form="Очное обучение",
            deadline=today + timedelta(days=120),
            expected_result="Сертификат",
            confirming_document="Сертификат",
            status=PlanStatus.IN_PROGRESS.value,
        )
    )
    growth.reviews.append(
        CardReview(
            reviewed_on=campaign.period_end, reviewer="Кадровая служба", note="План согласован"
        )
    )
    session.add(growth)
    session.flush()
    career = Card(
        kind=CardKind.CAREER.value,
        organisation_id=org.id,
        employee_id=employees[0].id,
        department_id=employees[0].department_id,
        filled_on=campaign.period_end,
        term=CardTerm.MEDIUM.value,
        status=CardStatus.ACTIVE.value,
        source_card_id=growth.id,
        fields={"target_position": "Заместитель руководителя управления"},
    )
    for item in growth.plan_items:  # a career card takes over the growth plan (seed §4.4)
        career.plan_items.append(
            PlanItem(
                section=item.section,
                measure=item.measure,
                form=item.form,
                deadline=item.deadline,
                expected_result=item.expected_result,
                confirming_document=item.confirming_document,
                status=item.status,
            )
        )
    session.add(career)


def _add_summary_cards(
    session: Session,
    org: Organisation,
    campaigns: tuple[Campaign, ...],
    translate: Callable[[str, str], str],
) -> None:
    """Diagnostic cards of both campaigns, filled from their figures, and a strategic card."""
    from app.scoring.instruments import default_library
    from app.scoring.level import load_parameters
    from app.services.diagnostic import diagnostic_fields, fill_strategic_rows

    library, parameters = default_library(), load_parameters()
    for campaign in campaigns:
        session.flush()
        fields = diagnostic_fields(session, campaign.id, library, parameters, "ru", translate)
        fields["conclusions"] = (
            "Уровень мотивации удовлетворительный; главные резервы — "
            "самореализация и профессиональные навыки."
        )
        fields["proposals"] = (
            "Расширить наставничество и обучение; пересмотреть распределение нагрузки."
        )
        card = Card(
            kind=CardKind.DIAGNOSTIC.value,
            organisation_id=org.id,
            campaign_id=campaign.id,
            filled_on=campaign.period_end,
            period_start=campaign.period_start,
            period_end=campaign.period_end,
            status=CardStatus.ACTIVE.value,
            fields=fields,
        )
        if campaign is campaigns[0]:
            # measures naming the factor they address: the next campaign's report shows
            # whether those factors moved (issue 20.6)
            card.plan_items.extend(
                [
                    PlanItem(
                        position=0,
                        measure="Пересмотреть распределение нагрузки в отделах",
                        executor="Кадровая служба",
                        status="done",
                        factor="satisfaction:q12",
                    ),
                    PlanItem(
                        position=1,
                        measure="Программа наставничества для молодых сотрудников",
                        executor="Руководители отделов",
                        status="done",
                        factor="satisfaction:q16",
                    ),
                ]
            )
        session.add(card)
    session.flush()
    strategic = Card(
        kind=CardKind.STRATEGIC.value,
        organisation_id=org.id,
        filled_on=campaigns[-1].period_end,
        term=CardTerm.MEDIUM.value,
        status=CardStatus.DRAFT.value,
        fields={},
    )
    session.add(strategic)
    session.flush()
    fill_strategic_rows(session, strategic.id)
    targets = {
        "level": "не ниже 0,70 (приемлемый)",
        "satisfaction": "рост на 10 %",
        "demotivators": "снизить долю оценок 0–2 ниже 30 %",
    }
    for row in strategic.strategic_rows:
        row.target = targets.get(row.component, "")


def build_demo(
    session: Session,
    today: date | None = None,
    translate: Callable[[str, str], str] = lambda _c, text: text,
) -> Organisation:
    """Fill an empty database with the demo organisation; the caller commits."""
    if session.scalar(select(Organisation.id).limit(1)) is not None:
        raise ValueError("not_empty")
    rng = random.Random(DEMO_SEED)
    today = today or date.today()
    org = Organisation(
        name_ru="Министерство общественного развития (демо)",
        name_kk="Қоғамдық даму министрлігі (демо)",
        country="KZ",
    )
    session.add(org)
    session.flush()
    depts = [
        Department(
            organisation_id=org.id,
            name_ru=ru,
            name_kk=kk,
            headcount=hc,
            head_name="",
            head_position="Руководитель",
        )
        for ru, kk, hc, _ in DEPARTMENTS
    ]
    session.add_all(depts)
    session.flush()
    employees = [
        Employee(
            department_id=depts[d].id,
            full_name=name,
            position=pos,
            position_kk=POSITIONS_KK.get(pos, ""),
            is_manager=mgr,
            gender=g,
            hired_on=today - timedelta(days=rng.randrange(200, 5000)),
        )
        for name, pos, d, mgr, g in EMPLOYEES
    ]
    session.add_all(employees)
    for emp, dept_index in ((e, spec[2]) for e, spec in zip(employees, EMPLOYEES, strict=True)):
        if emp.is_manager:
            depts[dept_index].head_name = emp.full_name
    seed_catalogues(session)
    year = today.year
    for back, values in STAFF_MOVEMENTS.items():
        session.add(
            StaffMovements(
                organisation_id=org.id,
                year=year - back,
                **dict(zip(_MOVEMENT_COLUMNS, values, strict=True)),
            )
        )
    previous = _add_campaign(
        session,
        org,
        depts,
        rng,
        f"Мониторинг мотивации {year - 1}",
        date(year - 1, 3, 1),
        0.85,
        today,
    )
    current = _add_campaign(
        session, org, depts, rng, f"Мониторинг мотивации {year}", date(year, 3, 1), 1.0, today
    )
    session.flush()
    _add_named_sessions(session, current, employees, rng)
    from app.data.sessions import pack_finished_sessions

    session.flush()
    pack_finished_sessions(session)  # as the kiosk does when a session finishes
    _add_cards(session, org, current, employees, rng, today)
    _add_summary_cards(session, org, (previous, current), translate)
    admin = User(
        username=DEMO_ADMIN[0],
        full_name="Кадровая служба (демо)",
        password_hash=hash_secret(DEMO_ADMIN[1]),
        role=Role.HR_ADMIN.value,
    )
    head = User(
        username=DEMO_HEAD[0],
        full_name=depts[1].head_name,
        password_hash=hash_secret(DEMO_HEAD[1]),
        role=Role.DEPARTMENT_HEAD.value,
    )
    head.departments.append(UserDepartment(department_id=depts[1].id))
    session.add_all([admin, head])
    session.flush()
    return org
