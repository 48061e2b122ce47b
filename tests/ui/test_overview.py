"""The overview page (issue 22.3) and the analysis screen on a 1366x768 laptop (issue 16.5)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, update

from app.models.base import CampaignStatus
from app.models.campaign import Campaign, CampaignDepartment
from app.scoring.analysis import Filter
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService
from app.ui.context import AppContext


def _window(qtbot, database, settings, languages, principal=None):
    from app.ui.main_window import MainWindow

    context = AppContext(database, settings, languages)
    if principal is not None:
        context.principal = principal
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.refresh()
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: page.overview is not None, timeout=30000)
    return window, page


def _latest(database) -> int:
    with database.session() as s:
        return s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))


def test_demo_overview_shows_the_services_figures(qtbot, demo_copy, settings, languages):
    window, page = _window(qtbot, demo_copy, settings, languages)
    assert window.current_page_id() == "overview"  # the first page
    with demo_copy.session() as s:
        result = AnalysisService(default_library()).analyse(s, _latest(demo_copy), Filter())
    a = result.analysis
    labels = {k: v.text() for k, v in page.value_labels.items()}
    # by hand: 120 finished of a headcount of 210 (the demo), 57.1 %
    assert labels["participation"] == "120 of 210 (57.1 %)"
    assert result.participation_total == (210, 120)
    assert labels["level"] == "0.625" == f"{a.level.shown:.3f}"
    top = max(a.level.parameters, key=lambda p: p.importance)
    names = {p.id: p.name_ru for p in AnalysisService(default_library()).parameters}
    assert labels["motivators"].splitlines()[0].startswith(names[top.parameter] + ":")
    js = a.instruments["job_satisfaction"]
    assert labels["job"].startswith(f"{js.profile['total']:.1f} %")
    assert f"high {js.shares['high'] * 100:.0f} %" in labels["job"]
    lead = max(a.instruments["gerchikov"].types["counts"].items(), key=lambda kv: kv[1])
    assert f": {lead[1]} (" in labels["types"].splitlines()[0]
    assert len(labels["demotivators"].splitlines()) == 3
    assert len(labels["leave_reasons"].splitlines()) == 3
    # the change since the previous campaign, as the analysis service compares them
    before = a.previous.level.shown
    notes = [w.text() for w in page.headline_view.findChildren(QLabel)]
    assert any(f"{before:.3f}, change ↓ −{before - a.level.shown:.3f}" in t for t in notes)
    # what needs doing: the demo has overdue plan items; the button shows them on the cards page
    assert "overdue_plans" in page.todo_buttons
    page.todo_buttons["overdue_plans"].click()
    assert window.current_page_id() == "cards"
    assert window.pages["cards"].overdue_check.isChecked()
    assert all(r.overdue for r in window.pages["cards"].model.rows)
    # the analysis page's first section shows the same summary
    analysis = window.pages["analysis"]
    qtbot.waitUntil(lambda: analysis.result is not None, timeout=30000)
    assert analysis.section_combo.currentIndex() == 0
    assert analysis.overview_view.value_labels["level"].text() == labels["level"]
    assert analysis.overview_view.value_labels["participation"].text() == labels["participation"]


def test_an_open_campaign_shows_participation_only(qtbot, demo_copy, settings, languages):
    cid = _latest(demo_copy)
    with demo_copy.session() as s:
        s.execute(
            update(Campaign).where(Campaign.id == cid).values(status=CampaignStatus.OPEN.value)
        )
        # three times the headcount: 120 of 630 = 19.0 %, below the 35 % rule
        for cd in s.scalars(
            select(CampaignDepartment).where(CampaignDepartment.campaign_id == cid)
        ):
            cd.headcount *= 3
        s.commit()
    window, page = _window(qtbot, demo_copy, settings, languages)
    assert set(page.value_labels) == {"participation"}  # no figure of an open campaign
    assert page.value_labels["participation"].text() == "120 of 630 (19.0 %)"
    assert "still open" in page.headline_view.reason_label.text()
    button = page.todo_buttons["low_participation"]
    (todo,) = [t for t in page.overview.todos if t.kind == "low_participation"]
    assert (todo.campaign_id, todo.count, round(todo.share, 3)) == (cid, 120, 0.190)
    button.click()
    assert window.current_page_id() == "campaigns"
    assert window.pages["campaigns"].selected().id == cid


def test_a_department_head_sees_his_scope_only(qtbot, demo_copy, settings, languages):
    from app.data.accounts import authenticate

    with demo_copy.session() as s:
        principal = authenticate(s, "head", "demo", datetime(2026, 5, 4))
        s.commit()
    window, page = _window(qtbot, demo_copy, settings, languages, principal)
    assert window.current_page_id() == "overview"
    scope = set(principal.department_ids)
    with demo_copy.session() as s:
        result = AnalysisService(default_library()).analyse(
            s, _latest(demo_copy), Filter(), scope=scope
        )
        own = s.scalars(
            select(CampaignDepartment).where(
                CampaignDepartment.campaign_id == _latest(demo_copy),
                CampaignDepartment.department_id.in_(scope),
            )
        ).all()
    head, answered = result.participation_total
    assert head == sum(cd.headcount for cd in own) < 210
    text = page.value_labels["participation"].text()
    assert text.startswith(f"{answered} of {head} (")
    if result.shown:
        assert page.value_labels["level"].text() == f"{result.analysis.level.shown:.3f}"
    else:
        assert "level" not in page.value_labels
    # set-up tasks are the administrator's: not offered to a head
    kinds = {t.kind for t in page.overview.todos}
    assert not kinds & {"no_departments", "no_employees", "no_campaign"}


def test_empty_database_says_what_to_do_first(qtbot, db, settings, languages, monkeypatch):
    from app.ui.dialogs.setup_assistant import SetupAssistant

    opened = []
    monkeypatch.setattr(SetupAssistant, "exec", lambda self: opened.append(self) or 0)
    window, page = _window(qtbot, db, settings, languages)
    assert window.current_page_id() == "overview"
    assert page.is_empty_shown()
    assert "set up the organisation" in page.empty_state.text_label.text()
    assert page.empty_state.action_button.text() == "Setup assistant…"
    with qtbot.waitSignal(page.setup_requested):
        page.empty_state.action_button.click()
    assert len(opened) == 1  # the main window ran the first-run assistant
    with qtbot.waitSignal(window.demo_requested):
        page.empty_demo_button.click()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_analysis_numbers_fit_a_1366x768_laptop(qtbot, demo_copy, settings, languages, lang):
    languages.set_language(lang)
    window, _page = _window(qtbot, demo_copy, settings, languages)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("analysis")
    page = window.pages["analysis"]
    qtbot.waitUntil(
        lambda: page.analysis is not None and page.significance_tab.model.rowCount() > 0,
        timeout=30000,
    )
    assert not page.tab_widget.tabBar().isVisible()  # sections from a list, no tab row
    assert page.section_combo.count() == page.tab_widget.count() == 12  # drivers, answer quality
    assert window.width() == 1366 and window.minimumSizeHint().width() <= 1366
    for tab in (
        page.significance_tab,
        page.satisfaction_tab,
        page.dismissal_tab,
        page.level_tab,
        page.job_tab,
    ):
        page.select_section(page.tab_widget.indexOf(tab))
        qtbot.wait(10)
        view = tab.table_view
        last = tab.model.columnCount() - 1
        assert view.horizontalScrollBar().maximum() == 0, (lang, tab)
        right = view.columnViewportPosition(last) + view.columnWidth(last)
        assert 0 < right <= view.viewport().width(), (lang, tab, right)
    # a factor name is wrapped, not cut, and its tooltip holds it whole
    model = page.significance_tab.model
    index = model.index(0, 1)
    from PySide6.QtCore import Qt

    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)


def test_a_head_of_two_departments_chooses_which_one_the_overview_shows(
    qtbot, demo_copy, settings, languages
):
    """The rule knows a department, not a union of some: a head of two sees one at a time,
    chosen on the overview, instead of «choose a department» and no figures."""
    from app.data.accounts import authenticate
    from app.models.organisation import Department
    from app.models.users import User, UserDepartment

    latest = _latest(demo_copy)
    with demo_copy.session() as s:
        head = s.scalar(select(User).where(User.username == "head"))
        mine = {d.department_id for d in head.departments}
        taking_part = s.scalars(
            select(CampaignDepartment.department_id).where(CampaignDepartment.campaign_id == latest)
        ).all()
        second = next(d for d in taking_part if d not in mine)
        head.departments.append(UserDepartment(department_id=second))
        s.commit()
        principal = authenticate(s, "head", "demo", datetime(2026, 5, 4))
        s.commit()
        names = {d.id: d.name_ru for d in s.scalars(select(Department))}
    window, page = _window(qtbot, demo_copy, settings, languages, principal)
    combo = page.department_combo
    assert combo.isVisibleTo(page) and combo.count() == 2
    scope = set(principal.department_ids)
    assert {combo.itemData(i) for i in range(2)} == scope
    assert [combo.itemText(i) for i in range(2)] == sorted(names[d] for d in scope)
    service = AnalysisService(default_library())

    def level_of(dept: int) -> str:
        with demo_copy.session() as s:
            result = service.analyse(s, latest, Filter(department_id=dept), scope=scope)
        return f"{result.analysis.level.shown:.3f}" if result.shown else None

    first = combo.itemData(0)
    assert level_of(first) is not None or level_of(combo.itemData(1)) is not None
    assert page.overview.headline.department_id == first
    assert page.overview.headline.reason != "department_required"
    shown = page.value_labels.get("level")
    assert (shown.text() if shown else None) == level_of(first)
    with demo_copy.session() as s:  # participation: of that department too
        headcount = s.scalar(
            select(CampaignDepartment.headcount).where(
                CampaignDepartment.campaign_id == latest, CampaignDepartment.department_id == first
            )
        )
    assert f" of {headcount} (" in page.value_labels["participation"].text()
    combo.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: page.overview.headline.department_id == combo.itemData(1), timeout=30000
    )
    shown = page.value_labels.get("level")
    assert (shown.text() if shown else None) == level_of(combo.itemData(1))
