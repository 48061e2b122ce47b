"""Malformed files an office hands the program (issue 15.6): instrument files in the data folder,
response files in CSV and XLSX. Each is refused by name with the reason — the instrument file,
the formula cell, the short row, the repeated column as written, the encoding — never a
traceback, and the rest of the program keeps working."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app.fileio import FileFormatError, detect_text_encoding
from app.scoring.instruments import (
    InstrumentFileError,
    get_instrument,
    load_instrument_file,
    load_library,
    shipped_folders,
)
from app.scoring.responses import ResponseFileError, read_responses

ROOT = Path(__file__).resolve().parent.parent.parent
CLIMATE = get_instrument("climate")
HEADER = [f"q{n}" for n in range(1, 11)]


def _shipped(name: str) -> dict:
    return json.loads((shipped_folders()[0] / f"{name}.json").read_text(encoding="utf-8"))


def instrument_cases() -> dict[str, bytes]:
    """Broken instrument files, by kind: each must be refused naming the file."""
    good = _shipped("climate")

    def changed(**fields):
        return json.dumps({**good, **fields}, ensure_ascii=False).encode()

    deep_value = 1
    for _ in range(60):
        deep_value = [deep_value]
    return {
        "deeply nested array": b"[" * 200000 + b"]" * 200000,
        "deeply nested object": b'{"a":' * 100000 + b"1" + b"}" * 100000,
        "nested deeper than an instrument": changed(notes=deep_value),
        "not JSON": b"{ this is not json",
        "not UTF-8": '{"id": "климат"}'.encode("utf-16"),
        "a list": b"[1, 2, 3]",
        "items a string": changed(items="q1..q10"),
        "items of numbers": changed(items=[1, 2, 3]),
        "formats a list": changed(formats=[1]),
        "title a number": changed(title=5),
        "format version text": changed(format="1"),
        "scales an object": changed(scales={"a": 1}),
        "scoring null": changed(scoring=None),
        "an integer of 5000 digits": b'{"format": 1' + b"0" * 5000 + b"}",
        "empty file": b"",
    }


def test_every_malformed_instrument_file_is_refused_by_name(tmp_path):
    folder = tmp_path / "instruments"
    folder.mkdir()
    cases = instrument_cases()
    for k, content in enumerate(cases.values()):
        (folder / f"climate_{k}.json").write_bytes(content)
    (folder / "office_good.json").write_text(
        json.dumps({**_shipped("climate"), "id": "office_good", "role": ""}), encoding="utf-8"
    )
    library, errors = load_library([shipped_folders()[0], folder])
    assert "office_good" in library and "climate" in library  # the rest still loads
    refused = {Path(e.file).name: e for e in errors}
    assert sorted(refused) == sorted(f"climate_{k}.json" for k in range(len(cases)))
    assert all(isinstance(e, InstrumentFileError) and e.problem for e in errors)
    assert "nested" in refused["climate_0.json"].problem
    with pytest.raises(InstrumentFileError):
        load_instrument_file(folder / "climate_0.json")


def test_commands_keep_working_with_broken_office_files_and_name_them(tmp_path):
    data = tmp_path / "data"
    (data / "instruments").mkdir(parents=True)
    (data / "instruments" / "deep.json").write_bytes(b"[" * 200000 + b"]" * 200000)
    (data / "instruments" / "wrong.json").write_text('{"format": 1, "id": "wrong", "items": 5}')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOTIVDESK_DATA_DIR=str(data))
    for args in (
        ["instruments"],
        ["score", "climate", "--input", str(_csv(tmp_path / "a.csv", [HEADER, ["4"] * 10]))],
    ):
        r = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        assert "deep.json" in r.stderr and "wrong.json" in r.stderr
    code = (
        "from app.scoring.instruments import default_library, refused_files;"
        "print(len(default_library()) > 5, sorted(e.file.rsplit('/', 1)[-1] "
        "for e in refused_files()))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert r.stdout.strip() == "True ['deep.json', 'wrong.json']", r.stderr


def _csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", sep: str = ";") -> Path:
    path.write_bytes("\r\n".join(sep.join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


def _problems(path: Path) -> list:
    with pytest.raises(ResponseFileError) as err:
        read_responses(CLIMATE, path)
    return err.value.problems


def test_a_formula_without_a_saved_value_is_refused_naming_the_cell(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([4] * 10)
    sheet.append([4, 5, "=A3+1", 3, 4, 4, 4, 4, 3, 2])  # openpyxl saves no result
    path = tmp_path / "formula.xlsx"
    book.save(path)
    (problem,) = _problems(path)
    assert (problem.row, problem.column, problem.problem) == (3, "cell C3", "formula_without_value")
    assert "row 3, column cell C3" in problem.describe()


def test_a_formula_with_its_saved_value_is_read(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append([4] * 10)
    path = tmp_path / "plain.xlsx"
    book.save(path)
    import zipfile

    with zipfile.ZipFile(path) as src:  # give cell C2 a formula with a saved result, as Excel does
        files = {n: src.read(n) for n in src.namelist()}
    sheet_xml = files["xl/worksheets/sheet1.xml"]
    cell = sheet_xml[sheet_xml.index(b'<c r="C2"') :]
    cell = cell[: cell.index(b"</c>") + 4]
    files["xl/worksheets/sheet1.xml"] = sheet_xml.replace(
        cell, b'<c r="C2" t="n"><f>A2+1</f><v>5</v></c>'
    )
    with zipfile.ZipFile(path, "w") as out:
        for name, content in files.items():
            out.writestr(name, content)
    assert read_responses(CLIMATE, path).answers["q3"].tolist() == [5.0]


def test_a_row_with_too_few_fields_is_refused_naming_the_row(tmp_path):
    path = _csv(tmp_path / "cut.csv", [HEADER, ["4"] * 10, ["4"] * 10, ["4", "5", "3"]])
    (problem,) = _problems(path)
    assert (problem.row, problem.problem, problem.detail) == (4, "too_few_fields", "3 of 10")
    quoted = _csv(tmp_path / "quoted.csv", [HEADER, ['"4"'] * 10, ['"4"', "5"]])
    assert [(p.row, p.problem) for p in _problems(quoted)] == [(3, "too_few_fields")]
    blanks = _csv(tmp_path / "blanks.csv", [HEADER, ["4"] + [""] * 9])  # blank cells: fine
    assert read_responses(CLIMATE, blanks).answers["q2"].isna().all()


def test_a_repeated_column_is_named_as_written(tmp_path):
    path = _csv(tmp_path / "dup.csv", [HEADER + ["q1"], ["4"] * 11])
    (problem,) = _problems(path)
    assert (problem.column, problem.problem) == ("q1", "duplicate_column")
    book = openpyxl.Workbook()
    book.active.append(HEADER + ["q2"])
    book.active.append([4] * 11)
    book.save(tmp_path / "dup.xlsx")
    assert [(p.column, p.problem) for p in _problems(tmp_path / "dup.xlsx")] == [
        ("q2", "duplicate_column")
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251"])
def test_csv_encodings_excel_writes_are_read(tmp_path, encoding):
    rows = [["department"] + HEADER, ["Отдел «кадров» №1"] + ["4"] * 10]
    path = _csv(tmp_path / "enc.csv", rows, encoding=encoding)
    assert detect_text_encoding(path.read_bytes()) == encoding
    assert read_responses(CLIMATE, path).meta["department"].tolist() == ["Отдел «кадров» №1"]


@pytest.mark.parametrize(
    "content,named",
    [
        ("q1;q2\r\n4;4\r\n".encode("utf-16"), "UTF-16"),
        (bytes(range(0x80, 0x100)) * 4, "neither UTF-8 nor Windows-1251"),
        (b"q1;q2\r\n\x81\x83\x88\x98\r\n", "neither UTF-8 nor Windows-1251"),
    ],
)
def test_other_encodings_are_refused_naming_the_encoding(tmp_path, content, named):
    path = tmp_path / "enc.csv"
    path.write_bytes(content)
    (problem,) = _problems(path)
    assert problem.problem == "bad_encoding" and problem.detail == named
    with pytest.raises(FileFormatError):
        detect_text_encoding(content)


def test_the_counts_the_readme_states():
    assert len(instrument_cases()) >= 15
