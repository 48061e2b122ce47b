"""The same documents as editable Word files: a `DocxDocument` offers the building blocks of
`PdfDocument` (heading, section, para, table, fields, signatures, in_copies …), so a builder
that writes a PDF writes a DOCX with the same content, and offices keep editing their cards
and reports in Word, as the methodology's own templates are (issue 23 item 4).

Builders append reportlab Drawings (charts) to `story` directly; they become PNG pictures.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.graphics.shapes import Drawing

from app import __version__
from app.markers import QT_TRANSLATE_NOOP
from app.reports.pdf import CONTEXT, COPY_LABELS, Translate, identity, styles

# Word on an office PC: Times New Roman has every Kazakh letter (ә ғ қ ң ө ұ ү һ і).
FONT_NAME = "Times New Roman"
ACCENT = RGBColor(0x1F, 0x5F, 0x8B)
_PAGE_W, _PAGE_H = Mm(210), Mm(297)
_MARGIN = Mm(16)


def _plain(value: object) -> str:
    """A cell may be a reportlab Paragraph (builders put styled text in tables)."""
    if value is None:
        return ""
    text = getattr(value, "getPlainText", None)
    return text() if callable(text) else str(value)


@dataclass
class DocxDocument:
    """Duck-types PdfDocument: builders call the same methods; `render()` returns DOCX bytes."""

    title: str
    organisation: str
    translate: Translate = identity
    lang: str = "ru"
    confidential: bool = False
    landscape: bool = False
    watermark: str = ""  # "DRAFT" on an unapproved card: in the page header here
    printed_on: date = field(default_factory=date.today)
    story: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.styles = styles()  # builders may make reportlab Paragraphs for table cells

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text) or text

    # --- building blocks: the same signatures as PdfDocument ---------------------------------

    def heading(self, title: str, subtitle: str = "") -> None:
        self.story.append(("heading", title, subtitle))

    def section(self, text: str) -> None:
        self.story.append(("section", text))

    def subsection(self, text: str) -> None:
        self.story.append(("subsection", text))

    def para(self, text: str, style: str = "body") -> None:
        self.story.append(("para", text, style))

    def note(self, text: str) -> None:
        self.story.append(("para", text, "note"))

    def space(self, height_mm: float = 3) -> None:
        self.story.append(("space", height_mm))

    def page_break(self) -> None:
        self.story.append(("page_break",))

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
        # empty plan and review tables get rows to write in, as on paper
        rows = [list(r) for r in rows] + ([[""] * len(header)] * blank_rows if not rows else [])
        right = list(numeric) if numeric is not None else None
        if right is None and numeric_from is not None:
            right = [k >= numeric_from for k in range(len(header))]
        self.story.append(("table", list(header), rows, widths, right))

    def approval(self, role: str, name: str = "", on: date | None = None) -> None:
        approved = self.tr(QT_TRANSLATE_NOOP("Reports", "APPROVED"))
        lines = [
            approved,
            role,
            "_" * 16 + " " + (name or "_" * 18),
            on.strftime("%d.%m.%Y") if on else "«___» " + "_" * 12 + " 20___",
        ]
        self.story.append(("approval", lines))

    def fields(self, pairs: Sequence[tuple[str, object]]) -> None:
        self.story.append(("fields", list(pairs)))

    def signatures(self, roles: Sequence[str]) -> None:
        self.story.append(("signatures", list(roles)))

    def in_copies(self, build: Callable[[], None]) -> None:
        for index, label in enumerate(COPY_LABELS):
            self.story.append(("copy", self.tr(label), index > 0))
            build()

    @property
    def frame_width(self) -> float:
        """In points, as PdfDocument's: builders size charts and columns from it."""
        width_mm = (297 if self.landscape else 210) - 2 * 16
        return width_mm / 25.4 * 72

    # --- rendering ------------------------------------------------------------------------

    def render(self) -> bytes:
        document = Document()
        document.core_properties.title = self.title
        document.core_properties.author = self.organisation
        document.core_properties.comments = f"Motivdesk {__version__}"
        normal = document.styles["Normal"]
        normal.font.name = FONT_NAME
        normal.font.size = Pt(11)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT_NAME)
        self._setup_section(document.sections[0])
        for item in self.story or [("para", "", "body")]:
            self._render_item(document, item)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def _setup_section(self, section) -> None:
        if self.landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = _PAGE_H, _PAGE_W
        else:
            section.page_width, section.page_height = _PAGE_W, _PAGE_H
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, _MARGIN)
        header = section.header.paragraphs[0]
        header.text = f"{self.organisation}\t\t{self.printed_on:%d.%m.%Y}"
        self._small(header)
        if self.watermark:
            draft = section.header.add_paragraph(self.watermark)
            draft.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._small(draft, bold=True, color=RGBColor(0xA6, 0x1B, 0x1B))
        if self.confidential:
            mark = section.header.add_paragraph(
                self.tr(QT_TRANSLATE_NOOP("Reports", "CONFIDENTIAL: personal data"))
            )
            mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self._small(mark, bold=True, color=RGBColor(0xA6, 0x1B, 0x1B))
        footer = section.footer.paragraphs[0]
        footer.text = ""
        # "Page %1 of %2" with Word's own fields, so the numbers stay right after editing
        text = self.tr(QT_TRANSLATE_NOOP("Reports", "Page %1 of %2"))
        before, _, rest = text.partition("%1")
        middle, _, after = rest.partition("%2")
        footer.add_run(f"{self.title[:90]}\t\t{before}")
        self._field(footer, "PAGE")
        footer.add_run(middle)
        self._field(footer, "SECTIONPAGES")
        footer.add_run(after)
        self._small(footer)

    @staticmethod
    def _small(paragraph, bold: bool = False, color: RGBColor | None = None) -> None:
        for run in paragraph.runs:
            run.font.size = Pt(8)
            run.font.bold = bold
            if color is not None:
                run.font.color.rgb = color

    @staticmethod
    def _field(paragraph, code: str) -> None:
        run = paragraph.add_run()
        begin, instr, end = (
            OxmlElement("w:fldChar"),
            OxmlElement("w:instrText"),
            OxmlElement("w:fldChar"),
        )
        begin.set(qn("w:fldCharType"), "begin")
        instr.set(qn("xml:space"), "preserve")
        instr.text = code
        end.set(qn("w:fldCharType"), "end")
        for element in (begin, instr, end):
            run._r.append(element)

    def _render_item(self, document, item) -> None:
        if isinstance(item, Drawing):
            self._picture(document, item)
            return
        if not isinstance(item, tuple):  # another flowable: keep its text, if any
            text = _plain(item)
            if text:
                document.add_paragraph(text)
            return
        kind, *args = item
        if kind == "heading":
            title, subtitle = args
            heading = document.add_paragraph()
            heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = heading.add_run(title)
            run.font.size, run.font.bold, run.font.color.rgb = Pt(15), True, ACCENT
            if subtitle:
                document.add_paragraph(subtitle).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("section", "subsection"):
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_before = Pt(10 if kind == "section" else 6)
            run = paragraph.add_run(args[0])
            run.font.bold = True
            run.font.size = Pt(12.5 if kind == "section" else 11)
            if kind == "section":
                run.font.color.rgb = ACCENT
        elif kind == "para":
            text, style = args
            paragraph = document.add_paragraph(str(text))
            if style in ("note", "small"):
                for run in paragraph.runs:
                    run.font.size = Pt(9)
                    run.font.italic = style == "note"
        elif kind == "space":
            document.add_paragraph().paragraph_format.space_after = Mm(args[0])
        elif kind == "page_break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            self._table(document, *args)
        elif kind == "fields":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in args[0]:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = _plain(label), _plain(value)
                for run in cells[0].paragraphs[0].runs:
                    run.font.bold = True
        elif kind == "signatures":
            table = document.add_table(rows=0, cols=3)
            date_word = self.tr(QT_TRANSLATE_NOOP("Reports", "date"))
            for role in args[0]:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = role, "_" * 28
                cells[2].text = f"{date_word} {'_' * 12}"
        elif kind == "approval":
            for index, line in enumerate(args[0]):
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                paragraph.paragraph_format.space_after = Pt(0)
                run = paragraph.add_run(line)
                run.font.bold = index == 0
        elif kind == "copy":
            label, new_page = args
            if new_page:  # each copy numbered on its own: a new section restarts the count
                section = document.add_section(WD_SECTION.NEW_PAGE)
                self._restart_numbering(section)
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(label)
            run.font.italic, run.font.size = True, Pt(9)

    @staticmethod
    def _restart_numbering(section) -> None:
        # a new section starts as a copy of the previous one's properties: set, never add twice
        page_numbers = section._sectPr.find(qn("w:pgNumType"))
        if page_numbers is None:
            page_numbers = OxmlElement("w:pgNumType")
            section._sectPr.append(page_numbers)
        page_numbers.set(qn("w:start"), "1")

    def _table(self, document, header, rows, widths, right) -> None:
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = table.rows[0]
        # the header row repeats on every page the table runs onto
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        head._tr.get_or_add_trPr().append(repeat)
        for cell, text in zip(head.cells, header, strict=True):
            cell.text = _plain(text)
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
                run.font.size = Pt(9.5)
        for row in rows:
            cells = table.add_row().cells
            for index, (cell, value) in enumerate(zip(cells, row, strict=False)):
                cell.text = _plain(value)
                paragraph = cell.paragraphs[0]
                for run in paragraph.runs:
                    run.font.size = Pt(9.5)
                if right is not None and index < len(right) and right[index]:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if widths:
            total = self.frame_width
            for column, fraction in zip(table.columns, widths, strict=False):
                for cell in column.cells:
                    cell.width = Pt(fraction * total)

    def _picture(self, document, drawing: Drawing) -> None:
        from reportlab.graphics import renderPM

        from app.reports.fonts import register_fonts

        register_fonts()
        png = renderPM.drawToString(drawing, fmt="PNG", dpi=150)
        width = min(float(drawing.width), self.frame_width)
        document.add_picture(io.BytesIO(png), width=Pt(width))
