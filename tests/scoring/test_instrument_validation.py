"""A bad instrument file is refused with a message naming file, field and problem."""

from __future__ import annotations

import json

import pytest

from app.scoring.instruments import InstrumentFileError, load_instrument_file, load_library

from .helpers import T, base, build


def _refused(data: dict) -> InstrumentFileError:
    with pytest.raises(InstrumentFileError) as info:
        build(data)
    return info.value


def test_a_valid_minimal_file_loads():
    inst = build(base())
    assert [i.id for i in inst.items] == ["q1", "q2"] and inst.active


def test_missing_kazakh_text_is_named():
    data = base()
    data["items"][1]["text"] = {"ru": "только русский"}
    err = _refused(data)
    assert (err.file, err.field) == ("mini.json", "items[1].text.kk")
    assert "missing" in err.problem


def test_empty_text_is_refused():
    data = base()
    data["title"] = {"ru": "Заголовок", "kk": "  "}
    assert _refused(data).field == "title.kk"


def test_items_must_be_numbered_without_gaps():
    data = base()
    data["items"][1]["id"] = "q3"
    err = _refused(data)
    assert err.field == "items[1].id" and "q2" in err.problem


def test_unknown_format_name():
    data = base()
    data["items"][0]["format"] = "r010"
    assert _refused(data).field == "items[0].format"


def test_scale_naming_an_unknown_item():
    data = base(
        scales=[{"id": "s", "name": T, "items": ["q1", "q9"]}],
        scoring={"method": "sum", "aggregate": "sum"},
    )
    err = _refused(data)
    assert err.field == "scales[0].items[1]" and "q9" in err.problem


def test_choice_key_with_an_option_that_does_not_exist():
    data = base(
        kind="test",
        formats={},
        items=[
            {
                "id": "q1",
                "text": T,
                "format": {"type": "single"},
                "options": [{"text": T}, {"text": T}],
            }
        ],
        scales=[{"id": "A", "name": T}],
        scoring={"method": "choice_key", "key": {"q1": {"3": ["A"]}}},
    )
    err = _refused(data)
    assert err.field == "scoring.key.q1.3" and "1..2" in err.problem


def test_split_key_total_check():
    data = base(
        kind="test",
        formats={"p": {"type": "split", "parts": 2, "total": 5}},
        items=[{"id": "q1", "format": "p", "text": T, "parts": [T, T]}],
        scales=[{"id": "A", "name": T}, {"id": "B", "name": T}],
        scoring={"method": "split_key", "key": {"q1": ["A", "B"]}, "check_total": 140},
    )
    err = _refused(data)
    assert err.field == "scoring.check_total" and "5" in err.problem


def test_interpretation_of_an_unknown_band():
    data = base(
        scales=[{"id": "s", "name": T, "items": ["q1"]}],
        scoring={"method": "sum"},
        levels={"l": {"applies_to": ["s"], "bands": [{"id": "high", "label": T, "min": 3}]}},
        interpretations={"s.low": {"text": T}},
    )
    assert _refused(data).field == "interpretations.s.low"


def test_disabled_instrument_needs_a_reason():
    data = base(status="disabled", items=[], scoring={"method": "sum"})
    assert _refused(data).field == "disabled_reason"


def test_file_level_errors_name_the_file(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1,', encoding="utf-8")
    with pytest.raises(InstrumentFileError) as info:
        load_instrument_file(broken)
    assert info.value.file == str(broken) and "JSON" in info.value.problem
    wrong_id = tmp_path / "other.json"
    wrong_id.write_text(json.dumps(base()), encoding="utf-8")
    with pytest.raises(InstrumentFileError) as info:
        load_instrument_file(wrong_id)
    assert info.value.field == "id"


def test_a_bad_file_does_not_hide_the_good_ones(tmp_path):
    (tmp_path / "mini.json").write_text(json.dumps(base()), encoding="utf-8")
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    library, errors = load_library([tmp_path])
    assert list(library) == ["mini"]
    assert len(errors) == 1 and errors[0].file.endswith("bad.json")


def test_an_office_file_replaces_the_shipped_one(tmp_path):
    shipped, office = tmp_path / "a", tmp_path / "b"
    shipped.mkdir(), office.mkdir()
    (shipped / "mini.json").write_text(json.dumps(base(version="1")), encoding="utf-8")
    (office / "mini.json").write_text(json.dumps(base(version="2-office")), encoding="utf-8")
    library, _ = load_library([shipped, office])
    assert library["mini"].version == "2-office"
