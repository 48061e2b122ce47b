"""The card forms: fill, check, save, print — as an HR officer does it on the demo database."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.data.audit import entries
from app.data.cards_service import CardInput, PlanInput
from app.data.store import open_database
from app.models.cards import Card
from app.ui.context import AppContext


@pytest.fixture
def context(tmp_path, demo_db_path, settings, languages):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield AppContext(database, settings, languages)
    database.dispose()


def _card_id(context, kind):
    with context.database.session() as s:
        return s.scalar(select(Card.id).where(Card.kind == kind).order_by(Card.id))


def test_opening_a_personal_card_is_audited_and_shows_its_overdue_plan_row(qtbot, context):
    from app.ui.dialogs.card_dialog import CardDialog

    card_id = _card_id(context, "personal")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    assert dialog.form.choice_editors["motivator"].list.count() == 3
    # the demo's second plan row is 30 days past its deadline and still planned
    assert dialog.plan_editor.overdue_rows() == [1]
    with context.database.session() as s:
        assert [(e.action, e.object_id) for e in entries(s, "view")] == [("view", str(card_id))]


def test_new_personal_card_needs_two_answers_of_each_kind(qtbot, context):
    from app.ui.dialogs.card_dialog import CardDialog

    with context.database.session() as s:
        emp = s.scalar(select(Card.employee_id).where(Card.kind == "growth"))
        org = s.scalar(select(Card.organisation_id))
    dialog = CardDialog(
        context, new=CardInput("personal", org, date(2026, 5, 4), employee_id=emp, status="active")
    )
    qtbot.addWidget(dialog)
    motivators = dialog.form.choice_editors["motivator"]
    motivators.catalogue.setCurrentIndex(1)  # index 0 is the first group's heading
    motivators.add_button.click()
    assert not dialog.save()
    assert "Motivators" in dialog.message_label.text()
    motivators.own_edit.setText("Гибкий график")
    motivators.add_own_button.click()
    for kind in ("demotivator", "instrument"):
        editor = dialog.form.choice_editors[kind]
        for text in ("Первое", "Второе"):
            editor.own_edit.setText(text)
            editor.add_own_button.click()
    dialog.forms[0].editors["career_interest"].setCurrentIndex(1)  # yes
    assert dialog.save(), dialog.message_label.text()
    with context.database.session() as s:
        card = s.get(Card, dialog.card_id)
        ranked = [
            (c.rank, bool(c.motivator_id), c.own_text)
            for c in card.choices
            if c.kind == "motivator"
        ]
        assert ranked == [(1, True, ""), (2, False, "Гибкий график")]
        assert card.fields["career_interest"] is True


def test_growth_plan_change_reaches_the_career_card(qtbot, context):
    from app.ui.dialogs.card_dialog import CardDialog

    growth_id = _card_id(context, "growth")
    dialog = CardDialog(context, card_id=growth_id)
    qtbot.addWidget(dialog)
    dialog.plan_editor.add_row(
        PlanInput("Стажировка в областном акимате", section="experience", deadline=date(2027, 2, 1))
    )
    assert dialog.save(), dialog.message_label.text()
    with context.database.session() as s:
        career = s.scalars(select(Card).where(Card.source_card_id == growth_id)).one()
        assert "Стажировка в областном акимате" in [p.measure for p in career.plan_items]


def test_strategic_card_cannot_be_approved_without_the_head(qtbot, context):
    from app.ui.dialogs.card_dialog import CardDialog

    dialog = CardDialog(context, card_id=_card_id(context, "strategic"))
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("approved"))
    assert not dialog.save()
    dialog.form.approved_by.setText("Министр")
    assert dialog.save(), dialog.message_label.text()


def test_printing_from_the_page_writes_the_pdf_and_audits_it(qtbot, context, tmp_path):
    from app.ui.dialogs.print_dialog import print_cards
    from app.ui.pages.cards_page import CardsPage

    page = CardsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    overdue = [r.overdue for r in page.model.rows if r.kind == "personal"]
    assert overdue and all(n == 1 for n in overdue)
    assert "overdue" in page.legend.text()
    card_id = _card_id(context, "personal")
    target = tmp_path / "card.pdf"
    print_cards(page, context, [card_id], lang="kk", target=target, wait=True)
    qtbot.waitUntil(lambda: hasattr(page, "last_print_result"), timeout=10000)
    assert page.last_print_result == ([str(target)], [])
    assert target.read_bytes().startswith(b"%PDF")
    with context.database.session() as s:
        assert ("card", str(card_id)) in [(e.object_type, e.object_id) for e in entries(s, "print")]


def test_catalogue_edits_reach_the_card_form(qtbot, context):
    from app.models.cards import Motivator
    from app.ui.dialogs.card_dialog import CardDialog
    from app.ui.dialogs.catalogue_dialog import CatalogueDialog

    dialog = CatalogueDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.map_tree.topLevelItemCount() == 5
    first = dialog.map_tree.topLevelItem(0).child(0)
    first.setText(0, "Польза для общества")  # an in-place edit saves at once
    first = dialog.map_tree.topLevelItem(0).child(0)
    motivator_id = first.data(0, Qt.ItemDataRole.UserRole)
    dialog.map_tree.setCurrentItem(first)
    dialog.toggle_active()  # retire it
    with context.database.session() as s:
        m = s.get(Motivator, motivator_id)
        assert (m.name_ru, m.is_active) == ("Польза для общества", False)
    form = CardDialog(context, card_id=_card_id(context, "personal"))
    qtbot.addWidget(form)
    offered = [
        form.form.choice_editors["motivator"].catalogue.itemText(i)
        for i in range(form.form.choice_editors["motivator"].catalogue.count())
    ]
    assert "Польза для общества" not in offered


def test_auto_filled_diagnostic_fields_stay_data_unless_typed_over(qtbot, context):
    """Issue 17.1: the form shows the filled figures in words; saved untouched they stay
    references (worded again in each print's language), typed over they become text."""
    from app.ui.dialogs.card_dialog import CardDialog

    card_id = _card_id(context, "diagnostic")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    editors = {k: e for form in dialog.forms for k, e in form.editors.items()}
    shown = editors["level"].toPlainText()
    assert shown and "{" not in shown  # worded, not JSON
    editors["conclusions"].setPlainText("Своими словами")
    editors["swot_strengths"].setPlainText("Наставничество")
    assert dialog.save()
    with context.database.session() as s:
        fields = s.get(Card, card_id).fields
    assert isinstance(fields["level"], dict) and fields["level"]["ref"] == "auto"
    assert fields["swot_strengths"] == "Наставничество"
    assert fields["conclusions"] == "Своими словами"
    assert isinstance(fields.get("climate"), dict)  # off-form data kept for the strategic card


def test_strategic_cells_filled_from_diagnostics_stay_data(qtbot, context):
    from app.ui.dialogs.card_dialog import CardDialog

    card_id = _card_id(context, "strategic")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    dialog.form.fill_from_diagnostics()
    table = dialog.form.strategic_table
    assert table.item(0, 2).text()  # "actual" of row 1 is shown in words
    assert dialog.save()
    with context.database.session() as s:
        card = s.get(Card, card_id)
        row = next(r for r in card.strategic_rows if r.component == "level")
        assert row.actual == "" and card.fields["strategic_auto"]["level"]["actual"]


def test_graphical_card_from_the_card_page(qtbot, context, tmp_path):
    """Issue 17.5: the personal card's button writes the one-page graphical card."""
    import re
    import subprocess

    from app.ui.dialogs.card_dialog import CardDialog

    card_id = _card_id(context, "personal")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    assert dialog.form.graphic_button.text()
    path = dialog.form.print_graphic("kk", tmp_path / "g.pdf")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\n", info)
    with context.database.session() as s:
        assert ("print", str(card_id)) in [(e.action, e.object_id) for e in entries(s, "print")]


@pytest.mark.parametrize("kind", ["personal", "growth", "career", "diagnostic", "strategic"])
def test_every_kind_has_its_own_form_with_named_tabs_and_saves_unchanged(qtbot, context, kind):
    """One form class per card kind (issue 19.6): each names all its tabs, and saving a demo
    card without edits keeps its content."""
    from app.data.cards_service import card_input
    from app.ui.dialogs.card_dialog import CardDialog
    from app.ui.dialogs.card_kinds import FORMS

    card_id = _card_id(context, kind)
    with context.database.session() as s:
        before = card_input(s, card_id)
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    assert type(dialog.form) is FORMS[kind]
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert len(titles) == len(dialog.form.tab_titles()) and all(titles)
    assert dialog.save(), dialog.message_label.text()
    with context.database.session() as s:
        after = card_input(s, card_id)
    assert (after.fields, after.plan, after.choices, after.strategic) == (
        before.fields,
        before.plan,
        before.choices,
        before.strategic,
    )


def test_a_new_career_card_can_be_reviewed_and_stopped_once_saved(qtbot, context):
    from app.data.cards_service import create_career_card
    from app.ui.dialogs.card_dialog import CardDialog

    with context.database.session() as s:
        career_id = create_career_card(s, _card_id(context, "growth"), date(2026, 5, 1))
        s.commit()
    dialog = CardDialog(context, card_id=career_id)
    qtbot.addWidget(dialog)
    assert dialog.form.stop_button.isEnabled() and dialog.form.reviews.add_button.isEnabled()
    new = CardDialog(
        context, new=CardInput("growth", 1, date(2026, 5, 1), employee_id=dialog.data.employee_id)
    )
    qtbot.addWidget(new)
    assert not new.form.reviews.add_button.isEnabled()  # nothing to review before it exists
    new.term_combo.setCurrentIndex(1)
    if new.save():
        assert new.form.reviews.add_button.isEnabled()


def test_a_measure_names_its_factor_in_the_card_dialog(qtbot, context, languages):
    """Issue 20.6: the diagnostic card's plan and the strategic card's rows have a factor
    column; the choice is saved and shown again."""
    from app.data.cards_service import card_input
    from app.ui.dialogs.card_dialog import CardDialog

    languages.set_language("kk")
    card_id = _card_id(context, "diagnostic")  # the 2025 card: its plan names two factors
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    editor = dialog.form.plan_editor
    column = editor.columns.index("factor")
    combo = editor.table.cellWidget(0, column)
    assert combo.currentData() == "satisfaction:q12"
    assert combo.currentText().startswith("Жұмыс көлемі (")  # Kazakh factor name first
    combo.setCurrentIndex(combo.findData("dismissal:q7"))
    assert dialog.save()
    with context.database.session() as s:
        assert [p.factor for p in card_input(s, card_id).plan] == [
            "dismissal:q7",
            "satisfaction:q16",
        ]
    strategic = CardDialog(context, card_id=_card_id(context, "strategic"))
    qtbot.addWidget(strategic)
    form = strategic.form
    cell = form.factor_combos[0]
    cell.setCurrentIndex(cell.findData("satisfaction:q1"))
    assert strategic.save()
    with context.database.session() as s:
        rows = card_input(s, _card_id(context, "strategic")).strategic
    assert (
        sorted(k for k, v in rows.items() if v.get("factor")) == [next(iter(rows))]
        and next(iter(rows.values()))["factor"] == "satisfaction:q1"
    )
