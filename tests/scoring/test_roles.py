"""Instruments declare the part they play (`role`, app/scoring/roles.py); the code finds them by
role, never by id (issue 19.3)."""

from __future__ import annotations

import json

import pytest

from app.paths import resources_dir
from app.scoring.instruments import InstrumentFileError, default_library, load_library
from app.scoring.roles import ROLES, SIGNIFICANCE, role_id, role_instrument

from .helpers import base, build


def test_an_unknown_role_is_refused_naming_the_roles():
    with pytest.raises(InstrumentFileError) as info:
        build(base(role="table_9_9"))
    assert info.value.field == "role"
    assert "table_9_9" in info.value.problem and SIGNIFICANCE in info.value.problem


def test_a_role_loads():
    assert build(base(role=SIGNIFICANCE)).role == SIGNIFICANCE
    assert build(base()).role == ""


def test_the_shipped_library_plays_every_role_once():
    library = default_library()
    assert sorted(inst.role for inst in library.values() if inst.role) == sorted(ROLES)
    assert role_instrument(library, SIGNIFICANCE) is library[role_id(library, SIGNIFICANCE)]
    assert role_instrument({}, SIGNIFICANCE) is None and role_id({}, SIGNIFICANCE) is None


def test_a_second_instrument_with_a_taken_role_is_refused(tmp_path):
    shipped = resources_dir() / "instruments"
    office = tmp_path / "instruments"
    office.mkdir()
    data = json.loads((shipped / "significance.json").read_text(encoding="utf-8"))
    data["id"] = "office_significance"
    (office / "office_significance.json").write_text(json.dumps(data), encoding="utf-8")
    library, errors = load_library([shipped, office])
    assert "office_significance" not in library
    assert role_id(library, SIGNIFICANCE) == "significance"  # the shipped one stays
    [error] = errors
    assert error.field == "role" and error.file.endswith("office_significance.json")
    assert "significance.json" in error.problem


def test_an_office_file_replacing_a_shipped_id_keeps_its_role(tmp_path):
    shipped = resources_dir() / "instruments"
    office = tmp_path / "instruments"
    office.mkdir()
    data = json.loads((shipped / "significance.json").read_text(encoding="utf-8"))
    data["version"] = "office-1"
    (office / "significance.json").write_text(json.dumps(data), encoding="utf-8")
    library, errors = load_library([shipped, office])
    assert errors == []
    assert role_instrument(library, SIGNIFICANCE).version == "office-1"
