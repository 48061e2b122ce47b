"""Issue 17.5: the graphical one-page personal card (seed 004, App. 8, figs 8.1/8.2)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from app.data.store import open_database
from app.models.cards import Card
from app.reports.personal_graphic import render_personal_graphic
from app.scoring.instruments import default_library
from app.services.report_data import load_personal_graphic
from app.ui.i18n import report_translator
from tests.reports.helpers import page_count, pdf_fonts, pdf_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_db_path):
    path = tmp_path_factory.mktemp("graphic") / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield database
    database.dispose()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_demo_personal_card_fits_one_page_with_ranks_tests_and_plan(demo, lang, tmp_path):
    translate = report_translator(lang)
    library = default_library()
    with demo.session() as s:
        ids = list(s.scalars(select(Card.id).where(Card.kind == "personal")))
        assert ids
        for card_id in ids:
            graphic = load_personal_graphic(s, card_id, library, lang, translate)
            data = render_personal_graphic(graphic, lang, translate)
            assert page_count(data, tmp_path) == 1, card_id
            assert all(embedded for _n, embedded in pdf_fonts(data, tmp_path))
            text = " ".join(pdf_text(data, tmp_path).split())
            for kind in ("motivator", "demotivator", "instrument"):
                for rank, name in enumerate(graphic.card.choices.get(kind, []), start=1):
                    assert f"{rank}. {name.split()[0]}" in text, (card_id, kind, rank)
            for sheet in graphic.tests:  # one chart per test, captioned in the language
                assert sheet.instrument.short_title.get(lang) in text
            for row in graphic.card.plan:
                assert row.measure.split()[0] in text
    # the demo's first employee took the five named tests
    with demo.session() as s:
        assert (
            max(len(load_personal_graphic(s, i, library, lang, translate).tests) for i in ids) >= 5
        )


def test_graphical_card_in_kazakh_has_kazakh_headings(demo, tmp_path):
    translate = report_translator("kk")
    with demo.session() as s:
        card_id = s.scalar(select(Card.id).where(Card.kind == "personal"))
        text = pdf_text(
            render_personal_graphic(
                load_personal_graphic(s, card_id, default_library(), "kk", translate),
                "kk",
                translate,
            ),
            tmp_path,
        )
    assert "Мотиваторлар" in text and "Демотиваторлар" in text
    assert "Personal motivational card" not in text and "Motivators" not in text


def test_cli_prints_the_graphical_card_for_one_employee_and_for_all(demo_db_path, tmp_path):
    import sys

    db_path = tmp_path / "cli.db"
    shutil.copy(demo_db_path, db_path)
    base = [
        sys.executable,
        "-m",
        "app",
        "--db",
        str(db_path),
        "report",
        "personal",
        "--graphical",
        "--lang",
        "kk",
    ]
    database = open_database(str(db_path))
    with database.session() as s:
        employee = s.scalar(select(Card.employee_id).where(Card.kind == "personal"))
        count = len(list(s.scalars(select(Card.id).where(Card.kind == "personal"))))
    database.dispose()
    one = subprocess.run(
        base + ["--employee", str(employee), "--out", str(tmp_path / "one.pdf")],
        capture_output=True,
        text=True,
    )
    assert one.returncode == 0, one.stderr
    assert page_count((tmp_path / "one.pdf").read_bytes(), tmp_path) == 1
    every = subprocess.run(
        base + ["--all", "--out", str(tmp_path / "all")], capture_output=True, text=True
    )
    assert every.returncode == 0, every.stderr
    assert len(list((tmp_path / "all").glob("personal-graphic-*-kk.pdf"))) == count
    wrong = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(db_path),
            "report",
            "growth",
            "--graphical",
            "--all",
            "--out",
            str(tmp_path / "x"),
        ],
        capture_output=True,
        text=True,
    )
    assert wrong.returncode == 2
