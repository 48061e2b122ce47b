"""Card rules of seed chapter 4: 2-6 ranked choices, growth plan kinds, career sync, stopping."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import select

from app.data.answer_store import load_campaign_data
from app.data.cards_service import (
    CardError,
    CardInput,
    ChoiceInput,
    PlanInput,
    create_career_card,
    save_card,
    stop_card,
    sync_career_plans,
)
from app.data.store import open_database
from app.models import Campaign, Department, Employee, Organisation
from app.models.cards import Card, Motivator
from app.scoring.analysis import analyse
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.services.diagnostic import diagnostic_fields, fill_strategic_rows

D = date(2026, 4, 1)


@pytest.fixture
def emp(db):
    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=9)
        s.add(dept)
        s.flush()
        e = Employee(department_id=dept.id, full_name="Иванов И. И.")
        s.add(e)
        s.commit()
        return org.id, e.id


def _motivators(s, n):
    return [m.id for m in s.scalars(select(Motivator).order_by(Motivator.id)).all()[:n]]


def _personal(org, emp, mids, status="active", own=()):
    choices = [ChoiceInput("motivator", motivator_id=m) for m in mids]
    choices += [ChoiceInput("motivator", own_text=t) for t in own]
    choices += [ChoiceInput("demotivator", motivator_id=m) for m in mids[:2]]
    choices += [ChoiceInput("instrument", own_text=t) for t in ("Премия", "Грамота")]
    return CardInput("personal", org, D, employee_id=emp, status=status, choices=choices)


def test_personal_card_needs_two_to_six_answers_of_each_kind(db, emp):
    org, e = emp
    with db.session() as s:
        with pytest.raises(CardError) as err:
            save_card(s, _personal(org, e, _motivators(s, 1)))
        assert ("choices.motivator", "count") in err.value.problems
        with pytest.raises(CardError) as err:
            save_card(s, _personal(org, e, _motivators(s, 7)))
        assert ("choices.motivator", "count") in err.value.problems
        # a draft may be saved incomplete
        assert save_card(s, _personal(org, e, _motivators(s, 1), status="draft"))
        with pytest.raises(CardError) as err:
            save_card(
                s, _personal(org, e, _motivators(s, 2), own=("Гибкий график", "гибкий график "))
            )
        assert ("choices.motivator", "duplicate") in err.value.problems


def test_saved_choices_keep_their_rank_order(db, emp):
    org, e = emp
    with db.session() as s:
        mids = _motivators(s, 3)
        cid = save_card(s, _personal(org, e, mids[::-1], own=("Свое",)))
        card = s.get(Card, cid)
        ranked = [
            (c.rank, c.motivator_id, c.own_text) for c in card.choices if c.kind == "motivator"
        ]
        assert ranked == [(1, mids[2], ""), (2, mids[1], ""), (3, mids[0], ""), (4, None, "Свое")]


def test_growth_plan_rows_belong_to_the_five_kinds_and_feed_the_career_card(db, emp):
    org, e = emp
    with db.session() as s:
        bad = CardInput(
            "growth",
            org,
            D,
            employee_id=e,
            term="short",
            status="active",
            plan=[PlanInput("Курсы", section="golf")],
        )
        with pytest.raises(CardError) as err:
            save_card(s, bad)
        assert ("plan.0", "section") in err.value.problems
        growth = CardInput(
            "growth",
            org,
            D,
            employee_id=e,
            term="short",
            status="active",
            plan=[PlanInput("Курсы", section="education", deadline=D)],
        )
        gid = save_card(s, growth)
        career_id = create_career_card(s, gid, D)
        career = s.get(Card, career_id)
        assert career.source_card_id == gid and career.employee_id == e
        assert [p.measure for p in career.plan_items] == ["Курсы"]
        growth.plan.append(PlanInput("Стажировка", section="experience"))
        save_card(s, growth, gid)
        assert sync_career_plans(s, gid) == 1
        assert [p.measure for p in s.get(Card, career_id).plan_items] == ["Курсы", "Стажировка"]
        stop_card(s, career_id, "promoted")
        assert s.get(Card, career_id).status == "stopped"
        growth.plan.append(PlanInput("Доклад", section="self_education"))
        save_card(s, growth, gid)
        assert sync_career_plans(s, gid) == 0  # a stopped career card is left as it was
        with pytest.raises(CardError):
            stop_card(s, career_id, "bored")
        with pytest.raises(CardError):
            create_career_card(s, career_id, D)  # only from a growth card


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_db_path):
    path = tmp_path_factory.mktemp("diag") / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def _worded(session, fields: dict, lang: str = "ru") -> dict:
    from app.services.report_data import card_wording
    from app.ui.i18n import report_translator

    words = card_wording(session, lang, report_translator(lang))
    return {k: words.value(v) for k, v in fields.items()}


def test_diagnostic_card_figures_equal_the_analysis(demo):
    library, params = default_library(), load_parameters()
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        data = diagnostic_fields(s, cid, library, params)
        fields = _worded(s, data)
        kk = _worded(s, data, "kk")
        analysis = analyse(load_campaign_data(s, cid, library), library, params)
    level = analysis.level
    assert fields["level"].startswith(f"{level.shown:.3f}".replace(".", ","))
    top = max(level.parameters, key=lambda p: p.importance)
    assert fields["significance"].startswith(
        next(p.name_ru for p in params if p.id == top.parameter)
    )
    assert kk["significance"].startswith(next(p.name_kk for p in params if p.id == top.parameter))
    assert fields["respondent_share"] == "57,1 % (120 / 210)"
    # the IT department (4 respondents) and the 2 without department are not counted openly
    assert "Отдел информационных технологий: < 5" in fields["respondents"]
    assert "Ақпараттық технологиялар бөлімі: < 5" in kk["respondents"]
    # the demo's own-variant wishes are each written by fewer than 10 respondents: a group
    # that small is never printed (issue 20.7; tests/privacy/test_own_texts.py)
    assert "Гибкий график работы" not in fields["initiatives"]
    assert fields["previous_diagnostic"].startswith("Мониторинг мотивации")
    # stored as data: no sentence of either language in the card's JSON
    import json

    stored = json.dumps(data, ensure_ascii=False)
    assert "удовлетвор" not in stored and "наибольш" not in stored
    assert kk["level"].endswith("қанағаттанарлық") and fields["level"].endswith("удовлетворительно")


def test_diagnostic_card_counts_only_its_period(demo):
    """Issue 17.3: the demo's cards are dated 2026; the 2025 card counts none of them."""
    library, params = default_library(), load_parameters()
    with demo.session() as s:
        first, last = s.scalars(select(Campaign.id).order_by(Campaign.period_start)).all()[:2]
        early = _worded(s, diagnostic_fields(s, first, library, params))
        late = _worded(s, diagnostic_fields(s, last, library, params))
    assert early["personal_cards"].startswith("0 ") and early["growth_cards"].startswith("0 ")
    assert late["personal_cards"].startswith("4 (")
    assert early["profiles"].startswith("0 ")


