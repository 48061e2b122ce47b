"""Response files (PRODUCT.md §10): CSV and XLSX, validation naming row, column and value."""

from __future__ import annotations

import pandas as pd
import pytest

from app.reports.template import build_template
from app.scoring.instruments import get_instrument
from app.scoring.report import score_document
from app.scoring.responses import ResponseFileError, read_responses

from .test_instrument_keys import HALL_SEED


def _write_csv(path, header: list[str], rows: list[list]) -> None:
    lines = [",".join(header)] + [",".join("" if v is None else str(v) for v in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _refusal(instrument_id: str, path) -> ResponseFileError:
    with pytest.raises(ResponseFileError) as info:
        read_responses(get_instrument(instrument_id), path)
    return info.value


def test_hall_csv_scores_the_seed_example(tmp_path):
    path = tmp_path / "hall.csv"
    header = ["respondent"] + [f"q{n}" for n in range(1, 31)]
    _write_csv(path, header, [["E1"] + [HALL_SEED[n] for n in range(1, 31)]])
    doc = score_document(get_instrument("hall_ei"), read_responses(get_instrument("hall_ei"), path))
    assert doc["n"] == 1 and doc["respondents"][0]["respondent"] == "E1"
    assert doc["respondents"][0]["scores"]["total"] == 69
    assert doc["respondents"][0]["levels"]["total"] == "medium"
    assert doc["group"]["means"]["empathy"] == 18


def test_semicolon_csv_and_decimal_comma_whole_numbers(tmp_path):
    path = tmp_path / "climate.csv"
    path.write_text("q1;q2;q3;q4;q5;q6;q7;q8;q9;q10\n4;8;4;3;4;4;4;4;3;2,0\n", encoding="utf-8")
    responses = read_responses(get_instrument("climate"), path)
    doc = score_document(get_instrument("climate"), responses)
    assert doc["respondents"][0]["scores"]["total"] == 40


def test_job_satisfaction_accepts_cyrillic_and_latin_letters(tmp_path):
    path = tmp_path / "js.csv"
    header = [f"q{n}" for n in range(1, 19)]
    _write_csv(path, header, [["а"] * 18, ["a"] * 18, [1] * 18])
    doc = score_document(
        get_instrument("job_satisfaction"), read_responses(get_instrument("job_satisfaction"), path)
    )
    totals = [round(r["scores"]["total"], 2) for r in doc["respondents"]]
    assert totals == [66.67, 66.67, 66.67]


def test_out_of_range_value_names_row_column_and_value(tmp_path):
    path = tmp_path / "hall.csv"
    rows = [[1] * 30, [1] * 30, [1] * 30]
    rows[1][2] = 7  # spreadsheet row 3, column q3
    _write_csv(path, [f"q{n}" for n in range(1, 31)], rows)
    err = _refusal("hall_ei", path)
    problem = err.problems[0]
    assert (problem.row, problem.column, problem.value, problem.problem) == (
        3,
        "q3",
        "7",
        "out_of_range",
    )
    assert "row 3, column q3: value '7'" in problem.describe()


def test_hall_zero_is_not_an_answer(tmp_path):
    path = tmp_path / "hall.csv"
    _write_csv(path, [f"q{n}" for n in range(1, 31)], [[0] + [1] * 29])
    assert _refusal("hall_ei", path).problems[0].column == "q1"


def test_split_must_add_up(tmp_path):
    path = tmp_path / "hz.csv"
    header = [f"q{n}{p}" for n in range(1, 29) for p in "ab"]
    row = [5, 0] * 28
    row[2:4] = [3, 3]  # pair 2: 3 + 3 = 6
    _write_csv(path, header, [row])
    err = _refusal("herzberg", path)
    assert err.problems[0].problem == "split_sum" and err.problems[0].value == "3+3"
    assert err.problems[0].column == "q2a…q2b"


def test_multi_choice_count_rules_and_branching(tmp_path):
    path = tmp_path / "g.csv"
    _write_csv(
        path,
        ["is_manager", "q1", "q22", "q23"],
        [
            [1, "1;2;3", "", ""],  # Q1 allows at most 2
            [0, "2", "1", ""],  # Q22 is for managers only
            [1, "9", "", ""],
        ],
    )  # no option 9
    err = _refusal("gerchikov", path)
    found = {(p.row, p.column, p.problem) for p in err.problems}
    assert (2, "q1", "too_many_choices") in found
    assert (3, "q22", "not_applicable") in found
    assert (4, "q1", "bad_option") in found


def test_unknown_column_is_refused(tmp_path):
    path = tmp_path / "s.csv"
    _write_csv(path, ["q1", "q99", "name"], [[3, 4, "Иванов"]])
    err = _refusal("significance", path)
    assert {p.column for p in err.problems} == {"q99", "name"}


def test_broken_xlsx_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    err = _refusal("significance", path)
    assert err.problems[0].problem == "unreadable"


def test_template_round_trip_xlsx(tmp_path):
    inst = get_instrument("herzberg")
    template = build_template(inst, tmp_path / "hz.xlsx", lang="kk")
    frame = pd.read_excel(template, dtype=str)
    assert list(frame.columns[:5]) == [
        "respondent",
        "department",
        "tenure_band",
        "gender",
        "is_manager",
    ]
    assert "q1a" in frame.columns and "q28b" in frame.columns
    filled = frame.reindex(range(2)).copy()
    filled["respondent"] = ["R1", "R2"]
    for n in range(1, 29):
        filled[f"q{n}a"], filled[f"q{n}b"] = ["5", "0"], ["0", "5"]
    path = tmp_path / "filled.xlsx"
    filled.to_excel(path, index=False)
    doc = score_document(inst, read_responses(inst, path))
    assert doc["respondents"][0]["scores"]["cooperation"] == 30
    assert doc["respondents"][1]["scores"]["cooperation"] == 5  # B-side of pair 10 only
    assert all(sum(r["scores"].values()) == 140 for r in doc["respondents"])


def test_factor_questionnaire_json_group_factors(tmp_path):
    path = tmp_path / "sig.csv"
    # Table 2.1 factor 1 distribution: 0,1,1,5,15,23 respondents scored 0..5.
    values = [v for v, n in enumerate([0, 1, 1, 5, 15, 23]) for _ in range(n)]
    _write_csv(path, ["q1"], [[v] for v in values])
    doc = score_document(
        get_instrument("significance"), read_responses(get_instrument("significance"), path)
    )
    f1 = doc["group"]["factors"]["q1"]
    assert (f1["n"], f1["sum"], round(f1["strength_pct"], 1), round(f1["mean"], 2)) == (
        45,
        193,
        85.8,
        4.29,
    )
    assert f1["high_share"] == pytest.approx(38 / 45)
    assert doc["group"]["factors"]["q2"]["n"] == 0


def _gerchikov_row(answers: dict) -> dict:
    return {
        k: (";".join(str(x) for x in v) if isinstance(v, list) else v) for k, v in answers.items()
    }


def test_score_json_has_each_respondents_gerchikov_type_shares(tmp_path):
    from .test_instrument_keys import GERCHIKOV_MANAGER

    inst = get_instrument("gerchikov")
    row = _gerchikov_row(GERCHIKOV_MANAGER)
    header = ["respondent", "is_manager"] + list(row)
    path = tmp_path / "g.csv"
    _write_csv(path, header, [["M1", 1] + list(row.values())])
    entry = score_document(inst, read_responses(inst, path))["respondents"][0]
    assert entry["scores"] == {"IN": 4, "PR": 17, "PA": 5, "HO": 6, "LU": 0}
    assert entry["type"] == ["PR"]
    # the share the seed reports as «29 %»: the type's points x 100 / all the respondent's points
    assert entry["shares"]["PR"] == pytest.approx(17 * 100 / 32)
    assert entry["shares"]["LU"] == 0 and sum(entry["shares"].values()) == pytest.approx(100)


def test_factor_questionnaire_entries_hold_only_the_respondent(tmp_path):
    path = tmp_path / "sig.csv"
    _write_csv(path, ["respondent", "q1", "q2"], [["A", 5, 4], [None, 3, ""]])
    doc = score_document(
        get_instrument("significance"), read_responses(get_instrument("significance"), path)
    )
    assert doc["respondents"] == [{"respondent": "A"}, {"respondent": "2"}]


def test_numbers_parsed_by_the_reader_are_checked_like_text(tmp_path):
    # a clean numeric column is parsed by the CSV reader; padded cells still count, and a bad
    # number is named with the value as written
    path = tmp_path / "hall.csv"
    rows = [[1] * 30 for _ in range(3)]
    rows[0][0] = " 2 "
    rows[2][4] = "2.5"
    _write_csv(path, [f"q{n}" for n in range(1, 31)], rows)
    problems = _refusal("hall_ei", path).problems
    assert [(p.row, p.column, p.value, p.problem) for p in problems] == [
        (4, "q5", "2.5", "not_a_number")
    ]
    rows[2][4] = 1
    _write_csv(path, [f"q{n}" for n in range(1, 31)], rows)
    doc = score_document(get_instrument("hall_ei"), read_responses(get_instrument("hall_ei"), path))
    assert [r["scores"]["total"] for r in doc["respondents"]] == [31, 30, 30]


def test_batarshev_q19_numbers_and_letters_give_the_six_seed_bands(tmp_path):
    inst = get_instrument("job_satisfaction")
    path = tmp_path / "js.csv"
    header = ["respondent", "tenure_band"] + [f"q{n}" for n in range(1, 20)]
    rows = [
        ["A", "", *(["а"] * 18), "д"],  # «от 10 до 20 лет»: cannot be a campaign band
        ["B", "", *(["в"] * 18), "5"],
        ["C", "10_15", *(["а"] * 18), "Д"],  # agrees: 10-15 lies in 10-20, the finer is kept
        ["D", "", *(["б"] * 18), "1"],
        ["E", "", *(["а"] * 18), ""],
    ]
    _write_csv(path, header, rows)
    responses = read_responses(inst, path)
    assert list(responses.meta["tenure_band"]) == ["10_20", "10_20", "10_15", "lt1", None]
    doc = score_document(inst, responses)
    table = doc["group"]["by_tenure"]
    # table 3.4: six bands of the seed and «не указали стаж»; empty bands are left out
    assert list(table) == ["lt1", "10_20", "not_given", "all"]
    assert table["10_20"]["n"] == 3 and table["not_given"]["n"] == 1 and table["all"]["n"] == 5
    totals = {r["respondent"]: r["scores"]["total"] for r in doc["respondents"]}
    assert totals["A"] == totals["C"] == pytest.approx(24 * 100 / 36)  # all «а»
    assert table["10_20"]["total"] == pytest.approx((totals["A"] + totals["B"] + totals["C"]) / 3)


@pytest.mark.parametrize(
    "q19, tenure, problem",
    [
        ("7", "", "bad_tenure_option"),
        ("ж", "", "bad_tenure_option"),
        ("2", "gt20", "tenure_conflict"),
    ],
)
def test_batarshev_q19_refuses_bad_options_and_disagreement(tmp_path, q19, tenure, problem):
    path = tmp_path / "js.csv"
    _write_csv(path, ["tenure_band", "q1", "q19"], [[tenure, "а", q19]])
    problems = _refusal("job_satisfaction", path).problems
    assert [(p.row, p.column, p.problem) for p in problems] == [(2, "q19", problem)]


def test_q19_is_no_column_of_other_instruments(tmp_path):
    path = tmp_path / "climate.csv"  # 10 pairs
    _write_csv(path, ["q1", "q19"], [[1, 1]])
    assert [p.problem for p in _refusal("climate", path).problems] == ["unknown_column"]


def test_gerchikov_q22_and_q23_with_no_manager_flag_is_refused(tmp_path):
    from .test_instrument_keys import GERCHIKOV_BASE

    inst = get_instrument("gerchikov")
    base = _gerchikov_row(GERCHIKOV_BASE)
    header = ["is_manager"] + list(base) + ["q22", "q23"]
    path = tmp_path / "g.csv"
    _write_csv(
        path,
        header,
        [
            ["", *base.values(), 5, ""],  # only Q22: the manager branch
            ["", *base.values(), "", 6],  # only Q23: the other branch
            ["", *base.values(), 5, 6],
        ],
    )  # both: which was asked?
    problems = _refusal("gerchikov", path).problems
    assert [(p.row, p.column, p.problem) for p in problems] == [(4, "q22/q23", "branch_ambiguous")]
    _write_csv(path, header, [["", *base.values(), 5, ""], ["", *base.values(), "", 6]])
    doc = score_document(inst, read_responses(inst, path))
    assert doc["respondents"][0]["scores"]["PR"] == 17  # Q22-5 -> PR
    assert doc["respondents"][1]["scores"]["IN"] == 5  # Q23-6 -> IN
