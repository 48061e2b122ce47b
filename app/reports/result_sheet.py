"""The individual test result sheet (a named test session; PRODUCT.md §6, App. 6 figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.markers import QT_TRANSLATE_NOOP
from app.reports.charts import bar_chart, radar_chart
from app.reports.pdf import PdfDocument, Translate, fmt_number, identity
from app.scoring.model import Instrument


@dataclass(frozen=True)
class ResultSheet:
    """Everything the sheet prints; the caller scores and loads, the renderer only draws."""

    instrument: Instrument
    result: dict  # ScoreTable.respondent(): scores, levels[, type, shares]
    person: str
    organisation: str
    taken_on: date


def render_result_sheets(sheets: list[ResultSheet], lang: str,
                         translate: Translate = identity) -> bytes:
    """One PDF with a sheet per test (each from a new page)."""
    first = sheets[0]
    title = first.instrument.short_title.get(lang) if len(sheets) == 1 else first.person
    doc = PdfDocument(title=title, organisation=first.organisation, translate=translate,
                      lang=lang, confidential=True)
    for index, sheet in enumerate(sheets):
        if index:
            doc.page_break()
        add_result_sheet(doc, sheet, lang)
    return doc.render()


def render_result_sheet(sheet: ResultSheet, lang: str, translate: Translate = identity) -> bytes:
    return render_result_sheets([sheet], lang, translate)


def add_result_sheet(doc: PdfDocument, sheet: ResultSheet, lang: str) -> None:
    inst, result = sheet.instrument, sheet.result
    tr = doc.tr
    doc.heading(tr(QT_TRANSLATE_NOOP("Reports", "Test result")), inst.title.get(lang))
    doc.fields([
        (tr(QT_TRANSLATE_NOOP("Reports", "Employee")), sheet.person),
        (tr(QT_TRANSLATE_NOOP("Reports", "Date of testing")), sheet.taken_on.strftime("%d.%m.%Y")),
    ])
    scales = inst.all_scales()
    scores, levels, shares = result["scores"], result.get("levels", {}), result.get("shares")
    band_label = {}
    for ls in inst.levels:
        for band in ls.bands:
            band_label[(ls.id, band.id)] = band.label.get(lang)
    header = [tr(QT_TRANSLATE_NOOP("Reports", "Scale")), tr(QT_TRANSLATE_NOOP("Reports", "Score"))]
    if shares is not None:
        header.append(tr(QT_TRANSLATE_NOOP("Reports", "Share, %")))
    if levels:
        header.append(tr(QT_TRANSLATE_NOOP("Reports", "Level")))
    rows = []
    order = sorted(scales, key=lambda s: -(scores.get(s.id) or 0)) if inst.kind == "test" \
        and inst.scoring.total is None else scales
    for scale in order:
        row = [scale.name.get(lang), fmt_number(scores.get(scale.id), 2, lang, whole=True)]
        if shares is not None:
            row.append(fmt_number(shares.get(scale.id), 1, lang))
        if levels:
            ls = inst.level_set_for(scale.id)
            row.append(band_label.get((ls.id, levels.get(scale.id)), "–") if ls else "–")
        rows.append(row)
    doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Scores")))
    widths = [0.55, 0.15] + [0.15] * (len(header) - 2)
    doc.table(header, rows, widths=[w / sum(widths) for w in widths], numeric_from=1)
    chart_scales = [s for s in inst.scales]
    values = [scores.get(s.id) for s in chart_scales]
    if chart_scales and any(v is not None for v in values):
        doc.space(4)
        labels = [s.short_name.get(lang) for s in chart_scales]
        if len(chart_scales) >= 5 and min(v or 0 for v in values) >= 0:
            doc.story.append(radar_chart(labels, [values], 260))
        else:
            doc.story.append(bar_chart(labels, [values], doc.frame_width))
    _interpretation(doc, inst, result, lang)
    doc.section(tr(QT_TRANSLATE_NOOP("Reports", "About the method")))
    doc.para(inst.source.get(lang), "small")
    for note in inst.notes:
        doc.note(note.get(lang))


def _interpretation(doc: PdfDocument, inst: Instrument, result: dict, lang: str) -> None:
    tr = doc.tr
    texts: list[tuple[str, str, str]] = []  # heading, text, tools
    keys = []
    if result.get("type"):
        keys = list(result["type"])
    else:
        for scale in inst.all_scales():
            band = result.get("levels", {}).get(scale.id)
            if band and f"{scale.id}.{band}" in inst.interpretations:
                keys.append(f"{scale.id}.{band}")
        if not keys:  # profile tests: describe the three leading scales
            ranked = sorted(((v, k) for k, v in result["scores"].items() if v is not None),
                            reverse=True)
            keys = [k for _, k in ranked[:3] if k in inst.interpretations]
    for key in keys:
        interp = inst.interpretations.get(key)
        if interp is None:
            continue
        scale_id = key.split(".")[0]
        texts.append((inst.scale(scale_id).name.get(lang), interp.text.get(lang),
                      interp.tools.get(lang) if interp.tools else ""))
    if not texts:
        return
    heading = QT_TRANSLATE_NOOP("Reports", "Leading type") if result.get("type") else \
        QT_TRANSLATE_NOOP("Reports", "Interpretation")
    doc.section(tr(heading))
    if result.get("type") and len(result["type"]) > 1:
        doc.note(tr(QT_TRANSLATE_NOOP("Reports", "Equal scores: a mixed type.")))
    for title, text, tools in texts:
        doc.subsection(title)
        doc.para(text)
        if tools:
            doc.para(tr(QT_TRANSLATE_NOOP("Reports", "Recommended motivation tools:")) + " " + tools)
