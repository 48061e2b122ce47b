"""Issue 17.1: a Kazakh print of a card has no Russian but what people typed and proper names.

Every card of the demo is printed in Kazakh and read back with pdftotext. "Russian" is every
word the program itself could print in Russian (its Russian translations, the Russian names of
instruments, scales, items, factors, motivators, departments, levels) that no Kazakh text of the
program contains; the words people typed into the demo (card texts, plans, own-variant answers,
names) are allowed. Known slips of the old prints are checked by name as well.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import select

from app.data.answer_store import load_campaign_data
from app.data.store import open_database
from app.models.campaign import Campaign
from app.models.cards import Card, MotivationTool, Motivator, MotivatorGroup
from app.models.organisation import Department, Employee, Organisation
from app.reports.cards import render_card
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.services.report_data import load_card_view
from app.ui.i18n import report_translator
from tests.reports.helpers import pdf_text

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")
SLIPS = (
    "удовлетворительно",
    "наибольшая",
    "наименьшая",
    "подразделение не указано",
    "Мотивационная анкета",
    "Оценка причин увольнения",
    "Мотиваторы:",
    "Резервы (",
)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text or "")}


def _ts_words(lang: str) -> set[str]:
    words: set[str] = set()
    tree = ET.parse(ROOT / "translations" / f"app_{lang}.ts")
    for message in tree.getroot().iter("message"):
        words |= _words(message.findtext("translation") or "")
    return words


def _catalogue_words(session, lang: str) -> set[str]:
    words = _ts_words(lang)
    for inst in default_library().values():
        for text in (inst.title, inst.short_title, inst.source):
            words |= _words(text.get(lang))
        for scale in inst.all_scales():
            words |= _words(scale.name.get(lang)) | _words(scale.short_name.get(lang))
        for item in inst.items:
            if item.text is not None:
                words |= _words(item.text.get(lang))
    for p in load_parameters():
        words |= _words(p.name_kk if lang == "kk" else p.name_ru)
    attr = "name_kk" if lang == "kk" else "name_ru"
    for model in (Motivator, MotivationTool, MotivatorGroup, Department, Organisation):
        for row in session.scalars(select(model)):
            words |= _words(getattr(row, attr))
    return words


def _typed_words(session) -> set[str]:
    """What people typed into the demo, and proper names."""
    words: set[str] = set()
    for card in session.scalars(select(Card)):
        words |= {w for v in (card.fields or {}).values() if isinstance(v, str) for w in _words(v)}
        for item in card.plan_items:
            words |= _words(
                " ".join(
                    [
                        item.measure,
                        item.form,
                        item.executor,
                        item.expected_result,
                        item.confirming_document,
                        item.result,
                    ]
                )
            )
        for row in card.strategic_rows:
            words |= _words(
                " ".join(
                    [row.target, row.measures, row.methods, row.deadline_executor, row.results]
                )
            )
        words |= {w for r in card.reviews for w in _words(r.reviewer + " " + r.note)}
        words |= {w for c in card.choices for w in _words(c.own_text)}
        words |= _words(card.approved_by)
    for campaign in session.scalars(select(Campaign)):
        words |= _words(campaign.name)
        data = load_campaign_data(session, campaign.id, default_library())
        words |= {w for _i, _q, text in data.own_texts for w in _words(text)}
    for emp in session.scalars(select(Employee)):
        words |= _words(emp.full_name)
        if not emp.position_kk:
            words |= _words(emp.position)
    return words


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_db_path):
    import shutil

    path = tmp_path_factory.mktemp("kkcards") / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def test_kazakh_prints_of_every_demo_card_contain_no_program_russian(demo, tmp_path):
    translate = report_translator("kk")
    with demo.session() as s:
        russian = _catalogue_words(s, "ru") - _catalogue_words(s, "kk")
        typed = _typed_words(s)
        cards = s.scalars(select(Card).order_by(Card.id)).all()
        kinds = {c.kind for c in cards}
        assert kinds == {"personal", "growth", "career", "diagnostic", "strategic"}
        problems = {}
        for card in cards:
            view = load_card_view(s, card.id, "kk", translate)
            text = pdf_text(render_card(view, "kk", translate), tmp_path)
            text = re.sub(r"-\n\s*", "", text)  # words hyphenated at a line end, whole again
            flat = " ".join(text.split())
            slips = [slip for slip in SLIPS if slip.casefold() in flat.casefold()]
            if "уәж" in flat.casefold():  # glossary: мотивация / ынталандыру, never уәждеме
                slips.append("уәж")
            # one-letter words are left out: the rotated DRAFT mark prints letter by letter
            stray = sorted(w for w in (_words(text) & russian) - typed if len(w) > 1)
            if slips or stray:
                problems[f"{card.kind} #{card.id}"] = (slips, stray[:20])
        # the detector works: the same card printed in Russian is full of such words
        diagnostic = next(c for c in cards if c.kind == "diagnostic")
        ru_text = pdf_text(
            render_card(
                load_card_view(s, diagnostic.id, "ru", report_translator("ru")),
                "ru",
                report_translator("ru"),
            ),
            tmp_path,
        )
        assert len((_words(ru_text) & russian) - typed) > 40
    assert problems == {}


def test_old_cards_with_saved_sentences_print_as_saved(demo, tmp_path):
    """Cards filled before issue 17.1 hold sentences: they are printed as they were saved."""
    translate = report_translator("kk")
    with demo.session() as s:
        card = s.scalars(select(Card).where(Card.kind == "diagnostic")).first()
        card.fields = {**card.fields, "level": "0,63 — удовлетворительный (сохранено)"}
        strategic = s.scalars(select(Card).where(Card.kind == "strategic")).first()
        row = next(r for r in strategic.strategic_rows if r.component == "level")
        row.actual = "Старый текст состояния"
        s.flush()
        text = " ".join(
            pdf_text(
                render_card(load_card_view(s, card.id, "kk", translate), "kk", translate), tmp_path
            ).split()
        )
        view = load_card_view(s, strategic.id, "kk", translate)
        s.rollback()
    assert "0,63 — удовлетворительный (сохранено)" in text
    assert view.strategic["level"]["actual"] == "Старый текст состояния"  # typed wins
    assert "қанағаттанарлық" in view.strategic["level"]["previous"]  # filled data, worded
