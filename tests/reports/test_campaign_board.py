"""The campaign report as a board paper (issue 16.3/16.4): page 1 prints the service's figures,
the seed's tables are complete, hidden departments print ×, one department's report from the
command line, no English left in the ru and kk prints."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from reportlab.graphics.shapes import String
from sqlalchemy import select

from app.data.store import open_database
from app.models import Campaign, Department
from app.reports.campaign_report import change, render_campaign_report
from app.reports.charts import radar_chart, wrap_label
from app.reports.pdf import fmt_number
from app.scoring.analysis import Filter
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.scoring.national_targets import material_satisfaction
from app.services.analysis import AnalysisService
from app.services.report_data import load_campaign_report
from tests.reports.helpers import pdf_text


@pytest.fixture(scope="module")
def demo(demo_db_path, tmp_path_factory):
    """A copy of the demo database (the CLI tests write to it), its latest campaign, the
    report and the service result of the whole campaign, and the rendered English text."""
    path = tmp_path_factory.mktemp("board") / "demo.db"
    shutil.copy(demo_db_path, path)
    library, parameters = default_library(), load_parameters()
    db = open_database(str(path))
    try:
        with db.session() as s:
            cid = s.scalar(select(Campaign.id).order_by(Campaign.period_start.desc()))
            departments = {d.name_ru: d.id for d in s.scalars(select(Department))}
            service = AnalysisService(library, parameters)
            result = service.analyse(s, cid)
            report = load_campaign_report(s, cid, library, parameters, "ru", service=service)
    finally:
        db.dispose()
    data = render_campaign_report(report, "ru")
    folder = tmp_path_factory.mktemp("text")
    text = pdf_text(data, folder)
    raw = subprocess.run(
        ["pdftotext", "-raw", str(folder / "doc.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        "raw": raw,
        "path": path,
        "cid": cid,
        "departments": departments,
        "result": result,
        "report": report,
        "text": text,
        "library": library,
    }


def test_page_one_prints_the_service_figures(demo):
    result, text = demo["result"], demo["text"]
    page1 = text.split("\f")[0]
    a = result.analysis
    assert result.shown and result.previous is not None and a.previous.level is not None
    # motivation level, its label and the change since the previous campaign
    level = a.level
    assert "Executive summary" in page1
    assert re.search(
        r"Integral motivation level\s+"
        + fmt_number(level.shown, 3)
        + r"\s+"
        + re.escape(
            change(
                level.shown,
                a.previous.level.shown,
                3,
                "ru",
                significant=a.changes.level.significant,
            )
        )
        + r"\s+"
        + level.label.replace("_", " "),
        page1,
    )
    # participation against headcount and the 35 % rule
    head, answered = result.participation_total
    assert f"{answered} of {head} ({fmt_number(answered / head * 100, 1)} %)" in page1
    assert ("at least 35 % taken part" if answered / head >= 0.35 else "below the 35 %") in page1
    # job satisfaction and its high / medium / low shares
    js = a.instruments["job_satisfaction"]
    shares = js.shares
    assert (
        fmt_number(js.profile["total"], 1)
        + " % (high "
        + fmt_number(shares["high"] * 100, 0)
        + " %"
        in page1
    )
    assert "medium " + fmt_number(shares["medium"] * 100, 0) + " %" in page1
    assert re.search(r"low .{0,80}?" + fmt_number(shares["low"] * 100, 0) + r" %\)", page1, re.S)
    # climate total
    climate = a.instruments["climate"].profile["total"]
    assert re.search(r"Climate in the team.*?\s" + fmt_number(climate, 1) + r"\s", page1)
    # Gerchikov: every shown type with its count; hidden types only as ×
    types = a.instruments["gerchikov"].types
    flat = re.sub(r"\s+", " ", re.sub(r"-\n\s*", "", page1))  # cells wrapped with a hyphen
    for scale in demo["library"]["gerchikov"].scales:
        name = scale.name.get("ru")
        if scale.id in types["counts"]:
            assert f"{name} {types['counts'][scale.id]} (" in flat, name
        else:
            assert f"{name} {types['counts'].get(scale.id, '')}(" not in flat
    assert types["hidden"] and ": ×" in flat
    # the national target from the service's satisfaction factors
    target = material_satisfaction(a.instruments["satisfaction"].factors, 2026)
    assert fmt_number(target.share_pct, 1) + " %" in page1 and "target 2026: 55 %" in page1
    # key demotivators and the main reason to leave, with the service's shares
    item, share = a.key_demotivators[0]
    assert fmt_number(share * 100, 1) + " % rated it 0–2" in flat
    dismissal = demo["library"]["dismissal"]
    first = next((i, v) for i, v in a.dismissal_ranking if not dismissal.item(i).own_variant)
    assert f"({fmt_number(first[1], 1)} %, of whom" in flat
    assert "Conclusions" in page1 and "The prevailing type of motivation is" in flat


def test_the_seed_tables_are_complete(demo):
    text, a = demo["text"], demo["result"].analysis
    for title in (
        "Table 2.1 – Factor matrix: respondents per score",
        "Table 2.1 (continued) – Shares of respondents, %",
        "Table 2.2 – Factor matrix",
        "Table 2.3 – How the levels are calculated",
        "Table 2.4 – Summary of the motivation level diagnostics",
        "Table 2.5 – Absolute assessment",
        "Table 2.6 – Reasons for leaving",
        "Table 2.7 – Psychological atmosphere in the team",
        "Table 3.4 – Integral job satisfaction by tenure",
        "Table 3.5 – Scale of job satisfaction",
        "Table 3.6 – Assessment of the satisfaction factors",
    ):
        assert title in text, title
    # 2.1: counts per score 0..5, Σ, maximum, strength, mean of the first factor, as computed
    factors = a.instruments["significance"].factors
    row = factors[factors["n"] > 0].iloc[0]
    numbers = (
        " ".join(str(int(row[f"count_{v}"])) for v in range(6))
        + f" {int(row['sum'])} {int(row['max_possible'])} {fmt_number(row['strength_pct'], 1)}"
        f" {fmt_number(row['mean'], 2)}"
    )
    assert numbers in text
    # its shares per score and the 4–5 / 3–5 / 0–2 shares
    shares = (
        " ".join(fmt_number(100 * row[f"count_{v}"] / row["n"], 1) for v in range(6))
        + " "
        + " ".join(fmt_number(100 * row[f"{c}_share"], 1) for c in ("high", "positive", "negative"))
    )
    assert shares in text
    for column in ("Σ", "Max.", "Mean", "4–5", "3–5", "0–2"):
        assert column in text
    # 2.4: the reference 5,0 on every parameter and the total row
    level = a.level
    assert text.count(" 5,0 ") >= len(level.parameters)
    total = " ".join(
        [
            fmt_number(sum(x.importance for x in level.parameters), 2),
            fmt_number(sum(x.perception for x in level.parameters), 2),
            fmt_number(sum(x.d for x in level.parameters), 3),
            fmt_number(level.shown, 3),
        ]
    )
    assert "Total – " + total in text
    # 2.6: every share column of the seed, incl. 4–5 and 0 (issue 18.7)
    # headers wrap inside their narrow columns: read the cells in order, without spaces
    squeezed = re.sub(r"\s+", "", demo["raw"])
    for column in ("Scores4–5,%", "Scores3–5,%", "Scores0–2,%", "Score0,%"):
        assert column in squeezed
    dismissal = a.instruments["dismissal"].factors
    row = dismissal[dismissal["n"] > 0].iloc[0]
    assert (
        " ".join(
            [str(int(row["n"]))]
            + [
                fmt_number(100 * row[f"{c}_share"], 1)
                for c in ("high", "positive", "negative", "zero")
            ]
            + [fmt_number(row["strength_pct"], 1)]
        )
        in text
    )
    # 3.4 with "not stated", 3.5 with this campaign marked, figures numbered
    assert "tenurenotgiven" in squeezed and "◀ " in text
    assert "Figure 1 – " in text and "people per leading type (fig. 4.2)" in text
    # a comparison column against the previous campaign
    assert "Δ: change against the previous campaign «" + demo["result"].previous.name in text


def test_a_hidden_department_prints_a_cross(demo):
    text, report = demo["text"], demo["report"]
    hidden = [v for v in report.departments if not v.analysis.disclosure.allowed]
    assert hidden, "the demo has a department under the threshold"
    flat = re.sub(r"\s+", " ", text)
    for view in hidden:
        assert view.analysis.n is None and view.analysis.instruments == {}
        assert f"{view.name} (Hidden: fewer than 5 respondents in this group.)" in flat
    page = next(p for p in text.split("\f") if "Satisfaction with the factors by department" in p)
    # the hidden department's column: a × in every factor row of the heatmap
    items = report.analysis.instruments["satisfaction"].factors
    assert page.count("×") >= int((items["n"] > 0).sum())


def _cli(*argv) -> int:
    from app.cli import main

    return main(list(argv))


def test_report_of_one_department_from_the_command_line(demo, tmp_path, capsys):
    cid, depts = demo["cid"], demo["departments"]
    dept = depts["Управление стратегического планирования"]
    out = tmp_path / "dept.pdf"
    assert (
        _cli(
            "report",
            "campaign",
            "--db",
            str(demo["path"]),
            "--campaign",
            str(cid),
            "--department",
            str(dept),
            "--lang",
            "ru",
            "--out",
            str(out),
        )
        == 0
    )
    text = pdf_text(out.read_bytes(), tmp_path, "d.pdf")
    db = open_database(str(demo["path"]))
    try:
        with db.session() as s:
            n = AnalysisService(default_library()).analyse(s, cid, Filter(dept)).n
    finally:
        db.dispose()
    assert "Охваченная группа: Управление стратегического планирования" in text
    assert f"Респонденты: {n}" in text and n < demo["result"].n
    assert "Подразделения" not in text.split("\f")[-1]  # no heatmap in a department's report
    # the head of another department gets only the reason, not this department
    assert (
        _cli(
            "report",
            "campaign",
            "--db",
            str(demo["path"]),
            "--campaign",
            str(cid),
            "--department",
            str(dept),
            "--for-user",
            "head",
            "--lang",
            "ru",
            "--out",
            str(tmp_path / "head.pdf"),
        )
        == 0
    )
    head = pdf_text((tmp_path / "head.pdf").read_bytes(), tmp_path, "h.pdf")
    assert "Респонденты:" not in head and "Интегральный уровень мотивации" not in head
    # his own department is printed for him without --department
    assert (
        _cli(
            "report",
            "campaign",
            "--db",
            str(demo["path"]),
            "--campaign",
            str(cid),
            "--for-user",
            "head",
            "--lang",
            "kk",
            "--out",
            str(tmp_path / "own.pdf"),
        )
        == 0
    )
    own = pdf_text((tmp_path / "own.pdf").read_bytes(), tmp_path, "o.pdf")
    assert "Қамтылған топ: Мемлекеттік қызметтер басқармасы" in own
    # a department that does not exist is refused
    assert (
        _cli(
            "report",
            "campaign",
            "--db",
            str(demo["path"]),
            "--campaign",
            str(cid),
            "--department",
            "9999",
            "--out",
            str(tmp_path / "x.pdf"),
        )
        == 1
    )
    assert "department 9999 not found" in capsys.readouterr().err
    assert (
        _cli(
            "report",
            "result",
            "--db",
            str(demo["path"]),
            "--all",
            "--department",
            str(dept),
            "--out",
            str(tmp_path),
        )
        == 2
    )


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_english_is_left_in_the_printed_report(demo, tmp_path, lang):
    from app.ui.i18n import report_translator

    db = open_database(str(demo["path"]))
    try:
        with db.session() as s:
            report = load_campaign_report(s, demo["cid"], demo["library"], load_parameters(), lang)
    finally:
        db.dispose()
    text = pdf_text(render_campaign_report(report, lang, report_translator(lang)), tmp_path)
    english = sorted(set(re.findall(r"[A-Za-z]{3,}", text)) - {"Motivdesk"})
    assert english == []


def test_charts_scale_radars_to_five_and_never_cut_labels():
    drawing = radar_chart(["a", "b", "c"], [[1.0, 2.0, 4.12]], 200, value_max=5)
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    assert all(str(k) in texts for k in range(6))  # rings 1..5 and the centre 0 labelled
    label = "Значимость, полезность для людей, государства и общества в целом"
    wrapped = wrap_label(label, 20)
    assert "…" not in wrapped and wrapped.replace("\n", " ") == label
    assert all(len(line) <= 20 for line in wrapped.split("\n"))


def test_a_hidden_cell_of_a_shown_department_prints_a_cross(demo):
    """The heatmap takes each department's factor rows as the service gives them: a row the
    rule hid prints ×, never a number."""
    from dataclasses import replace

    import numpy as np
    from reportlab.graphics.shapes import Drawing

    from app.reports.campaign_report import DepartmentView, _Builder
    from app.reports.pdf import PdfDocument

    report = demo["report"]

    def crosses(rep) -> tuple[int, list[str]]:
        doc = PdfDocument(title="t", organisation="o")
        _Builder(rep, "ru", lambda _c, t: t, doc=doc).departments()
        drawing = [x for x in doc.story if isinstance(x, Drawing)][-1]
        texts = [s.text for s in drawing.contents if isinstance(s, String)]
        return texts.count("×"), texts

    before, _ = crosses(report)
    k, view = next(
        (k, v) for k, v in enumerate(report.departments) if v.analysis.disclosure.allowed
    )
    figures = view.analysis.instruments["satisfaction"]
    factors = figures.factors.copy()
    item = factors[factors["n"] > 0].index[0]
    mean = fmt_number(float(factors.loc[item, "mean"]), 1)
    numeric = [c for c in factors.columns if c != "hidden"]
    factors.loc[item, numeric] = np.nan
    factors.loc[item, "hidden"] = "below_threshold"
    analysis = replace(
        view.analysis,
        instruments={
            **view.analysis.instruments,
            "satisfaction": replace(figures, factors=factors),
        },
    )
    views = list(report.departments)
    views[k] = DepartmentView(view.name, analysis)
    after, texts = crosses(replace(report, departments=views))
    assert after == before + 1
    assert mean not in texts or texts.count(mean) < crosses(report)[1].count(mean)


def test_the_campaign_report_as_a_word_file(demo, tmp_path):
    import docx

    out = tmp_path / "r.docx"
    assert (
        _cli(
            "report",
            "campaign",
            "--db",
            str(demo["path"]),
            "--campaign",
            str(demo["cid"]),
            "--format",
            "docx",
            "--lang",
            "ru",
            "--out",
            str(out),
        )
        == 0
    )
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "Краткие выводы для руководства" in texts
    assert any(t.startswith("Рисунок 1 – ") for t in texts)
    assert len(document.inline_shapes) >= 10  # the figures as pictures


def test_a_change_rounds_half_up_as_the_tables_do():
    """0,4445 − 0,4 = 0,0445: half-up gives 0,045 (Python's round() would give 0,044 — the
    float 0.0445 is a little below the half, and round() also goes half to even). Page 1 and
    the tables' change columns print the same figure."""
    from app.reports.tables import number_text

    assert change(0.4445, 0.4, 3, "ru") == "+0,045"
    assert change(0.4, 0.4445, 3, "ru") == "\u22120,045"
    assert change(2.125, 2.0, 2, "ru", significant=True) == "↑ +0,13"
    assert change(1.0, 1.0004, 3, "ru") == "0,000"
    from app.reports.pdf import fmt_number as printed_number

    ru = lambda v, d: printed_number(v, d, "ru")  # noqa: E731 - the report's formatter in ru
    assert number_text(0.4445 - 0.4, 3, ru, signed=True) == "+0,045"
