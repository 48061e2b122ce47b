"""Importers never crash on garbage: random, truncated or mangled files give ResponseFileError
(or a clean parse), never another exception (PRODUCT.md §8 'bad input of any kind')."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.scoring.instruments import get_instrument
from app.scoring.responses import ResponseFileError, read_responses


def _xlsx_bytes(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


GOOD_XLSX = _xlsx_bytes([[f"q{n}" for n in range(1, 11)], [4, 8, 4, 3, 4, 4, 4, 4, 3, 2]])


def _outcome(path):
    try:
        read_responses(get_instrument("climate"), path)
    except ResponseFileError as exc:
        assert exc.problems  # every refusal names at least one problem
        return "refused"
    return "parsed"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0, max_value=len(GOOD_XLSX) - 1))
def test_truncated_xlsx_is_refused_cleanly(tmp_path, cut):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(GOOD_XLSX[:cut])
    assert _outcome(path) == "refused"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_never_crash(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    assert _outcome(path) in ("refused", "parsed")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cells=st.lists(
        st.lists(
            st.one_of(st.text(max_size=6), st.integers(-5, 99), st.floats(allow_nan=True)),
            min_size=10,
            max_size=10,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_random_cells_are_parsed_or_refused_by_name(tmp_path, cells):
    path = tmp_path / "cells.csv"
    lines = [";".join(f"q{n}" for n in range(1, 11))]
    lines += [";".join(str(c).replace(";", ",").replace("\n", " ") for c in row) for row in cells]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _outcome(path) in ("refused", "parsed")
