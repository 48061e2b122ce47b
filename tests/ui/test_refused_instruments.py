"""A broken instrument file in the office's folder is named on the Settings page (issue 19.3)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.paths import translations_dir, user_instruments_dir
from app.scoring import instruments
from app.ui.context import AppContext
from app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def broken_file():
    folder = user_instruments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "office_broken.json"
    path.write_text('{"format": 1, "id": "office_broken", "items": [[[[[[]]]]]]}', encoding="utf-8")
    saved, saved_refused = instruments._CACHE, list(instruments._REFUSED)
    instruments._CACHE = None  # read the folder again, as a new start of the program would
    yield path
    path.unlink()
    instruments._CACHE = saved
    instruments._REFUSED[:] = saved_refused


def test_settings_page_lists_refused_files(qtbot, db, settings, languages, broken_file):
    assert any(e.file.endswith("office_broken.json") for e in instruments.refused_files())
    page = SettingsPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.refused_label.isHidden()
    assert "office_broken.json" in page.refused_label.text()


@pytest.fixture
def second_player():
    """An office's copy of Gerchikov's test under another id: its role is taken."""
    import json

    from app.paths import resources_dir

    folder = user_instruments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads((resources_dir() / "instruments" / "gerchikov.json").read_text("utf-8"))
    data["id"] = "office_types"
    path = folder / "office_types.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    saved, saved_refused = instruments._CACHE, list(instruments._REFUSED)
    instruments._CACHE = None
    yield path
    path.unlink()
    instruments._CACHE = saved
    instruments._REFUSED[:] = saved_refused


def test_a_second_instrument_in_a_role_is_listed_as_refused(
    qtbot, db, settings, languages, second_player
):
    assert "office_types" not in instruments.default_library()
    page = SettingsPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.refused_label.isHidden()
    text = page.refused_label.text()
    assert "office_types.json: role:" in text and "gerchikov.json" in text


@pytest.fixture
def two_broken_files():
    """Two broken office files: one with a field missing, one that is not JSON."""
    folder = user_instruments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    missing = folder / "office_missing.json"
    missing.write_text('{"format": 1, "id": "office_missing"}', encoding="utf-8")
    not_json = folder / "office_not_json.json"
    not_json.write_text('{"format": 1, "id": ', encoding="utf-8")
    saved, saved_refused = instruments._CACHE, list(instruments._REFUSED)
    instruments._CACHE = None
    yield missing, not_json
    missing.unlink()
    not_json.unlink()
    instruments._CACHE = saved
    instruments._REFUSED[:] = saved_refused


def _qt_translate(context: str, source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "kk",
            [
                "• office_missing.json: status: жоқ",
                "• office_not_json.json: 1-жол, 21-таңба: файл дұрыс JSON емес (мән күтілген еді)",
            ],
        ),
        (
            "ru",
            [
                "• office_missing.json: status: отсутствует",
                "• office_not_json.json: строка 1, символ 21: "
                "файл не является корректным JSON (ожидалось значение)",
            ],
        ),
    ],
)
def test_refused_files_are_explained_in_the_interface_language(
    qtbot, db, settings, languages, two_broken_files, lang, expected
):
    """The reason (the JSON parser's words in it, and a field such as "line 1, column 21") is in
    Kazakh or Russian; the file's name and a field's JSON path stay as they are."""
    refused = [e for e in instruments.refused_files() if Path(e.file).name.startswith("office_")]
    english = {e.problem for e in refused} | {"line 1, column 21", "Expecting value"}
    assert english >= {"is missing", "is not valid JSON (Expecting value)", "line 1, column 21"}
    languages.set_language(lang)
    page = SettingsPage(AppContext(db, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    lines = page.refused_label.text().splitlines()
    assert lines[1:] == expected
    assert not any(text in page.refused_label.text() for text in english)
    # a change of language words the list anew
    languages.set_language("en")
    qtbot.waitUntil(
        lambda: "• office_missing.json: status: is missing" in page.refused_label.text()
    )


def _marked_sources() -> set[str]:
    """Every text of app/scoring/instruments.py marked QT_TRANSLATE_NOOP("InstrumentFile", …)."""
    tree = ast.parse(Path(instruments.__file__).read_text(encoding="utf-8"))
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and node.args[0].value == "InstrumentFile"
    }


def _is_marked(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and [type(a) for a in node.args] == [ast.Constant, ast.Constant]
        and node.args[0].value == "InstrumentFile"
    )


def test_every_refusal_text_is_marked_and_translated():
    """Every problem the loader can raise (each `fail(...)`, `InstrumentFileError(...)` and
    `Phrase(...)` in app/scoring/instruments.py) is a literal marked for translation, and each
    marked text is translated in both languages: a new problem written as a plain or f-string,
    or left out of translations/*.ts, fails here."""
    tree = ast.parse(Path(instruments.__file__).read_text(encoding="utf-8"))
    unmarked = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        position = {"fail": 1, "InstrumentFileError": 2, "Phrase": 0}.get(name)
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if ast.unparse(text) in ("source", "self.source"):
            continue  # _Reader.fail and the exception passing a marked text on
        if not _is_marked(text):
            unmarked.append((node.lineno, ast.unparse(text)[:60]))
    assert unmarked == []
    sources = _marked_sources()
    assert len(sources) > 60
    for lang in ("ru", "kk"):
        root = ET.parse(translations_dir() / f"app_{lang}.ts").getroot()
        done = {
            msg.find("source").text
            for ctx in root.findall("context")
            if ctx.find("name").text == "InstrumentFile"
            for msg in ctx.findall("message")
            if msg.find("translation").get("type") is None
            and (msg.find("translation").text or "").strip()
        }
        assert sources - done == set(), lang


BROKEN = {
    "not an object": [],
    "format missing": {"id": "x"},
    "format of the wrong type": {"format": "1"},
    "a wrong version": {"format": 2},
    "a bad id": {"format": 1, "id": "X Y"},
    "an id not the file's": {"format": 1, "id": "other"},
    "a bad status": {"format": 1, "id": "bad", "status": "on"},
    "a bad kind": {"format": 1, "id": "bad", "status": "active", "kind": "survey"},
    "formats not an object": {
        "format": 1,
        "id": "bad",
        "status": "active",
        "kind": "test",
        "formats": [],
    },
    "a bad format type": {
        "format": 1,
        "id": "bad",
        "status": "active",
        "kind": "test",
        "formats": {"f": {"type": "slider"}},
    },
    "min not below max": {
        "format": 1,
        "id": "bad",
        "status": "active",
        "kind": "test",
        "formats": {"f": {"type": "rating", "min": 5, "max": 1}},
    },
    "an item numbered wrongly": {
        "format": 1,
        "id": "bad",
        "status": "active",
        "kind": "test",
        "formats": {},
        "items": [{"id": "q2", "format": "f"}],
    },
    "a format that is not there": {
        "format": 1,
        "id": "bad",
        "status": "active",
        "kind": "test",
        "formats": {},
        "items": [{"id": "q1", "format": "f"}],
    },
    "a text in one language": {
        "format": 1,
        "id": "bad",
        "status": "active",
        "kind": "test",
        "formats": {"f": {"type": "rating", "min": 1, "max": 5}},
        "items": [{"id": "q1", "format": "f", "text": {"ru": "Вопрос"}}],
    },
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_refusal_is_worded_in_kazakh(qapp, languages, case):
    """Files broken in different ways: each refusal's text is a marked one and reads in
    Kazakh, its field too where it is no JSON path."""
    with pytest.raises(instruments.InstrumentFileError) as info:
        instruments.parse_instrument(BROKEN[case], "bad.json", expected_id="bad")
    error = info.value
    assert error.source in _marked_sources()
    languages.set_language("kk")
    assert error.reason(_qt_translate) != error.problem
    assert re.search("[а-яәғқңөұүһі]", error.reason(_qt_translate)), error.reason(_qt_translate)
    if error.field.startswith("("):
        assert error.where(_qt_translate) != error.field


@pytest.mark.parametrize(
    "content",
    ["", '{"a" 1}', '{"a": 1 "b": 2}', "{a: 1}", '{"a": "x', '{"a": "\\q"}', "{} x", "[" * 50],
)
def test_a_file_that_is_not_json_is_explained_in_kazakh(qapp, languages, tmp_path, content):
    """What the JSON parser found wrong reads in Kazakh too: only "JSON" and the characters the
    file should hold (',', ':', …) stay Latin."""
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(instruments.InstrumentFileError) as info:
        instruments.load_instrument_file(path)
    languages.set_language("kk")
    text = f"{info.value.where(_qt_translate)}: {info.value.reason(_qt_translate)}"
    assert set(re.findall("[A-Za-z]+", text)) <= {"JSON"}, text
