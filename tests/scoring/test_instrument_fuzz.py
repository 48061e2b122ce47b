"""A damaged instrument file is refused with InstrumentFileError naming file, field and problem —
never another exception (office-made files are user input)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.scoring.instruments import InstrumentFileError, parse_instrument

ROOT = Path(__file__).resolve().parents[2]
BASE = {
    name: json.loads(
        (ROOT / "resources" / "instruments" / f"{name}.json").read_text(encoding="utf-8")
    )
    for name in ("gerchikov", "herzberg", "hall_ei", "job_satisfaction")
}

JUNK = st.one_of(
    st.none(),
    st.integers(-3, 3),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(BASE)),
    pick=st.integers(min_value=0),
    junk=JUNK,
    delete=st.booleans(),
)
def test_mutated_files_are_refused_by_name_or_accepted(name, pick, junk, delete):
    doc = copy.deepcopy(BASE[name])
    paths = [p for p in _paths(doc) if p]
    path = paths[pick % len(paths)]
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = junk
    try:
        parse_instrument(doc, f"{name}.json", expected_id=name)
    except InstrumentFileError as exc:
        assert exc.file == f"{name}.json" and str(exc)
