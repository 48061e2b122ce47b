"""The fixed sections find their instrument by its role, not its id (issue 19.3): an office's
copy of the satisfaction questionnaire under another id, with the same role, still gets table
2.2, the motivation level of table 2.4, the key demotivators and its part of the report."""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import date

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
from app.paths import resources_dir
from app.scoring.instruments import default_library, parse_instrument
from app.scoring.level import load_parameters
from app.scoring.roles import SATISFACTION, role_id
from app.ui.context import AppContext

RENAMED = "office_satisfaction"
PEOPLE = 8


def _library():
    data = json.loads(
        (resources_dir() / "instruments" / "satisfaction.json").read_text(encoding="utf-8")
    )
    data["id"] = RENAMED
    own = parse_instrument(data, f"{RENAMED}.json", expected_id=RENAMED)
    library = {k: v for k, v in default_library().items() if v.role != SATISFACTION}
    return {**library, own.id: own}


def _ratings(inst, person: int) -> dict:
    return {
        item.id: (person + k) % 6
        for k, item in enumerate(inst.items)
        if item.format.type == "rating" and not item.own_variant
    }


def _campaign(session, library) -> int:
    org = Organisation(name_ru="Орган", name_kk="Орган")
    session.add(org)
    session.flush()
    dept = Department(organisation_id=org.id, name_ru="Отдел", name_kk="Бөлім", headcount=10)
    session.add(dept)
    session.flush()
    ids = [role_id(library, "factor_significance"), RENAMED]
    campaign = Campaign(
        organisation_id=org.id,
        name="Опрос",
        status=CampaignStatus.CLOSED.value,
        period_start=date(2026, 4, 1),
        period_end=date(2026, 4, 20),
        anonymity_threshold=5,
        demographics=["department"],
    )
    campaign.instruments = [
        CampaignInstrument(instrument_id=i, instrument_version=library[i].version, position=k)
        for k, i in enumerate(ids)
    ]
    campaign.departments = [CampaignDepartment(department_id=dept.id, headcount=10)]
    session.add(campaign)
    session.flush()
    for person in range(PEOPLE):
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
        for i in ids:
            row.instruments.append(
                SessionInstrument(
                    instrument_id=i, instrument_version=library[i].version, finished=True
                )
            )
        session.flush()
        answers = {i: _ratings(library[i], person) for i in ids}
        seal(session, row, {"a": answers, "t": []}, library)
    session.commit()
    return campaign.id


def test_a_renamed_copy_with_the_same_role_gets_the_fixed_sections(
    qtbot, db, settings, languages, monkeypatch, tmp_path
):
    from app.reports.campaign_report import render_campaign_report
    from app.services.report_data import load_campaign_report
    from app.ui.pages import analysis_page

    library = _library()
    assert "satisfaction" not in library and role_id(library, SATISFACTION) == RENAMED
    with db.session() as s:
        campaign_id = _campaign(s, library)
    monkeypatch.setattr(analysis_page, "default_library", lambda: library)
    languages.set_language("ru")
    page = analysis_page.AnalysisPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    rated = len(_ratings(library[RENAMED], 0))
    tab = page.satisfaction_tab
    qtbot.waitUntil(
        lambda: page.analysis is not None and tab.model.rowCount() == rated, timeout=30000
    )
    assert RENAMED not in page.extra_tabs  # it is shown in the fixed section, not again
    first = library[RENAMED].items[0].text.get("ru")
    assert tab.model.data(tab.model.index(0, 1)) == first
    # table 2.4 needs significance and satisfaction: found by role, so the level is computed
    assert page.analysis.level is not None and page.level_tab.model.rowCount() > 0
    assert page.analysis.key_demotivators
    # the report prints table 2.2 with the renamed questionnaire's factors
    with db.session() as s:
        report = load_campaign_report(s, campaign_id, library, load_parameters(), "ru")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_campaign_report(report, "ru"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "2.2" in text and first[:30] in flat
    # page 1's key demotivators name the renamed questionnaire's factors
    assert "Key demotivators" in flat and "rated it 0–2" in flat
