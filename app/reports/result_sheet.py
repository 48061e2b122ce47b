"""The individual test result sheet (a named test session; PRODUCT.md §6, App. 6 figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.markers import QT_TRANSLATE_NOOP
from app.reports.charts import bar_chart, radar_chart
from app.reports.pdf import PdfDocument, Translate, fmt_number, identity
from app.scoring.definitions import Instrument


@dataclass(frozen=True)
class ResultSheet:
    """Everything the sheet prints; the caller scores and loads, the renderer only draws."""

    instrument: Instrument
    result: dict  # ScoreTable.respondent(): scores, levels[, type, shares]
    person: str
    organisation: str
    taken_on: date


def render_result_sheets(
    sheets: list[ResultSheet], lang: str, translate: Translate = identity, about: bool = False
) -> bytes:
    """One PDF with a sheet per test (each from a new page).

    The sheets carry only what the employee reads (issue 17.4); with `about` the notes on each
    instrument's sources, key and translation follow on "About this instrument" pages for the
    HR service.
    """
    first = sheets[0]
    title = first.instrument.short_title.get(lang) if len(sheets) == 1 else first.person
    doc = PdfDocument(
        title=title,
        organisation=first.organisation,
        translate=translate,
        lang=lang,
        confidential=True,
    )
    for index, sheet in enumerate(sheets):
        if index:
            doc.page_break()
        add_result_sheet(doc, sheet, lang)
    if about:
        for sheet in sheets:
            doc.page_break()
            add_about_page(doc, sheet.instrument, lang)
    return doc.render()


def render_result_sheet(
    sheet: ResultSheet, lang: str, translate: Translate = identity, about: bool = False
) -> bytes:
    return render_result_sheets([sheet], lang, translate, about)


# Methods whose result is the order of the scales (the seed and keys rank them).
def ranks_scales(inst: Instrument) -> bool:
    return inst.kind == "test" and inst.scoring.total is None


def score_decimals(scores: dict) -> int:
    """One number format per sheet: whole numbers when every score is whole, else 2 decimals."""
    values = [v for v in scores.values() if v is not None]
    return 0 if all(float(v).is_integer() for v in values) else 2


def ranks(scores: dict, order: list[str]) -> dict[str, str]:
    """Rank of each scale by score, highest first; equal scores share a range ("2–3")."""
    values = sorted((v for k in order if (v := scores.get(k)) is not None), reverse=True)
    out = {}
    for k in order:
        v = scores.get(k)
        if v is None:
            out[k] = "–"
            continue
        first = values.index(v) + 1
        last = first + values.count(v) - 1
        out[k] = str(first) if first == last else f"{first}–{last}"
    return out


def add_result_sheet(doc: PdfDocument, sheet: ResultSheet, lang: str) -> None:
    inst, result = sheet.instrument, sheet.result
    tr = doc.tr
    doc.heading(tr(QT_TRANSLATE_NOOP("Reports", "Test result")), inst.title.get(lang))
    doc.fields(
        [
            (tr(QT_TRANSLATE_NOOP("Reports", "Employee")), sheet.person),
            (
                tr(QT_TRANSLATE_NOOP("Reports", "Date of testing")),
                sheet.taken_on.strftime("%d.%m.%Y"),
            ),
        ]
    )
    scales = inst.all_scales()
    scores, levels, shares = result["scores"], result.get("levels", {}), result.get("shares")
    decimals = score_decimals(scores)
    band_label = {}
    for ls in inst.levels:
        for band in ls.bands:
            band_label[(ls.id, band.id)] = band.label.get(lang)
    ranked = ranks_scales(inst) and shares is None
    header = [tr(QT_TRANSLATE_NOOP("Reports", "Scale")), tr(QT_TRANSLATE_NOOP("Reports", "Score"))]
    if ranked:
        header.append(tr(QT_TRANSLATE_NOOP("Reports", "Rank")))
    if shares is not None:
        header.append(tr(QT_TRANSLATE_NOOP("Reports", "Share, %")))
    if levels:
        header.append(tr(QT_TRANSLATE_NOOP("Reports", "Level")))
    rows = []
    position = {s.id: k for k, s in enumerate(scales)}
    order = (
        sorted(scales, key=lambda s: (-(scores.get(s.id) or 0), position[s.id]))
        if inst.kind == "test" and inst.scoring.total is None
        else scales
    )
    rank_of = ranks(scores, [s.id for s in scales]) if ranked else {}
    for scale in order:
        value = scores.get(scale.id)
        row = [scale.name.get(lang), fmt_number(value, decimals, lang)]
        if ranked:
            row.append(rank_of[scale.id])
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
            doc.story.append(bar_chart(labels, [values], doc.frame_width, decimals=decimals))
    _interpretation(doc, inst, result, lang)


def add_about_page(doc: PdfDocument, inst: Instrument, lang: str) -> None:
    """Sources, key decisions and translation notes of an instrument: for the HR service."""
    tr = doc.tr
    doc.heading(tr(QT_TRANSLATE_NOOP("Reports", "About this instrument")), inst.title.get(lang))
    doc.note(
        tr(
            QT_TRANSLATE_NOOP(
                "Reports", "For the HR service; not part of the employee's result sheet."
            )
        )
    )
    doc.para(inst.source.get(lang), "small")
    for note in inst.notes:
        doc.note(note.get(lang))


def _interpretation(doc: PdfDocument, inst: Instrument, result: dict, lang: str) -> None:
    tr = doc.tr
    texts: list[tuple[str, str, str]] = []  # heading, text, tools
    keys = []
    scores = result["scores"]
    position = {s.id: k for k, s in enumerate(inst.all_scales())}
    tied: list[list[str]] = []
    if result.get("type"):
        keys = list(result["type"])
    else:
        described = []
        for scale in inst.all_scales():
            band = result.get("levels", {}).get(scale.id)
            if band and f"{scale.id}.{band}" in inst.interpretations:
                keys.append(f"{scale.id}.{band}")
            elif band == "pronounced" and scale.id in inst.interpretations:
                described.append(scale.id)  # Schein: every pronounced anchor
        if not keys and not described:
            # profile tests: the three leading scales, and every scale tied with the third
            ranked = sorted((v for v in scores.values() if v is not None), reverse=True)
            if ranked:
                cut = ranked[min(2, len(ranked) - 1)]
                described = [k for k, v in scores.items() if v is not None and v >= cut]
        described.sort(key=lambda k: (-(scores.get(k) or 0), position.get(k, 0)))
        keys += [k for k in described if k in inst.interpretations]
        by_score: dict[float, list[str]] = {}
        for k in described:
            by_score.setdefault(scores.get(k), []).append(k)
        tied = [group for group in by_score.values() if len(group) > 1]
    for key in keys:
        interp = inst.interpretations.get(key)
        if interp is None:
            continue
        scale_id = key.split(".")[0]
        value = scores.get(scale_id)
        title = inst.scale(scale_id).name.get(lang)
        if not result.get("type") and value is not None and "." not in key:
            title += f" — {fmt_number(value, score_decimals(scores), lang)}"
        texts.append((title, interp.text.get(lang), interp.tools.get(lang) if interp.tools else ""))
    if not texts:
        return
    heading = (
        QT_TRANSLATE_NOOP("Reports", "Leading type")
        if result.get("type")
        else QT_TRANSLATE_NOOP("Reports", "Interpretation")
    )
    doc.section(tr(heading))
    if result.get("type") and len(result["type"]) > 1:
        doc.note(tr(QT_TRANSLATE_NOOP("Reports", "Equal scores: a mixed type.")))
    for group in tied:
        names = ", ".join(inst.scale(k).name.get(lang) for k in group)
        doc.note(
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports", "Equal scores, described in the order of the method: %1"
                )
            ).replace("%1", names)
        )
    for title, text, tools in texts:
        doc.subsection(title)
        doc.para(text)
        if tools:
            doc.para(
                tr(QT_TRANSLATE_NOOP("Reports", "Recommended motivation tools:")) + " " + tools
            )
