"""The graphical one-page personal motivational card (seed 004, App. 8, figs 8.1/8.2).

One A4 page: the ranked motivators, demotivators and motivation instruments as three ladders
(the first rank strongest), the profile chart of each test the employee took, the plan of
measures in short, and the HR service's conclusions. Everything is already worded in the
document's language by the loader (app/services/report_data.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from app.data.card_forms import PLAN_STATUS, is_overdue
from app.markers import QT_TRANSLATE_NOOP
from app.reports.cards import CardView
from app.reports.charts import bar_chart
from app.reports.fonts import FONT
from app.reports.pdf import PdfDocument, Translate, identity, p
from app.reports.result_sheet import ResultSheet, score_decimals

LADDERS = (
    ("motivator", QT_TRANSLATE_NOOP("Reports", "Motivators"), "#2e7d32"),
    ("demotivator", QT_TRANSLATE_NOOP("Reports", "Demotivators"), "#b23b2e"),
    ("instrument", QT_TRANSLATE_NOOP("Reports", "Motivation instruments"), "#1f5f8b"),
)
PLAN_ROWS_SHOWN = 6
CHARTS_PER_ROW = 3


@dataclass
class GraphicCard:
    card: CardView
    tests: list[ResultSheet] = field(default_factory=list)


def _tint(hex_colour: str, strength: float) -> colors.Color:
    """The colour blended with white: strength 1 is the full colour, 0 is white."""
    base = colors.HexColor(hex_colour)
    return colors.Color(
        1 - (1 - base.red) * strength,
        1 - (1 - base.green) * strength,
        1 - (1 - base.blue) * strength,
    )


def _ladders(doc: PdfDocument, card: CardView) -> Table:
    """Three ranked columns; a cell's colour fades with its rank, so the order reads at once."""
    cell = ParagraphStyle("lad", parent=doc.styles["cell"], fontSize=7.5, leading=9)
    bold = ParagraphStyle("ladb", parent=doc.styles["cellbold"], fontSize=7.5, leading=9)
    longest = max([len(card.choices.get(k, [])) for k, _l, _c in LADDERS] + [2])
    head = [p(doc.tr(label), bold) for _k, label, _c in LADDERS]
    rows = [head]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for col, (_kind, _label, colour) in enumerate(LADDERS):
        style.append(("BACKGROUND", (col, 0), (col, 0), _tint(colour, 0.25)))
    for rank in range(1, longest + 1):
        row = []
        for col, (kind, _label, colour) in enumerate(LADDERS):
            names = card.choices.get(kind, [])
            if rank <= len(names):
                row.append(p(f"{rank}. {names[rank - 1]}", bold if rank == 1 else cell))
                strength = 0.62 - 0.5 * (rank - 1) / max(len(names) - 1, 1)
                style.append(("BACKGROUND", (col, rank), (col, rank), _tint(colour, strength)))
                style.append(("LINEBEFORE", (col, rank), (col, rank), 4, colors.HexColor(colour)))
            else:
                row.append("")
        rows.append(row)
    width = doc.frame_width / 3
    table = Table(rows, colWidths=[width] * 3)
    table.setStyle(TableStyle(style + [("LINEAFTER", (0, 0), (1, -1), 3, colors.white)]))
    return table


