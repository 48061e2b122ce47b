"""The motivator map (App. 7, table 7.1) as the office's catalogue currently stands."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Table, TableStyle

from app.markers import QT_TRANSLATE_NOOP
from app.reports.fonts import FONT
from app.reports.pdf import GRID, HEAD_BG, PdfDocument, Translate, identity, p


@dataclass(frozen=True)
class MapGroup:
    name: str
    characteristic: str
    methods: str
    motivators: list[str]


class _MapTable(Table):
    """A table whose continuation on the next page says which group its first rows belong to
    (the group cell is printed once per group, like a merged cell)."""

    continued = ""

    def split(self, availWidth, availHeight):  # noqa: N802 - reportlab API
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            part.__class__ = _MapTable
            part.continued, part._bold = self.continued, self._bold
            first = part._cellvalues[1][0] if len(part._cellvalues) > 1 else None
            if isinstance(first, (list, tuple)) and first:  # reportlab wraps cells in tuples
                first = first[0]
            name = getattr(first, "group_name", None)
            if name:
                part._cellvalues[1][0] = p(f"{name} ({self.continued})", self._bold)
        return parts


def render_motivator_map(
    groups: list[MapGroup], organisation: str, lang: str, translate: Translate = identity
) -> bytes:
    doc = PdfDocument(
        title="", organisation=organisation, translate=translate, lang=lang, landscape=True
    )
    doc.title = doc.tr(QT_TRANSLATE_NOOP("Reports", "Motivator map"))
    doc.heading(doc.title)
    cell, bold = doc.styles["cell"], doc.styles["cellbold"]
    header = [
        doc.tr(QT_TRANSLATE_NOOP("Reports", "Group of motivation factors")),
        doc.tr(QT_TRANSLATE_NOOP("Reports", "Motivation factors of professional activity")),
        doc.tr(QT_TRANSLATE_NOOP("Reports", "Characteristic of the factors")),
        doc.tr(QT_TRANSLATE_NOOP("Reports", "Methods of motivation")),
    ]
    data = [[p(h, bold) for h in header]]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("BOX", (0, 0), (-1, -1), 0.4, GRID),
        ("INNERGRID", (0, 0), (-1, 0), 0.4, GRID),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.4, GRID),
        ("LINEBELOW", (1, 1), (1, -1), 0.4, GRID),
    ]
    spans: list[tuple[int, int]] = []
    for group in groups:
        first_row = len(data)
        for index, motivator in enumerate(group.motivators):
            first = index == 0
            if first:
                group_cell = p(group.name, bold)
            else:  # blank, as in a merged cell; named again at the top of a new page
                group_cell = p("", cell)
                group_cell.group_name = group.name
            data.append(
                [
                    group_cell,
                    p(motivator, cell),
                    p(group.characteristic, cell) if first else "",
                    p(group.methods, cell) if first else "",
                ]
            )
        last_row = len(data) - 1
        for col in (0, 2, 3):  # one box per group in the merged columns
            style.append(("LINEBELOW", (col, last_row), (col, last_row), 0.4, GRID))
        style.append(("LINEABOVE", (0, first_row), (-1, first_row), 0.8, GRID))
        spans.append((first_row, last_row))
    widths = [0.17, 0.38, 0.27, 0.18]
    # A group that fits on a page is a real merged block (kept on one page, so its name heads
    # it); a longer one splits, and its continuation is named by _MapTable.split.
    probe = Table(data, colWidths=[w * doc.frame_width for w in widths])
    probe.wrap(doc.frame_width, 10**6)
    page = doc.pagesize[1] - 2 * doc.margin
    for first_row, last_row in spans:
        if last_row > first_row and sum(probe._rowHeights[first_row : last_row + 1]) < 0.7 * page:
            style += [("SPAN", (col, first_row), (col, last_row)) for col in (0, 2, 3)]
    table = _MapTable(data, colWidths=[w * doc.frame_width for w in widths], repeatRows=1)
    table.continued = doc.tr(QT_TRANSLATE_NOOP("Reports", "continued"))
    table._bold = bold
    table.setStyle(TableStyle(style))
    doc.story.append(table)
    return doc.render()
