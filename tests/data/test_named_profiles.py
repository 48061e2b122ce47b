"""Group profiles of named-session tests: means only for groups at the threshold."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.data.named_profiles import named_test_profiles as profiles_of
from app.data.store import open_database
from app.models.organisation import Department
from app.scoring.instruments import get_instrument


@pytest.fixture(scope="module")
def demo(demo_db_path):
    db = open_database(str(demo_db_path))
    yield db
    db.dispose()


def test_organisation_profile_is_the_mean_of_the_people(demo):
    inst = get_instrument("herzberg")
    with demo.session() as s:
        result = profiles_of(s, inst, threshold=5)
    assert len(result.people) == 8 and result.disclosure.allowed
    for scale in ("finance", "career", "cooperation"):
        values = [p.scores[scale] for p in result.people]
        assert result.means[scale] == pytest.approx(sum(values) / len(values))
    # Herzberg: every person's eight scales add up to 140, so the means do too
    assert sum(result.means[s.id] for s in inst.scales) == pytest.approx(140)


def test_a_small_department_shows_people_to_hr_but_no_group_mean(demo):
    inst = get_instrument("schein")
    with demo.session() as s:
        dept = s.scalars(select(Department.id)).first()
        result = profiles_of(s, inst, threshold=5, department_id=dept)
    assert not result.disclosure.allowed and result.means == {}
    assert len(result.people) < 5
