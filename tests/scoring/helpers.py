"""Small inline instruments for engine tests that must not depend on the shipped files."""

from __future__ import annotations

import copy

from app.scoring.instruments import parse_instrument

T = {"ru": "текст", "kk": "мәтін"}


def base(**over) -> dict:
    data = {
        "format": 1,
        "id": "mini",
        "version": "1",
        "status": "active",
        "kind": "questionnaire",
        "title": T,
        "short_title": T,
        "source": T,
        "instructions": T,
        "formats": {"r05": {"type": "rating", "min": 0, "max": 5}},
        "items": [
            {"id": "q1", "text": T, "format": "r05"},
            {"id": "q2", "text": T, "format": "r05"},
        ],
        "scales": [],
        "scoring": {"method": "factor_matrix"},
    }
    data.update(over)
    return copy.deepcopy(data)


def build(data: dict):
    return parse_instrument(data, "mini.json", expected_id=data["id"])
