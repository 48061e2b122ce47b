"""Search and filters of the card list (issue 22 item 5), on the demo database."""

from __future__ import annotations

from app.ui.context import AppContext
from app.ui.pages.cards_page import CardsPage


def test_search_kind_and_overdue_filters_narrow_the_list(qtbot, demo_copy, settings, languages):
    page = CardsPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    everything = page.model.rows
    assert len(everything) >= 8 and page.count_label.text() == ""
    name = next(r.employee for r in everything if r.employee)
    page.search_edit.setText(name.split()[0].lower())  # case does not matter
    assert page.model.rows and all(name.split()[0] in (r.employee or "") for r in page.model.rows)
    assert page.count_label.text() == f"{len(page.model.rows)} of {len(everything)}"
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("strategic"))
    assert page.model.rows and {r.kind for r in page.model.rows} == {"strategic"}
    page.kind_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    overdue = [r for r in everything if r.overdue]
    assert overdue and page.model.rows == overdue  # the demo has an overdue plan row
    page.search_edit.setText("no such person")
    assert page.model.rows == [] and page.count_label.text() == f"0 of {len(everything)}"
    page.refresh()  # a refresh keeps the filters
    assert page.model.rows == []


def test_selected_cards_export_to_word(qtbot, demo_copy, settings, languages, tmp_path):
    import io

    from docx import Document

    from app.ui.dialogs.print_dialog import print_cards

    context = AppContext(demo_copy, settings, languages)
    page = CardsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    growth = next(r for r in page.model.rows if r.kind == "growth")
    target = tmp_path / "card.docx"
    print_cards(page, context, [growth.id], lang="kk", target=target, wait=True, fmt="docx")
    qtbot.waitUntil(lambda: hasattr(page, "last_print_result"), timeout=10000)
    written, errors = page.last_print_result
    assert errors == [] and written == [str(target)]
    word = Document(io.BytesIO(target.read_bytes()))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Кәсіби өсу картасы" in text and len(word.sections) == 3  # three copies
