"""Honest change (issue 20.2) in the one analysis service: every comparison with the previous
campaign carries its interval and the mark «beyond noise», computed once for every output, and
never for a figure the disclosure rule hides. Runs on SQLite and PostgreSQL (`db`)."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from sqlalchemy import select

from app.models import Campaign
from app.scoring.analysis import Filter
from app.scoring.change import newcombe, spread_from_counts, welch
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService, result_dict
from app.services.demo import build_demo

LIBRARY = default_library()


@pytest.fixture
def demo(db):
    with db.session() as s:
        build_demo(s)
        s.commit()
    return db


def _latest(session) -> int:
    return session.scalars(select(Campaign.id).order_by(Campaign.period_start.desc())).first()


def test_every_compared_figure_carries_an_interval_and_a_mark(demo):
    with demo.session() as s:
        result = AnalysisService(LIBRARY).analyse(s, _latest(s))
    analysis, previous = result.analysis, result.analysis.previous
    changes = analysis.changes
    assert result.previous is not None and changes is not None
    # a factor's mean: Welch's interval from the counts of each score, worked independently
    now = analysis.instruments["satisfaction"].factors.loc["q1"]
    then = previous.instruments["satisfaction"].factors.loc["q1"]
    columns = [f"count_{v}" for v in range(6)]
    expected = welch(
        spread_from_counts(then[columns].to_numpy(float)).as_tuple(),
        spread_from_counts(now[columns].to_numpy(float)).as_tuple(),
    )
    got = changes.factor("satisfaction", "q1")
    assert (got.low, got.high) == pytest.approx((expected.low, expected.high))
    assert got.before == pytest.approx(then["mean"]) and got.after == pytest.approx(now["mean"])
    assert got.significant == (got.low > 0 or got.high < 0)
    # the 4–5 share: Newcombe's interval
    share = changes.factor("satisfaction", "q1", "high_share")
    ref = newcombe(
        (int(then["high_count"]), int(then["n"])), (int(now["high_count"]), int(now["n"]))
    )
    assert (share.low, share.high) == pytest.approx((ref.low, ref.high))
    # strength % is the mean × 20: the same mark
    strength = changes.factor("satisfaction", "q1", "strength_pct")
    assert strength.low == pytest.approx(got.low * 20)
    assert strength.significant == got.significant
    # the motivation level: Welch on the linearised values, around the two printed levels
    assert changes.level.method == "linearised"
    assert changes.level.before == pytest.approx(previous.level.integral)
    assert changes.level.after == pytest.approx(analysis.level.integral)
    assert changes.level.low < changes.level.delta < changes.level.high
    assert set(changes.parameters) == {p.parameter for p in analysis.level.parameters}
    # job satisfaction: the total's mean and the high/medium/low shares
    assert changes.profile("job_satisfaction", "total").method == "welch"
    assert set(changes.satisfaction_groups) == {"high", "medium", "low"}
    assert all(d.method == "newcombe" for d in changes.satisfaction_groups.values())


def test_json_carries_significant_next_to_each_figure(demo):
    with demo.session() as s:
        data = json.loads(json.dumps(result_dict(AnalysisService(LIBRARY).analyse(s, _latest(s)))))
    assert data["previous"] is not None
    level = data["level"]["change"]
    assert set(level) == {"previous", "delta", "interval", "significant", "method"}
    assert isinstance(level["significant"], bool)
    low, high = level["interval"]
    assert level["significant"] == (low > 0 or high < 0)
    for p in data["level"]["parameters"]:
        assert p["change"]["significant"] in (True, False)
    rows = [r for r in data["instruments"]["satisfaction"]["factors"] if not r["hidden"]]
    assert rows and all(r["change"]["mean"]["significant"] in (True, False) for r in rows)
    js = data["instruments"]["job_satisfaction"]
    assert js["satisfaction_groups_change"]["high"]["method"] == "newcombe"
    assert (
        js["profile_change"]["total"]["interval"][0] < js["profile_change"]["total"]["interval"][1]
    )
    marks = [r["change"]["mean"]["significant"] for r in rows]
    assert True in marks or False in marks


def test_the_first_campaign_has_no_comparison(demo):
    with demo.session() as s:
        first = s.scalars(select(Campaign.id).order_by(Campaign.period_start)).first()
        result = AnalysisService(LIBRARY).analyse(s, first)
        data = result_dict(result)
    assert result.previous is None and result.analysis.changes is None
    assert data["level"]["change"] is None
    rows = data["instruments"]["satisfaction"]["factors"]
    assert all(r["change"] is None for r in rows if not r["hidden"])


def test_a_hidden_figure_is_never_compared(demo):
    service = AnalysisService(LIBRARY)
    with demo.session() as s:
        campaign_id = _latest(s)
        whole = service.analyse(s, campaign_id)
        seen = set()
        for row in whole.departments:
            for gender in (None, "female", "male"):
                result = service.analyse(
                    s, campaign_id, Filter(department_id=row.department_id, gender=gender)
                )
                if not result.shown:
                    continue
                changes = result.analysis.changes
                previous = result.analysis.previous
                if not previous.disclosure.allowed:  # the same view was too small back then
                    seen.add("previous hidden")
                    assert changes.factors == {} and changes.level is None
                    assert changes.profiles == {} and changes.satisfaction_groups == {}
                    continue
                if any(
                    f.factors is not None and f.factors["hidden"].astype(bool).any()
                    for f in (*result.analysis.instruments.values(), *previous.instruments.values())
                ):
                    seen.add("cells hidden")
                for inst_id, items in changes.factors.items():
                    now = result.analysis.instruments[inst_id].factors
                    then = previous.instruments[inst_id].factors
                    for item in items:
                        assert not now.loc[item, "hidden"] and not then.loc[item, "hidden"]
                        assert not np.isnan(then.loc[item, "mean"])
                for inst_id, scales in changes.profiles.items():
                    for scale in scales:
                        assert previous.instruments[inst_id].profile.get(scale) is not None
    assert seen == {"previous hidden", "cells hidden"}  # the demo has both cases


def test_the_measures_section_reads_the_same_mark(demo):
    from app.services.measure_effects import factor_change

    with demo.session() as s:
        result = AnalysisService(LIBRARY).analyse(s, _latest(s))
    mark = result.analysis.changes.factor("satisfaction", "q1").significant
    assert mark in (True, False)
    assert factor_change(result, "satisfaction:q1", LIBRARY).significant is mark


def test_the_report_marks_only_changes_beyond_noise(demo, tmp_path):
    from app.reports.campaign_report import change, render_campaign_report
    from app.scoring.level import load_parameters
    from app.services.report_data import load_campaign_report
    from tests.reports.helpers import pdf_text

    # the comparison column: an arrow only beyond noise
    assert change(3.5, 3.0, 2, "ru", significant=True) == "↑ +0,50"
    assert change(3.0, 3.5, 2, "ru", significant=True) == "↓ −0,50"
    assert change(3.5, 3.0, 2, "ru", significant=False) == "+0,50"
    assert change(3.5, 3.0, 2, "ru") == "+0,50"  # not assessed: no arrow either
    assert change(3.5, "×", 2, "ru", significant=True) == "×"
    service = AnalysisService(LIBRARY)
    with demo.session() as s:
        campaign_id = _latest(s)
        result = service.analyse(s, campaign_id)
        report = load_campaign_report(
            s, campaign_id, LIBRARY, load_parameters(), "en", service=service
        )
    text = pdf_text(render_campaign_report(report, "en"), tmp_path)
    page1 = text.split("\f")[0]
    changes = result.analysis.changes
    assert "a number without an arrow: no change beyond noise" in page1
    level = changes.level
    # page 1: the level's change has its arrow only when beyond noise, else the words
    row = page1[page1.index("Integral motivation level") : page1.index("Participation")]
    assert ("↑" in row or "↓" in row) == bool(level.significant)
    assert ("no change beyond noise" in row) == (level.significant is False)
    # and the conclusions say so in words
    flat = " ".join(page1.split())
    assert ("the motivation level has changed from" in flat) == bool(level.significant)
    assert ("the motivation level shows no change beyond noise" in flat) == (
        level.significant is False
    )
    # table 2.4: one arrow per parameter beyond noise, and one for the level itself
    table = text[text.index("Table 2.4") : text.index("Table 2.5")]
    arrows = len(re.findall(r"[↑↓] [+−]\d", table))  # the note's "↑ higher" aside
    expected = sum(bool(d.significant) for d in changes.parameters.values()) + bool(
        level.significant
    )
    assert arrows == expected
    assert (
        0 < sum(bool(d.significant) for d in changes.parameters.values()) < len(changes.parameters)
    )  # the demo has changes of both kinds


def test_the_report_lists_the_key_drivers(demo, tmp_path):
    from app.reports.campaign_report import render_campaign_report
    from app.scoring.level import load_parameters
    from app.services.report_data import load_campaign_report
    from tests.reports.helpers import pdf_text

    service = AnalysisService(LIBRARY)
    with demo.session() as s:
        campaign_id = _latest(s)
        result = service.analyse(s, campaign_id)
        report = load_campaign_report(
            s, campaign_id, LIBRARY, load_parameters(), "en", service=service
        )
        small_report = None
        for row in result.departments:  # a department shown, too small for drivers
            small = service.analyse(s, campaign_id, Filter(department_id=row.department_id))
            if small.shown and not small.drivers.shown:
                small_report = load_campaign_report(
                    s,
                    campaign_id,
                    LIBRARY,
                    load_parameters(),
                    "en",
                    flt=small.filter,
                    service=service,
                )
                break
    text = pdf_text(render_campaign_report(report, "en"), tmp_path)
    section = text[text.index("Key drivers\n") :]
    drivers = result.drivers
    assert drivers.shown
    assert "Spearman's rank correlation" in section and "Priorities of the motivation" in section
    for d in drivers.visible("parameter"):
        name = d.label["ru"]
        assert name.split(",")[0] in section
    assert f"No driver is shown on fewer than {drivers.min_respondents}" in section
    assert small_report is not None
    text = pdf_text(render_campaign_report(small_report, "en"), tmp_path, "small.pdf")
    section = text[text.index("Key drivers\n") :]
    assert "Key drivers are not shown: fewer than" in section
    assert "Priorities of the motivation" not in section


def test_the_strategic_card_calls_a_change_a_change_only_beyond_noise(demo):
    from app.models.cards import Card
    from app.services.diagnostic import change_words, fill_strategic_rows
    from app.services.report_data import load_card_view

    with demo.session() as s:
        strategic = s.scalars(select(Card).where(Card.kind == "strategic")).first()
        assert fill_strategic_rows(s, strategic.id, LIBRARY) == 2
        view = load_card_view(s, strategic.id, "en", None)
        result = AnalysisService(LIBRARY).analyse(s, _latest(s))
    changes = result.analysis.changes
    for component, d in (
        ("level", changes.level),
        ("satisfaction", changes.profile("job_satisfaction", "total")),
        ("commitment", changes.profile("climate", "total")),
    ):
        actual = view.strategic[component]["actual"]
        if d.significant:
            assert "change since the previous campaign" in actual and "beyond noise" in actual
            assert "↑" in actual or "↓" in actual
        else:
            assert "no change beyond noise" in actual and "↑" not in actual
    # the words of a change within noise: no arrow, not called a change
    from app.data import card_text as ct
    from app.scoring.change import Difference

    words = ct.Wording("en", lambda _c, t: t)
    within = words.value(
        change_words(Difference(3.0, 3.1, -0.05, 0.25, "welch"), ct.msg("mean"), 2)
    )
    assert within == "mean: since the previous campaign +0.10, no change beyond noise"
    beyond = words.value(change_words(Difference(3.0, 2.6, -0.6, -0.2, "welch"), ct.msg("mean"), 2))
    assert beyond == "mean: change since the previous campaign ↓ −0.40, beyond noise"


def test_the_diagnostic_card_lists_the_key_drivers(demo):
    from app.data import card_text as ct
    from app.data.card_forms import DIAGNOSTIC_AUTO_FIELDS, DIAGNOSTIC_SECTIONS
    from app.scoring.drivers import Driver, Drivers
    from app.scoring.level import load_parameters
    from app.services.diagnostic import diagnostic_fields
    from app.services.diagnostic_drivers import drivers_field

    assert "drivers" in DIAGNOSTIC_AUTO_FIELDS
    assert any(s.id == "drivers" for _t, specs in DIAGNOSTIC_SECTIONS for s in specs)
    words = ct.Wording("en", lambda _c, t: t, LIBRARY, load_parameters())
    with demo.session() as s:
        fields = diagnostic_fields(s, _latest(s), LIBRARY, load_parameters())
        result = AnalysisService(LIBRARY).analyse(s, _latest(s))
    text = words.value(fields["drivers"])
    assert text.startswith("How strongly each parameter or factor goes with job satisfaction")
    act = [d for d in result.drivers.visible() if d.priority == "act_first"]
    assert ("• Act first: no such parameter or factor" in text) == (not act)
    # worked: one parameter and one factor to act on first, one to maintain
    pay = Driver(
        "parameter",
        "pay",
        {"ru": "Оплата труда", "kk": ""},
        2.1,
        80,
        0.52,
        80,
        -0.3,
        80,
        "act_first",
    )
    load = Driver(
        "factor", "q12", {"ru": "Объем работы", "kk": ""}, 1.8, 80, 0.41, 80, None, 0, "act_first"
    )
    work = Driver(
        "parameter", "work_content", {"ru": "", "kk": ""}, 4.0, 80, 0.35, 80, None, 0, "maintain"
    )
    hidden = Driver(
        "factor", "q5", {"ru": "", "kk": ""}, None, 3, None, 3, None, 0, "", "driver_too_few"
    )
    text = words.value(drivers_field(Drivers(30, "satisfaction", "", (pay, load, work, hidden))))
    lines = text.split("\n")
    assert (
        lines[1]
        == "• Act first: Оплата труда (level 2.10, ρ 0.52); "
        + LIBRARY["satisfaction"].item("q12").text.get("en")
        + " (level 1.80, ρ 0.41)"
    )
    assert lines[2].startswith("• Maintain: Содержание работы (level 4.00, ρ 0.35)")
    assert len(lines) == 3  # the hidden driver is not listed
    small = words.value(drivers_field(Drivers(30, "satisfaction", "too_few")))
    assert small == (
        "not shown: fewer than 30 respondents answered both questionnaires, too "
        "few for a reliable rank correlation"
    )
    assert drivers_field(None) is None