def _test_charts(doc: PdfDocument, tests: list[ResultSheet], lang: str) -> Table | None:
    width = doc.frame_width / CHARTS_PER_ROW
    cells = []
    for sheet in tests:
        inst, result = sheet.instrument, sheet.result
        shares = result.get("shares")
        scales = list(inst.scales)
        if not scales:
            continue
        if shares:
            values = [shares.get(s.id) for s in scales]
            decimals = 1
        else:
            values = [result["scores"].get(s.id) for s in scales]
            decimals = score_decimals(result["scores"])
        if all(v is None for v in values):
            continue
        caption = inst.short_title.get(lang)
        if result.get("type"):
            caption += ": " + ", ".join(inst.scale(t).short_name.get(lang) for t in result["type"])
        elif (
            inst.scoring.total is not None
            and result["scores"].get(inst.scoring.total.id) is not None
        ):
            total = result["scores"][inst.scoring.total.id]
            caption += f": {inst.scoring.total.short_name.get(lang)} " + (
                f"{total:.{decimals}f}".replace(".", ",")
                if lang in ("ru", "kk")
                else f"{total:.{decimals}f}"
            )
        caption += f" ({sheet.taken_on:%d.%m.%Y})"
        chart = bar_chart(
            [s.short_name.get(lang) for s in scales],
            [values],
            width - 8,
            decimals=decimals,
            compact=True,
        )
        cells.append(
            [
                p(
                    caption,
                    ParagraphStyle("cap", parent=doc.styles["cellbold"], fontSize=7.5, leading=9),
                ),
                chart,
            ]
        )
    if not cells:
        return None
    grid = []
    for start in range(0, len(cells), CHARTS_PER_ROW):
        chunk = cells[start : start + CHARTS_PER_ROW]
        chunk += [["", ""]] * (CHARTS_PER_ROW - len(chunk))
        grid.append([c[0] for c in chunk])
        grid.append([c[1] for c in chunk])
    table = Table(grid, colWidths=[width] * CHARTS_PER_ROW)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def render_personal_graphic(
    graphic: GraphicCard, lang: str, translate: Translate = identity, today: date | None = None
) -> bytes:
    card = graphic.card
    today = today or date.today()
    doc = PdfDocument(
        title="", organisation=card.organisation, translate=translate, lang=lang, confidential=True
    )
    doc.title = doc.tr(QT_TRANSLATE_NOOP("Reports", "Personal motivational card (graphical)"))
    tr = doc.tr
    title = ParagraphStyle(
        "gtitle", parent=doc.styles["title"], fontSize=13, leading=16, spaceAfter=1.5 * mm
    )
    doc.story.append(p(doc.title, title))
    who = ", ".join(x for x in (card.employee, card.position, card.department) if x)
    filled = (
        tr(QT_TRANSLATE_NOOP("Reports", "Filled on")) + " " + card.filled_on.strftime("%d.%m.%Y")
    )
    doc.story.append(
        p(
            f"{who} · {filled}",
            ParagraphStyle("gsub", parent=doc.styles["subtitle"], spaceAfter=3 * mm),
        )
    )
    doc.story.append(_ladders(doc, card))
    charts = _test_charts(doc, graphic.tests, lang)
    if charts is not None:
        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Test profiles")))
        doc.story.append(charts)
    conclusions = [
        card.fields.get(k, "")
        for k in ("conclusions_motives", "conclusions_instruments", "conclusions_proposals")
    ]
    conclusions = [c for c in conclusions if isinstance(c, str) and c.strip()]
    if conclusions:
        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Conclusions of the HR service")))
        doc.para(" ".join(conclusions), "small")
    doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Plan of measures")))
    overdue = tr(QT_TRANSLATE_NOOP("Reports", "OVERDUE"))
    rows = []
    for row in card.plan[:PLAN_ROWS_SHOWN]:
        deadline = row.deadline.strftime("%d.%m.%Y") if row.deadline else ""
        if is_overdue(row.deadline, row.status, today):
            deadline += f" ({overdue})"
        status = translate("Cards", PLAN_STATUS.get(row.status, row.status)) or row.status
        rows.append([row.measure, row.executor, deadline, status])
    if len(card.plan) > PLAN_ROWS_SHOWN:
        rows.append(
            [
                tr(QT_TRANSLATE_NOOP("Reports", "… and %1 more (see the card)")).replace(
                    "%1", str(len(card.plan) - PLAN_ROWS_SHOWN)
                ),
                "",
                "",
                "",
            ]
        )
    if not rows:
        rows = [["", "", "", ""]]
    doc.table(
        [
            tr(QT_TRANSLATE_NOOP("Reports", "Measure")),
            tr(QT_TRANSLATE_NOOP("Reports", "Executor")),
            tr(QT_TRANSLATE_NOOP("Reports", "Deadline")),
            tr(QT_TRANSLATE_NOOP("Reports", "Status")),
        ],
        rows,
        widths=[0.46, 0.18, 0.18, 0.18],
    )
    return doc.render()
