"""An office's own questionnaire gets its analysis section, XLSX and PDF with no code change
(issue 19.3): the outputs are laid out from its scoring method, not from its id."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date

from openpyxl import load_workbook

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
from app.scoring.instruments import default_library, parse_instrument
from app.scoring.level import load_parameters
from app.ui.context import AppContext

T = {"ru": "Благополучие в отделе", "kk": "Бөлімдегі әл-ауқат"}
OWN = {
    "format": 1,
    "id": "office_wellbeing",
    "version": "1",
    "status": "active",
    "kind": "questionnaire",
    "title": T,
    "short_title": T,
    "source": {"ru": "анкета кадровой службы", "kk": "кадр қызметінің сауалнамасы"},
    "instructions": {"ru": "Оцените от 0 до 5.", "kk": "0-ден 5-ке дейін бағалаңыз."},
    "formats": {"r05": {"type": "rating", "min": 0, "max": 5}},
    "items": [
        {"id": "q1", "text": {"ru": "Гибкий график", "kk": "Икемді кесте"}, "format": "r05"},
        {"id": "q2", "text": {"ru": "Спортзал", "kk": "Спорт залы"}, "format": "r05"},
    ],
    "scales": [],
    "scoring": {"method": "factor_matrix"},
}
# eight respondents' answers (q1, q2): means by hand 23/8 = 2.875 and 29/8 = 3.625
ANSWERS = [(5, 4), (4, 4), (3, 5), (2, 3), (4, 2), (1, 5), (3, 3), (1, 3)]


def _library():
    own = parse_instrument(OWN, "office_wellbeing.json", expected_id="office_wellbeing")
    return {**default_library(), own.id: own}


def _campaign(session, library) -> int:
    org = Organisation(name_ru="Орган", name_kk="Орган")
    session.add(org)
    session.flush()
    dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=10)
    session.add(dept)
    session.flush()
    campaign = Campaign(
        organisation_id=org.id,
        name="Свой опрос",
        status=CampaignStatus.CLOSED.value,
        period_start=date(2026, 4, 1),
        period_end=date(2026, 4, 20),
        anonymity_threshold=5,
        demographics=["department"],
    )
    campaign.instruments = [
        CampaignInstrument(instrument_id="office_wellbeing", instrument_version="1", position=0)
    ]
    campaign.departments = [CampaignDepartment(department_id=dept.id, headcount=10)]
    session.add(campaign)
    session.flush()
    for q1, q2 in ANSWERS:
        row = SurveySession(
            id=uuid.uuid4(),
            campaign_id=campaign.id,
            kind=SessionKind.ANONYMOUS.value,
            held_on=None,
            state=SessionState.FINISHED.value,
            language="ru",
            department_id=dept.id,
        )
        session.add(row)
        row.instruments.append(
            SessionInstrument(
                instrument_id="office_wellbeing", instrument_version="1", finished=True
            )
        )
        session.flush()
        seal(session, row, {"a": {"office_wellbeing": {"q1": q1, "q2": q2}}, "t": []}, library)
    session.commit()
    return campaign.id


def test_an_own_questionnaire_gets_a_section_an_export_and_a_report_part(
    qtbot, db, settings, languages, monkeypatch, tmp_path
):
    from app.reports import tables
    from app.reports.campaign_report import render_campaign_report
    from app.services.report_data import load_campaign_report
    from app.ui.pages import analysis_page

    library = _library()
    with db.session() as s:
        campaign_id = _campaign(s, library)
    monkeypatch.setattr(analysis_page, "default_library", lambda: library)
    languages.set_language("ru")
    page = analysis_page.AnalysisPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.extra_tabs["office_wellbeing"]
    qtbot.waitUntil(lambda: page.analysis is not None and tab.model.rowCount() == 2, timeout=30000)
    # its own section, titled with its short title
    index = page.tab_widget.indexOf(tab)
    assert page.tab_widget.tabText(index) == T["ru"]
    assert page.section_combo.itemText(index).endswith(T["ru"])
    model = tab.model
    # the factor table's columns as app/reports/tables.py defines them
    spec = tables.factor_table("")
    on_model = [c.key for c in spec.columns if c.outputs & {tables.SCREEN, tables.SHEET}]
    mean = on_model.index("mean")
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["Гибкий график", "Спортзал"]
    assert [model.data(model.index(r, mean)) for r in range(2)] == ["2,88", "3,63"]  # means
    # the XLSX export: the means themselves
    ws = load_workbook(tab.export_xlsx(tmp_path / "own.xlsx")).active
    in_sheet = [c.key for c in spec.shown(tables.SHEET)]
    column = {k: i + 1 for i, k in enumerate(in_sheet)}
    assert [ws.cell(row=r, column=column["mean"]).value for r in (4, 5)] == [2.875, 3.625]
    assert [ws.cell(row=r, column=column["sum"]).value for r in (4, 5)] == [23, 29]  # Σ
    # the campaign report: a section of its own with the same figures
    with db.session() as s:
        report = load_campaign_report(s, campaign_id, library, load_parameters(), "ru")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_campaign_report(report, "ru"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert T["ru"] in text and "Гибкий график" in text and "Спортзал" in text
    # rounded half-up like the screen (3,625 -> 3,63), not half-to-even
    assert "2,88" in text and "3,63" in text and "3,62" not in text
    # titled by its own title, not as a seed table (it printed as "Table 2.2")
    assert f"{T['ru']} – Factor matrix: respondents per score" in text
    assert f"{T['ru']} (continued) – Shares of respondents, %" in text
    assert "Table 2.2" not in text
