"""The common frame of every Motivdesk PDF: fonts, styles, header, footer, "page x of y".

Shape after pretix's reportlab renderer: a `PdfDocument` gathers the document's settings, a
builder adds flowables to `story`, `render()` returns the bytes. Every visible word goes
through the `translate(context, text)` callable the caller passes in, so a document is
printed in the language chosen for it, whatever the UI language.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__
from app.fileio import write_atomically  # noqa: F401 - re-exported for the report callers
from app.markers import QT_TRANSLATE_NOOP
from app.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from app.scoring.level import printed

Translate = Callable[[str, str], str]
CONTEXT = "Reports"

ACCENT = colors.HexColor("#1f5f8b")
GRID = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#e4ecf3")

# The three copies of growth and career cards (App. 9-10: employee, direct manager, HR).
COPY_LABELS = (
    QT_TRANSLATE_NOOP("Reports", "Copy for the employee"),
    QT_TRANSLATE_NOOP("Reports", "Copy for the direct manager"),
    QT_TRANSLATE_NOOP("Reports", "Copy for the HR service"),
)


def identity(_context: str, text: str) -> str:
    return text


def styles() -> StyleSheet1:
    register_fonts()
    sheet = StyleSheet1()
    # embeddedHyphenation: break long words at the soft hyphens of `hyphenate`, with a hyphen
    sheet.add(
        ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=9.5,
            leading=12.5,
            embeddedHyphenation=1,
            uriWasteReduce=0.3,
        )
    )
    sheet.add(ParagraphStyle("small", parent=sheet["body"], fontSize=8, leading=10))
    sheet.add(ParagraphStyle("cell", parent=sheet["body"], fontSize=8.5, leading=10.5))
    sheet.add(ParagraphStyle("cellbold", parent=sheet["cell"], fontName=FONT_BOLD))
    sheet.add(
        ParagraphStyle(
            "title",
            fontName=FONT_BOLD,
            embeddedHyphenation=1,
            fontSize=15,
            leading=19,
            alignment=TA_CENTER,
            spaceAfter=4 * mm,
            textColor=ACCENT,
        )
    )
    sheet.add(
        ParagraphStyle("subtitle", parent=sheet["body"], alignment=TA_CENTER, spaceAfter=5 * mm)
    )
    sheet.add(
        ParagraphStyle(
            "h2",
            fontName=FONT_BOLD,
            embeddedHyphenation=1,
            fontSize=11.5,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2.5 * mm,
            textColor=ACCENT,
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "h3",
            fontName=FONT_BOLD,
            embeddedHyphenation=1,
            fontSize=10,
            leading=13,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        )
    )
    sheet.add(
        ParagraphStyle(
            "note",
            parent=sheet["small"],
            fontName=FONT_ITALIC,
            textColor=colors.HexColor("#4a5560"),
        )
    )
    return sheet


VOWELS = set("аәеёиіоөуұүыэюяАӘЕЁИІОӨУҰҮЫЭЮЯ")
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{8,}")
SHY = "\xad"


def _hyphenate_word(word: str) -> str:
    """Soft hyphens at syllable starts of a Russian or Kazakh word (a consonant before a
    vowel, or the second of two vowels), never leaving fewer than two letters or a part
    without a vowel; ь, ъ and й stay with the letters before them."""
    out = [word[0]]
    last = 0
    for i in range(1, len(word)):
        ch, prev = word[i], word[i - 1]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        starts = (ch not in VOWELS and ch.lower() not in "ьъй" and nxt in VOWELS) or (
            ch in VOWELS and prev in VOWELS
        )
        if (
            starts
            and i - last >= 2
            and len(word) - i >= 2
            and any(c in VOWELS for c in word[last:i])
            and any(c in VOWELS for c in word[i:])
        ):
            out.append(SHY)
            last = i
        out.append(ch)
    return "".join(out)


def hyphenate(text: str) -> str:
    """Long Cyrillic words get soft hyphens: a narrow column breaks them with a hyphen at a
    syllable, never mid-syllable without one (issue 17.2)."""
    return CYRILLIC_WORD.sub(lambda m: _hyphenate_word(m.group(0)), text)


class _Paragraph(Paragraph):
    """Its plain text (what the Word export copies) carries no soft hyphens."""

    def getPlainText(self, identify=None):  # noqa: N802 - reportlab API
        return super().getPlainText(identify).replace(SHY, "")


def p(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept; long words hyphenable)."""
    return _Paragraph(hyphenate(escape(str(text))).replace("\n", "<br/>"), style)


