"""Batarshev question 19 in a paper import: «от 10 до 20 лет» is stored as the seed band 10_20
(issue 18.2) and table 3.4 groups it with 10-15 and 15-20."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from app.data.response_import import import_responses
from app.data.store import open_database
from app.models import Campaign
from app.models.campaign import CampaignInstrument, SurveySession
from app.scoring.instruments import get_instrument
from app.scoring.vocab import SEED_TENURE_OF


def test_paper_q19_is_stored_as_the_seed_band(tmp_path, demo_db_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    db = open_database(str(path))
    try:
        inst = get_instrument("job_satisfaction")
        csv = tmp_path / "paper.csv"
        header = ["respondent", "q19"] + [f"q{n}" for n in range(1, 19)]
        csv.write_text(
            ",".join(header)
            + "\nP1,д,"
            + ",".join(["а"] * 18)
            + "\nP2,1,"
            + ",".join(["б"] * 18)
            + "\n",
            encoding="utf-8",
        )
        with db.session() as s:
            cid = s.scalar(
                select(CampaignInstrument.campaign_id)
                .where(CampaignInstrument.instrument_id == "job_satisfaction")
                .join(Campaign, Campaign.id == CampaignInstrument.campaign_id)
                .order_by(Campaign.period_start.desc())
            )
            assert cid is not None
            result = import_responses(s, cid, inst, csv)
            s.commit()
            assert result.added == 2
            bands = sorted(
                x.tenure_band
                for x in s.scalars(select(SurveySession).where(SurveySession.origin.like("file:%")))
            )
            assert bands == ["10_20", "lt1"]
    finally:
        db.dispose()
    assert {SEED_TENURE_OF[b] for b in ("10_15", "15_20", "10_20")} == {"10_20"}
