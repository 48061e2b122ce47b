"""Attack tests (issue 14): a curious reader with the app's own outputs — the analysis service,
`motivdesk analyse --json`, the XLSX exports of the analysis page and the campaign report PDF —
subtracts views to recover a planted small group. None of them may give one away."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from app.models.base import CampaignStatus
from app.models.campaign import Campaign
from app.models.organisation import Department
from app.scoring.analysis import Filter
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService, result_dict
from tests.privacy.attack import (
    all_filters,
    cells,
    key,
    participation_leaks,
    small_differences,
)
from tests.privacy.synthetic import THRESHOLD, add_session, build

T = THRESHOLD


@pytest.fixture(scope="module")
def service():
    return AnalysisService(default_library())


def _views(database, ids, service, filters, campaign_key="campaign"):
    out = {}
    with database.session() as session:
        for flt in filters:
            out[key(flt)] = result_dict(service.analyse(session, ids[campaign_key], flt))
    return out


def _filters(ids, max_conditions=4):
    depts = [None, *ids["departments"].values()]
    return [f for f in all_filters(depts) if len(f.conditions()) <= max_conditions]


def test_no_small_group_from_any_two_shown_views(planted, service):
    database, _path, ids = planted
    views = _views(database, ids, service, _filters(ids))
    assert len(views) == 5 * 5 * 3 * 3
    assert small_differences({k: cells(v) for k, v in views.items()}, T) == []
    # the previous campaign's figures in the same views, under the same rule
    before = {
        k: cells(v["previous"] | {"instruments": v["previous"]["instruments"]})
        if v["previous"]
        else None
        for k, v in views.items()
    }
    assert any(before.values())
    assert small_differences(before, T) == []
    # the planted cases are hidden, and say why
    A, D = ids["departments"]["A"], ids["departments"]["D"]
    assert views[key(Filter(A))]["shown"] and views[key(Filter(A))]["n"] == 6
    lone_manager = views[key(Filter(A, is_manager=False))]  # 6 − 5 = the manager
    assert not lone_manager["shown"] and lone_manager["n"] is None
    assert lone_manager["reason_key"] == "complement_below_threshold"
    assert "subtraction" in lone_manager["reason"]
    assert not views[key(Filter(A, gender="male"))]["shown"]  # 6 − 5 = the woman
    assert not views[key(Filter(A, tenure_band="3_5"))]["shown"]
    assert views[key(Filter(ids["departments"]["B"]))]["reason_key"] == "below_threshold"
    # "D, men, staff" equals both its parents but is 2 short of the grandparent "D"
    assert views[key(Filter(D))]["shown"]
    assert not views[key(Filter(D, gender="male", is_manager=False))]["shown"]


def test_item_counts_with_skipped_items_are_compared_item_by_item(planted, service):
    database, _path, ids = planted
    C = ids["departments"]["C"]
    with database.session() as session:
        whole = result_dict(service.analyse(session, ids["campaign"], Filter()))
        dept = result_dict(service.analyse(session, ids["campaign"], Filter(C)))
    rows = {r["item"]: r for r in dept["instruments"]["significance"]["factors"]}
    assert dept["n"] == 25 and rows["q1"]["n"] == 23  # two in C skipped q1
    assert rows["q1"]["hidden"] is None  # 64 − 25 respondents, 62 − 23 raters: both ≥ 5
    all_rows = {r["item"]: r for r in whole["instruments"]["significance"]["factors"]}
    assert all_rows["q1"]["n"] == 62 and all_rows["q2"]["n"] == 63


def test_the_checker_finds_the_leaks_of_unprotected_figures(planted):
    # The old rule compared a view with the whole campaign only: "department A" (6) and
    # "department A, staff" (5) were both shown. Raw counts through the same checker:
    from app.data.answer_store import load_campaign_data

    database, _path, ids = planted
    with database.session() as session:
        data = load_campaign_data(session, ids["campaign"], default_library())
    A = ids["departments"]["A"]
    raw = {
        key(f): {("n",): int(f.mask(data.meta).sum())}
        for f in (Filter(A), Filter(A, is_manager=False))
    }
    assert small_differences(raw, T) == [
        f"{sorted(key(Filter(A)))} − {sorted(key(Filter(A, is_manager=False)))}: ('n',) 6 − 5"
    ]


def test_participation_total_never_reveals_a_hidden_department(planted, service):
    database, _path, ids = planted
    with database.session() as session:
        result = result_dict(service.analyse(session, ids["campaign"], Filter()))
    part = result["participation"]
    hidden = [r for r in part["rows"] if r["hidden"]]
    assert {r["department"] for r in hidden} == {ids["departments"]["B"], None}
    assert participation_leaks(part["rows"], part["respondents"], T) == []
    # a head of A and B sees only those two rows: B (3) hidden, so A (6) is hidden with it
    with database.session() as session:
        mine = service.analyse(
            session,
            ids["campaign"],
            Filter(ids["departments"]["A"]),
            scope={ids["departments"]["A"], ids["departments"]["B"]},
        )
    rows = result_dict(mine)["participation"]["rows"]
    assert [r["hidden"] for r in rows] == ["complementary", "below_threshold"]
    assert participation_leaks(rows, result_dict(mine)["participation"]["respondents"], T) == []


def test_cli_json_prints_the_service_figures_and_leaks_nothing(planted, service, capsys):
    from app.cli import main

    database, path, ids = planted
    views = {}
    for flt in _filters(ids, max_conditions=2):
        argv = ["analyse", "--db", str(path), "--campaign", str(ids["campaign"]), "--json"]
        for option, value in (
            ("--department", flt.department_id),
            ("--tenure", flt.tenure_band),
            ("--gender", flt.gender),
            ("--manager", None if flt.is_manager is None else ("yes" if flt.is_manager else "no")),
        ):
            if value is not None:
                argv += [option, str(value)]
        assert main(argv) == 0
        views[key(flt)] = json.loads(capsys.readouterr().out)
    assert small_differences({k: cells(v) for k, v in views.items()}, T) == []
    with database.session() as session:
        for k in (key(Filter()), key(Filter(ids["departments"]["A"], is_manager=False))):
            flt = Filter(**dict(k))
            expected = result_dict(service.analyse(session, ids["campaign"], flt))
            assert views[k] == json.loads(json.dumps(expected))
    hidden = views[key(Filter(ids["departments"]["A"], is_manager=False))]
    assert hidden["shown"] is False and hidden["n"] is None and hidden["instruments"] == {}
    assert hidden["previous"] is None


def _pdf_cells(text: str, library) -> dict | None:
    """What a reader gets from the report's text: each questionnaire's respondents (in the
    order printed) and the Gerchikov type counts."""
    ns = [int(n) for n in re.findall(r"Respondents: (\d+)", text)]
    if not ns:
        return None
    out = {("instrument", k): n for k, n in enumerate(ns)}
    for scale in library["gerchikov"].scales:
        m = re.search(re.escape(scale.name.get("ru")) + r" (\d+) ", text)
        if m:
            out[("type", scale.id)] = int(m.group(1))
    return out


def test_pdf_report_text_leaks_nothing(planted, service, tmp_path):
    from app.reports.campaign_report import render_campaign_report
    from app.scoring.level import load_parameters
    from app.services.report_data import load_campaign_report
    from tests.reports.helpers import pdf_text

    database, _path, ids = planted
    library = default_library()
    A, C, D = (ids["departments"][k] for k in "ACD")
    filters = [
        Filter(),
        Filter(A),
        Filter(A, is_manager=False),
        Filter(A, gender="male"),
        Filter(A, tenure_band="3_5"),
        Filter(C),
        Filter(C, gender="female"),
        Filter(D),
        Filter(D, gender="male"),
        Filter(D, is_manager=False),
        Filter(D, gender="male", is_manager=False),
        Filter(gender="female"),
        Filter(is_manager=False),
        Filter(is_manager=True),
    ]
    views = {}
    with database.session() as session:
        for n, flt in enumerate(filters):
            report = load_campaign_report(
                session, ids["campaign"], library, load_parameters(), "ru", flt, service=service
            )
            text = pdf_text(render_campaign_report(report, "ru"), tmp_path, f"r{n}.pdf")
            views[key(flt)] = _pdf_cells(text, library)
            if not report.analysis.disclosure.allowed:
                assert "Hidden" in text and "Respondents:" not in text
    assert views[key(Filter(A))] is not None and views[key(Filter(A, is_manager=False))] is None
    assert small_differences(views, T) == []


def test_xlsx_exports_of_the_analysis_page_leak_nothing(
    planted, qtbot, settings, languages, tmp_path
):
    from openpyxl import load_workbook

    from app.ui.context import AppContext
    from app.ui.pages.analysis_page import AnalysisPage

    database, _path, ids = planted
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData(ids["campaign"]))
    A, C, D = (ids["departments"][k] for k in "ACD")
    filters = [
        Filter(),
        Filter(A),
        Filter(A, is_manager=False),
        Filter(A, gender="male"),
        Filter(A, tenure_band="gt20"),
        Filter(C),
        Filter(C, gender="female"),
        Filter(D),
        Filter(D, gender="male", is_manager=False),
        Filter(is_manager=True),
    ]
    views = {}
    for n, flt in enumerate(filters):
        for combo, value in (
            (page.department_combo, flt.department_id),
            (page.tenure_combo, flt.tenure_band),
            (page.gender_combo, flt.gender),
            (page.manager_combo, flt.is_manager),
        ):
            combo.setCurrentIndex(combo.findData(value))
        qtbot.waitUntil(
            lambda flt=flt: (
                page.result is not None
                and page.result.filter == flt
                and page.analysis is page.result.analysis
            ),
            timeout=20000,
        )
        if not page.result.shown:
            assert page.status_label.text().startswith("Hidden")
            assert page.significance_tab.model.rowCount() == 0
            views[key(flt)] = None
            continue
        found = {}
        sig = load_workbook(page.significance_tab.export_xlsx(tmp_path / f"s{n}.xlsx")).active
        rows = list(sig.iter_rows(values_only=True))
        head = next(k for k, r in enumerate(rows) if r and r[0] == "No.")
        n_col = rows[head].index("N")
        for r in rows[head + 1 :]:
            if r and r[0] is not None and isinstance(r[n_col], int):
                found[("item", str(r[0]))] = r[n_col]
        types = load_workbook(page.types_tab.export_xlsx(tmp_path / f"t{n}.xlsx")).active
        rows = list(types.iter_rows(values_only=True))
        head = next(k for k, r in enumerate(rows) if r and r[0] == "Type")
        for r in rows[head + 1 :]:
            if r and isinstance(r[1], int):
                found[("type", r[0])] = r[1]
        views[key(flt)] = found
    assert views[key(Filter(A))] and views[key(Filter(A, is_manager=False))] is None
    assert small_differences(views, T) == []


def test_open_campaign_figures_do_not_move_with_one_more_session(db):
    # before/after: the analysis just before and just after a colleague finishes at the kiosk
    with db.session() as session:
        ids = build(session)
        session.get(Campaign, ids["campaign"]).status = CampaignStatus.OPEN.value
        session.commit()
    library = default_library()
    service = AnalysisService(library)
    with db.session() as session:
        before = result_dict(service.analyse(session, ids["campaign"], Filter()))
        import random

        from app.scoring.synthetic import AnswerModel

        models = {
            i: AnswerModel(random.Random(7))
            for i in ("significance", "satisfaction", "job_satisfaction", "gerchikov")
        }
        add_session(
            session, ids["campaign"], library, models, ids["departments"]["C"], "male", False, "1_3"
        )
        session.commit()
    with db.session() as session:
        after = result_dict(service.analyse(session, ids["campaign"], Filter()))
    assert before["shown"] is False and before["reason_key"] == "campaign_open"
    assert before["n"] is None and before["instruments"] == {} and before["previous"] is None
    strip = lambda d: {k: v for k, v in d.items() if k != "participation"}  # noqa: E731
    assert strip(before) == strip(after)  # no shown figure moved
    assert after["participation"]["respondents"] == before["participation"]["respondents"] + 1
    # closed: the figures appear
    with db.session() as session:
        session.get(Campaign, ids["campaign"]).status = CampaignStatus.CLOSED.value
        session.commit()
        closed = result_dict(service.analyse(session, ids["campaign"], Filter()))
    assert closed["shown"] and closed["n"] == 65


def test_a_head_sees_only_his_departments_of_the_campaign(db, tmp_path):
    from app.reports.campaign_report import render_campaign_report
    from app.scoring.level import load_parameters
    from app.services.report_data import load_campaign_report
    from tests.reports.helpers import pdf_text

    with db.session() as session:
        ids = build(session)
        other = Department(organisation_id=ids["org"], name_ru="Отдел E", headcount=9)
        session.add(other)
        session.commit()
        other_id = other.id
    library = default_library()
    service = AnalysisService(library)
    A, C = ids["departments"]["A"], ids["departments"]["C"]
    with db.session() as session:
        # a campaign that does not cover his department: nothing, not the whole campaign
        outside = service.analyse(session, ids["campaign"], Filter(), scope={other_id})
        assert not outside.shown and outside.reason == "out_of_scope"
        assert outside.participation == [] and outside.analysis.instruments == {}
        report = load_campaign_report(
            session,
            ids["campaign"],
            library,
            load_parameters(),
            "ru",
            Filter(),
            departments={other_id},
            service=service,
        )
        text = pdf_text(render_campaign_report(report, "ru"), tmp_path)
        assert "does not cover any of your departments" in text
        assert "Respondents:" not in text and "Отдел" not in text
        # his department of the campaign, filled in when he has only one
        own = service.analyse(session, ids["campaign"], Filter(), scope={C, other_id})
        assert own.shown and own.filter.department_id == C and own.n == 25
        assert [r.department_id for r in own.participation] == [C]
        # another department than his: nothing
        assert (
            service.analyse(session, ids["campaign"], Filter(A), scope={C}).reason == "out_of_scope"
        )
        # several departments and no choice: he must choose one
        assert (
            service.analyse(session, ids["campaign"], Filter(), scope={A, C}).reason
            == "department_required"
        )
        cid = session.scalar(select(Campaign.id).where(Campaign.id == ids["campaign"]))
    assert cid == ids["campaign"]


def test_a_filter_change_does_not_reload_the_campaign(planted):
    database, _path, ids = planted
    service = AnalysisService(default_library())
    with database.session() as session:
        for flt in _filters(ids, max_conditions=1):
            service.analyse(session, ids["campaign"], flt)
    assert service.loads == 2  # the campaign and the previous one, once each


def test_cli_text_output_says_why_a_view_is_hidden(planted, capsys):
    from app.cli import main

    _database, path, ids = planted
    A = ids["departments"]["A"]
    assert (
        main(
            [
                "analyse",
                "--db",
                str(path),
                "--campaign",
                str(ids["campaign"]),
                "--department",
                str(A),
                "--manager",
                "no",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Not shown: Hidden: the rest of the group" in out and "Respondents:" not in out
    assert (
        main(
            [
                "analyse",
                "--db",
                str(path),
                "--campaign",
                str(ids["campaign"]),
                "--department",
                str(A),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Respondents: 6" in out and "Previous campaign" in out
    assert main(["analyse", "--db", str(path), "--campaign", "999"]) == 1
