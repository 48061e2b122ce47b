"""Provenance of interpretation texts (issue 18.6): each text says where it comes from, and the
seed is followed where it speaks (App. 4 and 6 on Gerchikov's types)."""

from __future__ import annotations

import pytest

from app.scoring.definitions import SOURCES
from app.scoring.instruments import (
    InstrumentFileError,
    default_library,
    get_instrument,
    parse_instrument,
)

LIBRARY = default_library()


@pytest.mark.parametrize(
    "instrument_id", sorted(i.id for i in LIBRARY.values() if i.interpretations)
)
def test_every_shipped_interpretation_names_its_source(instrument_id):
    for key, text in LIBRARY[instrument_id].interpretations.items():
        assert text.source in SOURCES, (instrument_id, key)
        assert (text.tools is None) == (text.tools_source == ""), (instrument_id, key)
        assert text.tools_source in SOURCES + ("",)
        assert text.source_detail, (instrument_id, key)


def test_owners_type_tools_follow_appendices_4_and_6_without_money():
    ho = get_instrument("gerchikov").interpretations["HO"]
    assert ho.source == ho.tools_source == "seed"
    for word in ("денеж", "ақша", "оплат"):
        assert word not in ho.tools.ru.lower() and word not in ho.tools.kk.lower()
    assert "Участие в управлении организацией" in ho.tools.ru
    assert "карьерному росту" in ho.tools.ru


def test_seed_penalties_for_the_instrumental_and_patriotic_types():
    inst = get_instrument("gerchikov")
    assert "взыскания" in inst.interpretations["IN"].tools.ru  # App. 4
    assert "жазалау" in inst.interpretations["IN"].tools.kk
    assert "наказание (например, выговор)" in inst.interpretations["PA"].tools.ru
    assert "сөгіс" in inst.interpretations["PA"].tools.kk


def test_schein_descriptions_are_marked_as_ours():
    assert {t.source for t in get_instrument("schein").interpretations.values()} == {"ours"}


def test_an_unknown_source_is_refused_naming_the_field():
    import json

    data = json.loads(
        get_instrument("hall_ei").path
        and open(get_instrument("hall_ei").path, encoding="utf-8").read()
    )
    data["interpretations"]["empathy"]["source"] = "internet"
    with pytest.raises(InstrumentFileError) as info:
        parse_instrument(data, "hall_ei.json", "hall_ei")
    assert "interpretations.empathy.source" in str(info.value)
