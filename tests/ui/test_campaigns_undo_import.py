"""Campaigns page: undo one import (issue 15.5) — the chooser names the file and the count, and
exactly that import's questionnaires leave the campaign."""

from __future__ import annotations

from sqlalchemy import func, select

from app.data.audit import record
from app.data.bundles import import_audit_detail, list_imports
from app.data.response_import import import_responses
from app.models.campaign import SurveySession
from app.scoring.instruments import get_instrument


def test_undo_an_import_from_the_campaigns_page(
    qtbot, demo_copy, settings, languages, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from app.ui.context import AppContext
    from app.ui.pages.campaigns_page import CampaignsPage

    shown, offered = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    page = CampaignsPage(AppContext(demo_copy, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    page.table_view.selectRow(0)
    cid = page.selected().id
    paper = tmp_path / "paper-march.csv"
    paper.write_text(
        "q1;q2;q3;q4;q5;q6;q7;q8;q9;q10\n4;8;4;3;4;4;4;4;3;2\n1;1;1;1;1;1;1;1;1;1\n",
        encoding="utf-8",
    )
    with demo_copy.session() as s:
        before = s.scalar(select(func.count()).select_from(SurveySession))
        result = import_responses(s, cid, get_instrument("climate"), paper)
        record(
            s,
            "import",
            "campaign",
            cid,
            import_audit_detail("responses", paper.name, result.added, result.origin),
        )
        s.commit()
    assert page.undo_import_button.isEnabled()
    assert page.undo_import() == 2
    assert any("paper-march.csv" in label and "2" in label for label in offered)
    assert "2" in shown[-1]
    with demo_copy.session() as s:
        assert s.scalar(select(func.count()).select_from(SurveySession)) == before
        assert not [i for i in list_imports(s, cid) if i.origin == result.origin]
