"""Answer quality (app/scoring/quality.py): alpha by hand, straight-lining, speed."""

from __future__ import annotations

import numpy as np
import pytest

from app.scoring.instruments import default_library
from app.scoring.quality import (
    cronbach_alpha,
    multi_item_scales,
    straight_lined,
    too_fast,
)


def test_cronbach_alpha_equals_the_hand_computed_example():
    # 4 respondents x 3 items.
    # item variances (ddof 1): [1,2,3,4] -> 5/3; [2,2,3,5] -> 2; [1,3,3,5] -> 8/3; sum = 19/3
    # totals 4, 7, 9, 14 -> mean 8.5, squares 20.25+2.25+0.25+30.25 = 53, var = 53/3
    # alpha = 3/2 * (1 - (19/3)/(53/3)) = 3/2 * 34/53 = 51/53
    points = np.array([[1, 2, 1], [2, 2, 3], [3, 3, 3], [4, 5, 5]], dtype=float)
    assert cronbach_alpha(points) == pytest.approx(51 / 53)


def test_cronbach_alpha_leaves_out_incomplete_rows_and_undefined_cases():
    points = np.array([[1, 2, 1], [2, 2, 3], [3, 3, 3], [4, 5, 5], [np.nan, 1, 1]])
    assert cronbach_alpha(points) == pytest.approx(51 / 53)
    assert cronbach_alpha(np.array([[1, 2], [np.nan, 3]])) is None  # one complete row
    assert cronbach_alpha(np.array([[2, 2], [2, 2], [2, 2]])) is None  # total does not vary
    assert cronbach_alpha(np.array([[1], [2]])) is None  # one item


def test_multi_item_scales_come_from_the_instrument_files():
    library = default_library()
    found = {inst_id for inst_id, inst in library.items() if multi_item_scales(inst)}
    # summed questionnaires with scales of several items; not factor matrices or type keys
    assert {"hall_ei", "schein", "job_satisfaction", "climate"} <= found
    assert not found & {
        "significance",
        "satisfaction",
        "dismissal",
        "gerchikov",
        "ritchie_martin",
        "herzberg",
    }
    scales = dict(multi_item_scales(library["job_satisfaction"]))
    assert "responsibility" not in scales  # one item: no alpha
    assert len(scales["total"]) == 18


def test_straight_lining_needs_the_same_answer_on_enough_items_of_a_rating_block():
    library = default_library()
    items = [i.id for i in library["significance"].items]
    same = {"significance": {i: 4 for i in items}}
    assert straight_lined(same, library, 10)
    varied = {"significance": {i: 4 for i in items} | {items[0]: 3}}
    assert not straight_lined(varied, library, 10)
    few = {"significance": {i: 4 for i in items[:9]}}
    assert not straight_lined(few, library, 10)  # 9 answered items: not judged
    assert straight_lined(few, library, 9)
    # choice questionnaires are no rating block
    gerchikov = {
        "gerchikov": {i.id: 1 for i in library["gerchikov"].items if i.format.type == "single"}
    }
    assert not straight_lined(gerchikov, library, 3)


def test_too_fast_is_the_median_seconds_per_item_below_the_setting():
    assert too_fast([(3.0, 5), (2.0, 4), (40.0, 1)], 1.0) is True  # 0.6, 0.5, 40 -> 0.6
    assert too_fast([(10.0, 5), (8.0, 4), (1.0, 1)], 1.0) is False  # 2, 2, 1 -> 2
    assert too_fast([], 1.0) is None  # nothing to judge: unknown, not False


def test_the_analysis_alpha_of_every_scale_is_alpha_of_its_complete_answers(demo_db_path):
    """The analysis computes the points of an instrument once and picks each scale's columns
    by position: every alpha it reports equals alpha worked out on its own from that scale's
    complete answers (the demo's latest campaign, everyone in view)."""
    from sqlalchemy import select

    from app.data.answer_store import load_campaign_data
    from app.data.store import open_database
    from app.models import Campaign
    from app.scoring.analysis import analyse
    from app.scoring.engine import _item_points
    from app.scoring.level import load_parameters

    library = default_library()
    database = open_database(str(demo_db_path))
    with database.session() as s:
        cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
        data = load_campaign_data(s, cid, library)
    database.dispose()
    alphas = analyse(data, library, load_parameters()).alphas
    checked = 0
    for inst_id, scales in alphas.items():
        inst, frame = library[inst_id], data.frames[inst_id]
        for scale_id, items in multi_item_scales(inst):
            row = scales[scale_id]
            if row["alpha"] is None:
                continue
            answers = frame[items].dropna()
            points = np.column_stack(
                [_item_points(inst.item(i), answers[i].to_numpy(dtype=float)) for i in items]
            )
            assert row["n"] == len(answers)
            assert row["alpha"] == pytest.approx(cronbach_alpha(points), abs=1e-12)
            checked += 1
    assert checked >= 5  # the demo campaign's questionnaires have 9 multi-item scales shown
