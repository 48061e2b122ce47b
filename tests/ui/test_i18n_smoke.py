"""Every window and dialog opens in Russian and in Kazakh with no English text left visible."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView, QTabWidget, QWidget
from sqlalchemy import select

from app.models.cards import Card
from app.ui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


def _english_sources(lang: str) -> set[str]:
    """Source strings whose translation differs from the English (so English on screen = a miss)."""
    tree = ET.parse(ROOT / "translations" / f"app_{lang}.ts")
    sources = set()
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        text = tr.text or (
            tr.find("numerusform").text if tr.find("numerusform") is not None else ""
        )
        src = msg.find("source").text
        if text and text != src and "%" not in src and len(src) > 3:
            sources.add(src.replace("&", ""))
    return sources


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for w in widget.findChildren(QLabel):
        texts.append(w.text())
    for w in widget.findChildren(QAbstractButton):
        texts.append(w.text().replace("&", ""))
    for w in widget.findChildren(QGroupBox):
        texts.append(w.title())
    for w in widget.findChildren(QTabWidget):
        texts += [w.tabText(i) for i in range(w.count())]
    for w in widget.findChildren(QTableView):
        model = w.model()
        if model is not None:
            from PySide6.QtCore import Qt

            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
    return [t for t in texts if t]


def _leftovers(qtbot, qapp, demo_copy, settings, languages, lang, check_lang):
    from app.scoring.instruments import default_library
    from app.ui.dialogs.campaign_dialog import CampaignDialog
    from app.ui.dialogs.card_dialog import CardDialog
    from app.ui.dialogs.catalogue_dialog import CatalogueDialog
    from app.ui.dialogs.named_session_dialog import NamedSessionDialog
    from app.ui.dialogs.sign_in_dialog import ChangePasswordDialog, SignInDialog
    from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow
    from app.ui.main_window import MainWindow
    from app.ui.widgets_users import NewUserDialog

    languages.set_language(lang)
    qapp.processEvents()
    lib = default_library()
    english = _english_sources(check_lang)
    context = AppContext(demo_copy, settings, languages)
    windows = [MainWindow(context)]
    windows[0].refresh()
    with demo_copy.session() as s:
        cards = s.scalars(select(Card).order_by(Card.id)).all()
        kinds = {c.kind: c.id for c in cards}
        employee_id = cards[0].employee_id
    windows += [CardDialog(context, card_id=card_id) for card_id in kinds.values()]
    windows += [
        CampaignDialog(context, lib),
        NamedSessionDialog(context, employee_id),
        SignInDialog(demo_copy),
        ChangePasswordDialog(demo_copy, 1),
        CatalogueDialog(context),
        NewUserDialog(context),
    ]

    windows.append(
        KioskWindow(
            demo_copy,
            languages,
            KioskSetup(campaign_id=None, instruments=[lib["climate"]]),
            default_language=lang,
        )
    )
    leftovers = []
    for window in windows:
        qtbot.addWidget(window)
        for page in getattr(window, "pages", {}).values():
            leftovers += [(type(page).__name__, t) for t in _visible_texts(page) if t in english]
        leftovers += [(type(window).__name__, t) for t in _visible_texts(window) if t in english]
    return leftovers


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_window_is_fully_translated(qtbot, qapp, demo_copy, settings, languages, lang):
    assert _leftovers(qtbot, qapp, demo_copy, settings, languages, lang, lang) == []


def test_the_check_sees_english_text(qtbot, qapp, demo_copy, settings, languages):
    """The same windows in English: the check must find the untranslated strings."""
    found = _leftovers(qtbot, qapp, demo_copy, settings, languages, "en", "kk")
    assert len(found) > 50
