"""The Kazakhstan personnel-management indicators (seed 002) from yearly movements."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.scoring.indicators import (
    IndicatorInputError,
    YearMovements,
    compute,
    compute_years,
    parse_movements,
    round_half_up,
)

SEED_2017 = YearMovements(
    2017,
    721,
    {
        "left_civil_service": 45,
        "left_body": 154,
        "first_year_leavers": 0,
        "appointed": 168,
        "dismissed": 158,
        "over_3_years": 323,
        "exit_interviews": 45,
    },
)


def test_seed_002_worked_figures():
    result = compute(SEED_2017)
    # §1.1: 45 of an average 721 left the civil service = 6,2 %, below the critical 9 %
    assert result.printed("net_turnover") == "6.2"
    assert result.values["net_turnover"] == pytest.approx(4500 / 721)
    assert result.net_turnover_critical is False
    # computed from the raw inputs, not the seed's printed 21,7 % and 44,4 %
    assert result.printed("leavers_from_body") == "21.4"  # 15400/721 = 21.359…
    assert result.printed("stability") == "44.8"  # 32300/721 = 44.798…
    assert result.printed("first_year_turnover") == "0.0"  # §1.3
    assert result.printed("circulation") == "45.2"  # (168 + 158) / 721 = 45.214…
    assert result.printed("exit_interview_coverage") == "100.0"  # §1.6: 45 of 45


def test_critical_level_follows_the_printed_value():
    # 181 / 2000 = 9,05 % prints as 9,1 % > 9 %; 180 / 2000 = 9,0 % is not above it
    above = compute(YearMovements(2020, 2000, {"left_civil_service": 181}))
    at = compute(YearMovements(2020, 2000, {"left_civil_service": 180}))
    assert (above.printed("net_turnover"), above.net_turnover_critical) == ("9.1", True)
    assert (at.printed("net_turnover"), at.net_turnover_critical) == ("9.0", False)


def test_missing_inputs_give_no_figure_and_change_is_in_points():
    before = YearMovements(2016, 700, {"left_civil_service": 55})
    years = compute_years([SEED_2017, before])  # any order in, oldest first out
    assert [y.year for y in years] == [2016, 2017]
    assert years[0].values["stability"] is None
    assert years[1].change["net_turnover"] == pytest.approx(4500 / 721 - 5500 / 700)
    assert years[1].change["stability"] is None


def test_a_gap_between_years_gives_no_change():
    years = compute_years([YearMovements(2015, 700, {"left_civil_service": 55}), SEED_2017])
    assert years[1].change == {}


def test_round_half_up_as_printed():
    assert round_half_up(6.25) == 6.3 and round_half_up(6.24) == 6.2
    assert round_half_up(0.05) == 0.1  # float noise would give 0.0 with round()


def test_parse_accepts_semicolons_decimal_comma_and_optional_columns():
    rows = parse_movements("year;average_headcount;left_civil_service\n2017;720,5;45\n")
    assert rows == [YearMovements(2017, 720.5, {"left_civil_service": 45})]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "empty"),
        ("year,average_headcount\n2017,721\n", "missing column(s) left_civil_service"),
        (
            "year,average_headcount,left_civil_service,bonus\n2017,721,45,1\n",
            "unknown column(s) bonus",
        ),
        (
            "year,average_headcount,left_civil_service\n2017,721,-1\n",
            "row 2, column left_civil_service: '-1'",
        ),
        ("year,average_headcount,left_civil_service\n2017,721,4.5\n", "not a whole number"),
        ("year,average_headcount,left_civil_service\n2017,0,4\n", "must be more than 0"),
        ("year,average_headcount,left_civil_service\n2017,abc,4\n", "'abc' is not a number"),
        ("year,average_headcount,left_civil_service\n2017,721,nan\n", "'nan' is not a number"),
        ("year,average_headcount,left_civil_service\n2017,721\n", "row 2: 2 fields"),
        (
            "year,average_headcount,left_civil_service\n2017,721,4\n2017,700,5\n",
            "2017 is given twice",
        ),
        (
            "year,average_headcount,left_civil_service,left_body\n2017,721,50,40\n",
            "more than left_body",
        ),
        (
            "year,average_headcount,left_civil_service,left_civil_service\n2017,721,4,4\n",
            "given twice",
        ),
        ("year,average_headcount,left_civil_service\n", "no data rows"),
    ],
)
def test_bad_input_is_refused_naming_row_column_and_value(text, fragment):
    with pytest.raises(IndicatorInputError) as info:
        parse_movements(text)
    assert fragment in str(info.value)


def test_cli_json_and_refusal(tmp_path, capsys):
    good = tmp_path / "movements.csv"
    # a file saved by Excel as "CSV UTF-8" starts with a byte-order mark
    good.write_bytes(
        "\ufeffyear,average_headcount,left_civil_service,exit_interviews\n2017,721,45,45\n".encode(
            "utf-8"
        )
    )
    assert main(["indicators", "--input", str(good), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    year = doc["years"][0]
    assert year["printed"]["net_turnover"] == "6.2"
    assert year["printed"]["exit_interview_coverage"] == "100.0"
    assert year["net_turnover_critical"] is False and doc["critical_net_turnover_pct"] == 9.0
    bad = tmp_path / "bad.csv"
    bad.write_text("year,average_headcount,left_civil_service\n2017,721,x\n")
    assert main(["indicators", "--input", str(bad)]) == 1
    assert "row 2, column left_civil_service: 'x'" in capsys.readouterr().err
