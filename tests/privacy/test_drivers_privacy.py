"""Key drivers under the disclosure rule (issue 20.1): with the office minimum at its lowest,
so that many small views show drivers, no two shown views give away a small group through a
driver's counts, and a driver's figures never appear in a hidden view. (A driver's count hidden
because it differs from a coarser view by fewer than t: tests/scoring/test_drivers.py.)"""

from __future__ import annotations

import pytest

from app.scoring import office
from app.scoring.instruments import default_library
from app.services.analysis import AnalysisService, result_dict
from tests.privacy.attack import all_filters, cells, key, small_differences
from tests.privacy.synthetic import THRESHOLD


@pytest.fixture
def low_minimum():
    office.set_current({office.DRIVERS_MIN_RESPONDENTS: 10})
    yield
    office.set_current({})


def _driver_views(database, ids):
    service = AnalysisService(default_library())
    filters = [
        f for f in all_filters([None, *ids["departments"].values()]) if len(f.conditions()) <= 2
    ]
    with database.session() as session:
        return {
            key(flt): result_dict(service.analyse(session, ids["campaign"], flt)) for flt in filters
        }


def _driver_cells(views):
    return {
        k: None if c is None else {n: v for n, v in c.items() if n[0] == "driver"}
        for k, c in ((k, cells(v)) for k, v in views.items())
    }


def test_driver_counts_leak_no_small_group(planted, low_minimum):
    database, _path, ids = planted
    views = _driver_views(database, ids)
    driver_cells = _driver_cells(views)
    assert sum(1 for c in driver_cells.values() if c) >= 5  # something to attack
    assert small_differences(driver_cells, THRESHOLD) == []
    for v in views.values():
        if not v["shown"]:
            assert v["drivers"] is None