class _CopyMarker(Flowable):
    """Zero-size flowable telling the page decorator which copy the following pages belong to."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._motivdesk_copy = self.label  # read by the page decorator


def _numbered_canvas(footer: Callable[[pdfcanvas.Canvas, int, int], None]):
    """A canvas class that defers page decoration until the page count is known."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            # reportlab opens every page with Helvetica, which has no Cyrillic and would be
            # listed as a non-embedded font; start with ours instead.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            # each copy of a card is numbered on its own ("page 1 of 2 — employee's copy")
            labels = [state.get("_motivdesk_copy", "") for state in self._saved]
            numbers = []
            for index, label in enumerate(labels):
                start = index
                while start > 0 and labels[start - 1] == label:
                    start -= 1
                end = index
                while end + 1 < len(labels) and labels[end + 1] == label:
                    end += 1
                numbers.append(
                    (index - start + 1, end - start + 1) if label else (index + 1, len(labels))
                )
            for (number, total), state in zip(numbers, self._saved, strict=True):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass
class PdfDocument:
    """Settings shared by all documents; builders append flowables to `story`."""

    title: str
    organisation: str
    translate: Translate = identity
    lang: str = "ru"
    confidential: bool = False
    landscape: bool = False
    watermark: str = ""  # e.g. "DRAFT" across every page of an unapproved card
    printed_on: date = field(default_factory=date.today)
    story: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.styles = styles()

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text) or text

    # --- building blocks -------------------------------------------------------------------

    def heading(self, title: str, subtitle: str = "") -> None:
        self.story.append(p(title, self.styles["title"]))
        if subtitle:
            self.story.append(p(subtitle, self.styles["subtitle"]))

    def section(self, text: str) -> None:
        self.story.append(CondPageBreak(30 * mm))
        self.story.append(p(text, self.styles["h2"]))

    def subsection(self, text: str) -> None:
        self.story.append(p(text, self.styles["h3"]))

    def para(self, text: str, style: str = "body") -> None:
        self.story.append(p(text, self.styles[style]))

    def note(self, text: str) -> None:
        self.story.append(p(text, self.styles["note"]))

    def space(self, height_mm: float = 3) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def page_break(self) -> None:
        self.story.append(PageBreak())

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float] | None = None,
        numeric_from: int | None = None,
        keep: bool = False,
        blank_rows: int = 0,
        numeric: Sequence[bool] | None = None,
    ) -> None:
        """A grid table; `widths` are fractions of the frame width; cells are wrapped text.
        Numbers are right-aligned from column `numeric_from` on, or in the columns `numeric`
        marks (a seed table's number column comes before its name).

        With no rows, `blank_rows` ruled empty rows are left to write in by hand."""
        cell, bold = self.styles["cell"], self.styles["cellbold"]
        data = [[p(h, bold) for h in header]]
        data += [
            [c if isinstance(c, Flowable) else p("" if c is None else c, cell) for c in row]
            for row in rows
        ]
        heights = None
        if not rows and blank_rows:
            data += [[""] * len(header) for _ in range(blank_rows)]
            heights = [None] + [8 * mm] * blank_rows
        frame = self.frame_width
        col_widths = [w * frame for w in widths] if widths else None
        t = Table(
            data,
            colWidths=col_widths,
            repeatRows=1,
            rowHeights=heights,
            splitInRow=self._split_in_row(data, col_widths),
        )
        style = [
            ("FONT", (0, 0), (-1, -1), FONT),  # the default Helvetica would be listed unembedded
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if numeric_from is not None:
            style.append(("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"))
        for column, right in enumerate(numeric or ()):
            if right:
                style.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
        t.setStyle(TableStyle(style))
        self.story.append(KeepTogether([t]) if keep else t)

    def _split_in_row(self, data: list, col_widths) -> int:
        """Rows are kept whole on a page (the header repeats on the next); only a row too tall
        for any page (a very long text) may continue on the next page."""
        probe = Table(data, colWidths=col_widths)
        probe.wrap(self.frame_width, 10**6)
        tallest = max(probe._rowHeights or [0])
        return 1 if tallest > 0.6 * (self.pagesize[1] - 2 * self.margin) else 0

    def fields(self, pairs: Sequence[tuple[str, object]]) -> None:
        """Label / value rows without header (the form part of a card)."""
        cell, bold = self.styles["cell"], self.styles["cellbold"]
        data = [
            [p(label, bold), p("" if value in (None, "") else value, cell)]
            for label, value in pairs
        ]
        widths = [0.34 * self.frame_width, 0.66 * self.frame_width]
        t = Table(data, colWidths=widths, splitInRow=self._split_in_row(data, widths))
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT),
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.story.append(t)

    def signatures(self, roles: Sequence[str]) -> None:
        line = "_" * 28
        rows = [
            [
                p(role, self.styles["cell"]),
                p(line, self.styles["cell"]),
                p(
                    self.tr(QT_TRANSLATE_NOOP("Reports", "date")) + " " + "_" * 12,
                    self.styles["cell"],
                ),
            ]
            for role in roles
        ]
        t = Table(
            rows,
            colWidths=[0.42 * self.frame_width, 0.34 * self.frame_width, 0.24 * self.frame_width],
        )
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        block = [Spacer(1, 4 * mm), t]
        # never alone on a page: kept with the table before it (which may still split)
        if self.story and isinstance(self.story[-1], Table):
            _w, height = self.story[-1].wrap(self.frame_width, 10**6)
            if height < 0.45 * (self.pagesize[1] - 2 * self.margin):
                block.insert(0, self.story.pop())  # a longer table splits; its end stays
        self.story.append(KeepTogether(block))

    def approval(self, role: str, name: str = "", on: date | None = None) -> None:
        """The approval block at the top right («УТВЕРЖДАЮ» / «БЕКІТЕМІН»)."""
        style = ParagraphStyle("approval", parent=self.styles["cell"], leading=12)
        approved = self.tr(QT_TRANSLATE_NOOP("Reports", "APPROVED"))
        lines = [
            "<b>" + escape(approved) + "</b>",
            escape(role),
            "_" * 16 + " " + (escape(name) if name else "_" * 18),
            (on.strftime("%d.%m.%Y") if on else "«___» " + "_" * 12 + " 20___"),
        ]
        block = Paragraph("<br/>".join(lines), style)
        t = Table([["", block]], colWidths=[self.frame_width * 0.62, self.frame_width * 0.38])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT)]))
        self.story.append(t)

    def in_copies(self, build: Callable[[], None]) -> None:
        """Run `build` three times, one copy per addressee, each from a new page."""
        for index, label in enumerate(COPY_LABELS):
            if index:
                self.page_break()
            self.story.append(_CopyMarker(self.tr(label)))
            build()

    # --- page frame ------------------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    margin = 16 * mm

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margin

    def _decorate(self, canv: pdfcanvas.Canvas, number: int, total: int) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFont(FONT, 7.5)
        canv.setFillColor(colors.HexColor("#4a5560"))
        top = height - 9 * mm
        canv.drawString(self.margin, top, self.organisation[:110])
        canv.drawRightString(width - self.margin, top, self.printed_on.strftime("%d.%m.%Y"))
        label = getattr(canv, "_motivdesk_copy", "")
        if self.watermark:
            canv.saveState()
            canv.setFont(FONT_BOLD, 72)
            canv.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.12))
            canv.translate(width / 2, height / 2)
            canv.rotate(35)
            canv.drawCentredString(0, -24, self.watermark)
            canv.restoreState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(self.margin, top - 2 * mm, width - self.margin, top - 2 * mm)
        if self.confidential:  # under the rule, so a long organisation name never collides
            canv.setFont(FONT_BOLD, 7)
            canv.setFillColor(colors.HexColor("#a61b1b"))
            mark = self.tr(QT_TRANSLATE_NOOP("Reports", "CONFIDENTIAL: personal data"))
            canv.drawRightString(width - self.margin, top - 5.2 * mm, mark)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(colors.HexColor("#4a5560"))
        bottom = 9 * mm
        page = self.tr(QT_TRANSLATE_NOOP("Reports", "Page %1 of %2"))
        canv.drawRightString(
            width - self.margin, bottom, page.replace("%1", str(number)).replace("%2", str(total))
        )
        canv.drawString(self.margin, bottom, self.title[:90] + (" — " + label if label else ""))
        canv.restoreState()

    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin,
            bottomMargin=self.margin,
            title=self.title,
            author=self.organisation,
            creator=f"Motivdesk {__version__}",
        )
        story = self.story or [Spacer(1, 1)]
        doc.build(list(story), canvasmaker=_numbered_canvas(self._decorate))
        return buffer.getvalue()


MINUS = "\u2212"  # the minus sign of Russian and Kazakh typesetting, not the hyphen


def fmt_number(
    value: float | None, decimals: int = 2, lang: str = "ru", whole: bool = False
) -> str:
    """Numbers as an office in Kazakhstan writes them: decimal comma, '–' for no value.

    With `whole`, integral values (counts, raw test scores) print without decimals.
    """
    if value is None or value != value:  # None or NaN
        return "–"
    if whole and float(value).is_integer():
        return str(int(value))
    # half-up as the methodology and a spreadsheet round (3,625 -> 3,63), the same rounding as
    # the screen (app/ui/formatting.py) and the level labels; Python's own rounds half to even
    rounded = printed(value, decimals)
    text = f"{rounded if rounded else abs(rounded):.{decimals}f}"  # never "-0,00"
    if lang not in ("ru", "kk"):
        return text
    return text.replace(".", ",").replace("-", MINUS)  # a true minus, as typeset text has