def test_strategic_card_takes_previous_and_actual_from_the_two_latest_diagnostics(demo):
    from app.services.report_data import load_card_view
    from app.ui.i18n import report_translator

    with demo.session() as s:
        strategic = s.scalars(select(Card).where(Card.kind == "strategic")).first()
        diagnostics = s.scalars(
            select(Card).where(Card.kind == "diagnostic").order_by(Card.period_end)
        ).all()
        assert fill_strategic_rows(s, strategic.id) == 2
        row = next(r for r in strategic.strategic_rows if r.component == "level")
        assert row.previous == row.actual == ""  # kept as data in the card's fields
        assert row.target  # kept: the HR officer's own column is not overwritten
        view = load_card_view(s, strategic.id, "ru", report_translator("ru"))
        level = view.strategic["level"]
        first, second = (_worded(s, d.fields) for d in diagnostics)
        assert level["previous"].startswith(first["level"])
        assert level["actual"].startswith(second["level"])
        for component in ("level", "significance", "commitment", "profile"):
            cells = view.strategic[component]
            assert cells["previous"] and cells["actual"], component
            assert cells["previous"] != cells["actual"], component
        assert (
            "Фидлер" in view.strategic["commitment"]["actual"]
            or "атмосфер" in view.strategic["commitment"]["actual"]
        )
        # 6.1 turnover: the demo has no HR indicators: a note says where they come from
        assert view.strategic["turnover"]["actual"]
        kk = load_card_view(s, strategic.id, "kk", report_translator("kk"))
        assert "қанағаттанарлық" in kk.strategic["level"]["actual"]
        s.rollback()


