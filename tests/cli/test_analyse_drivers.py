"""`motivdesk analyse` carries the key drivers (issue 20.1): the "drivers" key of --json holds
each factor's id, label, rho with satisfaction and with leaving, n, level and priority, the same
as the analysis service; the text output lists them."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.cli import main
from app.data.store import open_database
from app.models import Campaign
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService, result_dict


def _latest(path) -> int:
    database = open_database(str(path))
    with database.session() as session:
        campaign_id = session.scalars(
            select(Campaign.id).order_by(Campaign.period_start.desc())
        ).first()
    database.dispose()
    return campaign_id


def test_json_carries_the_drivers(demo_db_path, capsys):
    campaign_id = _latest(demo_db_path)
    assert (
        main(["analyse", "--db", str(demo_db_path), "--campaign", str(campaign_id), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    drivers = data["drivers"]
    assert drivers["shown"] is True and drivers["min_respondents"] == 30
    assert drivers["basis"] == "satisfaction"
    rows = [r for r in drivers["items"] if not r["hidden"]]
    assert {r["kind"] for r in rows} == {"factor", "parameter"}
    pay = next(r for r in rows if r["kind"] == "factor" and r["id"] == "q1")
    assert pay["label"] == "Оплата труда" and pay["label_kk"]
    for key in ("rho_satisfaction", "rho_leaving", "n", "level", "priority"):
        assert pay[key] is not None
    assert -1 <= pay["rho_satisfaction"] <= 1 and 30 <= pay["n"] <= 120
    # the same numbers as the service
    database = open_database(str(demo_db_path))
    with database.session() as session:
        expected = result_dict(AnalysisService(default_library()).analyse(session, campaign_id))
    database.dispose()
    assert drivers == json.loads(json.dumps(expected["drivers"]))


def test_a_small_view_says_why_no_driver_is_shown(demo_db_path, capsys):
    campaign_id = _latest(demo_db_path)
    assert (
        main(
            [
                "analyse",
                "--db",
                str(demo_db_path),
                "--campaign",
                str(campaign_id),
                "--department",
                "1",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    # 30 respondents in the view, fewer of them with a complete Batarshev questionnaire
    assert data["shown"] and data["n"] == 30
    drivers = data["drivers"]
    assert drivers["shown"] is False and drivers["items"] == []
    assert drivers["reason_key"] == "too_few" and "fewer than 30" in drivers["reason"]
    assert main(["analyse", "--db", str(demo_db_path), "--campaign", str(campaign_id)]) == 0
    assert "Key drivers (Spearman rho with job satisfaction" in capsys.readouterr().out


def test_text_output_marks_the_level_change_only_beyond_noise(demo_db_path, capsys):
    """Honest change (issue 20.2): the text output gives the level's change with its 95 %
    interval and calls it a change only when beyond noise, as --json's "significant" says."""
    campaign_id = _latest(demo_db_path)
    assert (
        main(["analyse", "--db", str(demo_db_path), "--campaign", str(campaign_id), "--json"]) == 0
    )
    change = json.loads(capsys.readouterr().out)["level"]["change"]
    assert main(["analyse", "--db", str(demo_db_path), "--campaign", str(campaign_id)]) == 0
    line = next(
        x for x in capsys.readouterr().out.splitlines() if x.startswith("  motivation level then")
    )
    assert "95 % interval" in line
    if change["significant"]:
        assert "beyond noise" in line and ("↑" in line or "↓" in line)
    else:
        assert "no change beyond noise" in line and "↑" not in line and "↓" not in line