def test_own_variant_texts_of_a_campaign_under_the_threshold_are_not_listed(db):
    from datetime import date as d

    from app.data.sessions import finish_session, record_answer, start_session
    from app.models.base import CampaignStatus
    from app.services.campaigns import CampaignSpec, save_campaign, set_status

    with db.session() as s:
        org = Organisation(name_ru="Орган", name_kk="Орган")
        s.add(org)
        s.flush()
        dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=9)
        s.add(dept)
        s.flush()
        cid = save_campaign(
            s,
            org.id,
            CampaignSpec(
                name="Малый опрос",
                period_start=d(2026, 3, 1),
                period_end=d(2026, 3, 9),
                headcounts={dept.id: 9},
                instruments=["significance"],
                kiosk_pin="2468",
            ),
            default_library(),
        )
        set_status(s, cid, CampaignStatus.OPEN)
        for text in ("Служебный автомобиль", "Гибкий график"):  # only 2 respondents
            sid = start_session(s, cid, "ru", [("significance", "1.0")])
            record_answer(s, sid, "significance", "q40", 5, own_text=text)
            finish_session(s, sid)
        s.commit()
        fields = _worded(s, diagnostic_fields(s, cid, default_library(), load_parameters()))
    assert "Служебный автомобиль" not in fields["initiatives"]


def test_career_card_is_prefilled_from_the_employee_record_and_latest_tests(demo):
    from app.data.answer_store import answers_of  # noqa: F401 - the prefill scores answers
    from app.data.cards_service import create_career_card

    with demo.session() as s:
        growth = s.scalars(select(Card).where(Card.kind == "growth")).first()
        employee = s.get(Employee, growth.employee_id)
        employee.position_kk = "Бас сарапшы"
        employee.hired_on = date(2020, 9, 15)
        career = s.get(Card, create_career_card(s, growth.id, date(2026, 9, 14)))
        ru, kk = _worded(s, career.fields), _worded(s, career.fields, "kk")
        position = employee.position
        s.rollback()
    assert ru["current_position"] == position and kk["current_position"] == "Бас сарапшы"
    assert ru["service_length"] == "в организации с 15.09.2020 (полных лет: 5)"
    assert kk["service_length"] == "ұйымда 15.09.2020 бастап (толық жыл: 5)"
    # the demo's first employee took the named tests: block 7 lists them, Gerchikov by type
    assert "Герчиков" in ru["testing"] and "Герчиков" in kk["testing"]
    assert ru["testing"] != kk["testing"]


def test_own_variant_answers_are_listed_only_as_groups_large_enough(demo):
    """Issues 17.3 and 20.7: an own-variant wording is listed only as a group of at least the
    office minimum (default 10, never below the campaign's threshold), with its count; the
    demo's wishes are each typed by fewer than 10 people."""
    from app.data.office_settings import save
    from app.scoring import office
    from app.scoring.own_variants import group_texts

    library, params = default_library(), load_parameters()
    with demo.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        texts = [t for _i, _q, t in load_campaign_data(s, cid, library).own_texts]
        by_default = _worded(s, diagnostic_fields(s, cid, library, params))
        save(s, office.OWN_TEXT_MIN_GROUP, 3)  # below the campaign's threshold of 5
        lowered = _worded(s, diagnostic_fields(s, cid, library, params))
        s.rollback()
        save(s, office.OWN_TEXT_MIN_GROUP, 10)
        s.commit()
    assert 5 <= len(texts) < 100
    assert "Гибкий график работы" not in by_default["initiatives"]
    assert "(81,7 %): " not in by_default["swot_threats"]
    assert by_default["level"]  # the campaign's figures are still shown
    shown, left_out = group_texts(texts, 5)  # the effective minimum: the threshold, 5
    assert shown and left_out  # the demo has groups on both sides of it
    for group in shown:
        assert f"• {group.label} ({group.count})" in lowered["initiatives"]
        assert group.count >= 5
    assert lowered["initiatives"].count("• ") >= len(shown)


def test_the_kiosk_adds_to_the_latest_personal_draft_or_starts_one(db, emp):
    from app.data.cards_service import card_details, cards_of_kind, personal_draft

    org_id, emp_id = emp
    with db.session() as s:
        draft_id, data = personal_draft(s, emp_id, D)
        assert draft_id is None and data.kind == "personal"
        assert (data.organisation_id, data.employee_id, data.filled_on) == (org_id, emp_id, D)
        first = save_card(s, data)
        again, _ = personal_draft(s, emp_id, D)
        assert again == first  # the draft is reused, not duplicated
        s.commit()
        details = card_details(s, first, emp_id, "personal")
        assert details.employee_name == "Иванов И. И." and details.reviews == []
        assert cards_of_kind(s, "personal") == [(first, "Иванов И. И.")]
        assert cards_of_kind(s, "personal", department_ids=set()) == []  # another head's scope
        with pytest.raises(CardError):
            personal_draft(s, 9999, D)
