"""Vector charts for PDFs (reportlab.graphics), drawn from the same numbers as the screen."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from app.reports.fonts import FONT, register_fonts
from app.reports.pdf import fmt_number

PALETTE = [colors.HexColor(c) for c in ("#1f5f8b", "#d9822b", "#3d8c40", "#a61b1b", "#6b4c9a")]


def _number(value: float, decimals: int, decimal_comma: bool = True) -> str:
    """A chart's value label, as every table prints it (half-up: 3,625 -> 3,63)."""
    return fmt_number(value, decimals, "ru" if decimal_comma else "en")


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def wrap_label(label: str, width: int) -> str:
    """A long label broken into lines of at most `width` characters at spaces (a word longer
    than a line is broken with a hyphen): nothing is cut off."""
    lines: list[str] = []
    line = ""
    for word in label.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return "\n".join(lines) or label


def bar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[float | None]],
    width: float,
    value_max: float | None = None,
    legend: Sequence[str] = (),
    decimal_comma: bool = True,
    decimals: int = 2,
    compact: bool = False,
    wrap: bool = False,
    label_share: float = 0.42,
) -> Drawing:
    """Horizontal bars, one row per label (top to bottom in the given order), values printed.

    `compact`: thinner rows and smaller type, for the small charts of a one-page form.
    `wrap`: long labels are broken into lines (rows grow to hold them) instead of cut."""
    register_fonts()
    rows = len(labels)
    bar_block = (6 + 4 * len(series)) if compact else (9 + 6 * len(series))
    font = 5.5 if compact else 7
    legend_h = 14 if legend else 0
    label_w = min(label_share * width, 210 if not wrap else 260)
    short = int(label_w / (font * 0.52))  # characters that fit the label column
    if wrap:
        labels = [wrap_label(x, short) for x in labels]
        lines = max((x.count("\n") + 1 for x in labels), default=1)
        bar_block = max(bar_block, lines * (font + 1) + 3)
    height = rows * bar_block + 24 + legend_h
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w + 4, 16
    chart.width, chart.height = width - label_w - 40, rows * bar_block
    # reportlab draws the first category at the bottom: reverse so the list reads top-down.
    chart.data = [[0 if v is None else v for v in reversed(s)] for s in series]
    chart.categoryAxis.categoryNames = [
        x if wrap else _short(x, min(48, short)) for x in reversed(labels)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = font
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    if wrap:
        chart.categoryAxis.labels.leading = font + 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.visibleGrid = compact  # light grid: reading values off a small chart
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3e8")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.labels.fontSize = font
    finite = [v for s in series for v in s if v is not None]
    low = min([0.0, *finite])
    top = value_max if value_max is not None else (max([0.0, *finite]) * 1.1 if finite else 1)
    # room for the value printed beyond a negative bar's end, as for a positive one
    chart.valueAxis.valueMin = low * 1.15 if low < 0 else 0.0
    chart.valueAxis.valueMax = top or 1
    # the category names stay left of the plot, not on the zero line across negative bars
    chart.categoryAxis.joinAxisMode = "left"
    chart.categoryAxis.visibleAxis = True
    if decimal_comma:
        chart.valueAxis.labelTextFormat = lambda v: f"{v:g}".replace(".", ",")
    chart.barLabelFormat = lambda v: _number(v, decimals, decimal_comma)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = font - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    own_labels = low < 0 and len(series) == 1
    if own_labels:  # reportlab prints a negative bar's value inside it: drawn below instead
        chart.barLabelFormat = None
    chart.barSpacing = 1
    chart.groupSpacing = 5
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if own_labels:
        vmin, vmax = chart.valueAxis.valueMin, chart.valueAxis.valueMax
        step = chart.height / rows
        for j, v in enumerate(chart.data[0]):
            if series[0][rows - 1 - j] is None:
                continue
            x = chart.x + (v - vmin) / (vmax - vmin) * chart.width
            text = _number(v, decimals, decimal_comma)
            y = chart.y + (j + 0.5) * step - font / 3
            drawing.add(
                String(
                    x + (2 if v >= 0 else -2),
                    y,
                    text,
                    fontName=FONT,
                    fontSize=font - 0.5,
                    textAnchor="start" if v >= 0 else "end",
                )
            )
    for i, name in enumerate(legend):
        x = chart.x + i * 150
        drawing.add(String(x + 10, height - 10, name, fontName=FONT, fontSize=7.5))
        from reportlab.graphics.shapes import Rect

        drawing.add(
            Rect(x, height - 11, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None)
        )
    return drawing


def radar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[float | None]],
    size: float,
    legend: Sequence[str] = (),
    value_max: float | None = None,
    ring_step: float | None = None,
    wrap: bool = False,
) -> Drawing:
    """A spider (radar) chart of a motivation profile; needs at least three axes.

    `value_max`: a fixed scale (e.g. 5 for the 0-5 scores) with a ring every `ring_step`,
    each ring labelled with its value; without it the rings are quarters of the largest
    value. `wrap`: long axis labels are broken into lines instead of cut."""
    register_fonts()
    legend_h = 14 if legend else 0
    drawing = Drawing(size * 1.6, size + legend_h)
    chart = SpiderChart()
    chart.x, chart.y = size * 0.3, 10
    chart.width = chart.height = size - 20
    data = [[0 if v is None else v for v in s] for s in series]
    if value_max is not None:
        top = value_max
        step = ring_step or 1
        levels = [step * k for k in range(1, int(round(top / step)) + 1)]
    else:
        top = max((v for s in data for v in s), default=0) or 1
        levels = [top * k / 4 for k in (1, 2, 3, 4)]
    # SpiderChart draws no grid: grey rings as extra strands.
    rings = [[level] * len(labels) for level in levels]
    chart.data = rings + data
    chart.labels = [wrap_label(x, 22) if wrap else _short(x, 30) for x in labels]
    chart.strands.strokeWidth = 1.2
    for i in range(len(rings)):
        chart.strands[i].strokeColor = colors.HexColor("#c8d0d8")
        chart.strands[i].strokeWidth = 0.5
        chart.strands[i].fillColor = None
    for i in range(len(series)):
        chart.strands[len(rings) + i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.strands[len(rings) + i].strokeWidth = 1.6
        chart.strands[len(rings) + i].fillColor = None
    chart.strandLabels.fontName = FONT
    chart.spokeLabels.fontName = FONT
    chart.spokeLabels.fontSize = 6.5
    if wrap:
        chart.spokeLabels.leading = 7.5
    drawing.add(chart)
    if value_max is not None:
        # the ring values along the first (upward) spoke
        cx = chart.x + chart.width / 2
        cy = chart.y + chart.height / 2
        radius = min(chart.width, chart.height) / 2
        for level in levels:
            text = f"{level:g}".replace(".", ",")
            drawing.add(
                String(
                    cx + 2,
                    cy + radius * level / top - 2.5,
                    text,
                    fontName=FONT,
                    fontSize=6,
                    fillColor=colors.HexColor("#6b7785"),
                )
            )
        drawing.add(
            String(
                cx + 2,
                cy - 2.5,
                "0",
                fontName=FONT,
                fontSize=6,
                fillColor=colors.HexColor("#6b7785"),
            )
        )
    for i, name in enumerate(legend):
        drawing.add(
            String(
                2,
                size + 2 - i * 11,
                name,
                fontName=FONT,
                fontSize=7.5,
                fillColor=PALETTE[i % len(PALETTE)],
            )
        )
    return drawing


def pole_profile_chart(
    left: Sequence[str],
    right: Sequence[str],
    series: Sequence[Sequence[float | None]],
    width: float,
    low: float = 1,
    high: float = 8,
    legend: Sequence[str] = (),
    better: str = "",
    worse: str = "",
) -> Drawing:
    """A semantic-differential profile (Fiedler's climate, seed figs 6.8/6.9): one row per
    pair of poles, the positive pole on the left, a marker at each series' mean on the
    `low`..`high` scale, the value printed beside it. Nearer the left pole is better; the
    axis says so (`better` / `worse` words under its ends)."""
    register_fonts()
    rows = len(left)
    row_h = 15
    legend_h = 14 if legend else 0
    pole_w = min(0.24 * width, 120)
    plot_x, plot_w = pole_w + 8, width - 2 * pole_w - 16
    top_y = 26 + rows * row_h
    height = top_y + 8 + legend_h
    drawing = Drawing(width, height)
    grey = colors.HexColor("#c8d0d8")

    def x_of(value: float) -> float:
        return plot_x + (value - low) / (high - low) * plot_w

    for k in range(int(low), int(high) + 1):  # scale ticks and their numbers
        x = x_of(k)
        drawing.add(Line(x, 20, x, top_y, strokeColor=grey, strokeWidth=0.4))
        drawing.add(String(x, 12, str(k), fontName=FONT, fontSize=6.5, textAnchor="middle"))
    if better:
        drawing.add(
            String(plot_x, 3, "← " + better, fontName=FONT, fontSize=6.5, fillColor=PALETTE[2])
        )
    if worse:
        drawing.add(
            String(
                plot_x + plot_w,
                3,
                worse + " →",
                fontName=FONT,
                fontSize=6.5,
                textAnchor="end",
                fillColor=PALETTE[3],
            )
        )
    for j in range(rows):
        y = top_y - (j + 0.5) * row_h
        drawing.add(
            String(
                pole_w, y - 2.5, _short(left[j], 40), fontName=FONT, fontSize=7, textAnchor="end"
            )
        )
        drawing.add(
            String(plot_x + plot_w + 8, y - 2.5, _short(right[j], 40), fontName=FONT, fontSize=7)
        )
        drawing.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=grey, strokeWidth=0.4))
        for i, values in enumerate(series):
            value = values[j]
            if value is None:
                continue
            x = x_of(value)
            color = PALETTE[i % len(PALETTE)]
            drawing.add(
                Circle(
                    x,
                    y,
                    3.2 if i == 0 else 2.6,
                    fillColor=color if i == 0 else colors.white,
                    strokeColor=color,
                    strokeWidth=1,
                )
            )
            if i == 0:
                drawing.add(
                    String(
                        x, y + 4, _number(value, 1), fontName=FONT, fontSize=6, textAnchor="middle"
                    )
                )
    for i, name in enumerate(legend):
        x = plot_x + i * 150
        color = PALETTE[i % len(PALETTE)]
        drawing.add(
            Circle(
                x + 3, height - 8, 3, fillColor=color if i == 0 else colors.white, strokeColor=color
            )
        )
        drawing.add(String(x + 10, height - 10.5, name, fontName=FONT, fontSize=7.5))
    return drawing


def heatmap(
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    values: Sequence[Sequence[float | str | None]],
    width: float,
    low: float = 0,
    high: float = 5,
    decimals: int = 1,
) -> Drawing:
    """A table of coloured cells (red = `low` … green = `high`), the value printed in each;
    a string cell (e.g. "×" for a suppressed cell) is printed on grey, None is left blank."""
    register_fonts()
    cols = len(column_labels)
    label_w = min(0.52 * width, 280)
    cell_w = (width - label_w - 4) / max(cols, 1)
    chars = int(label_w / (6.3 * 0.56))
    wrapped = [wrap_label(x, chars) for x in row_labels]
    # each row as tall as its label needs (one line: 11 pt)
    heights = [max(11.0, (x.count("\n") + 1) * 7.0 + 3) for x in wrapped]
    head_h = 14
    height = sum(heights) + head_h + 2
    drawing = Drawing(width, height)
    red, yellow, green = (colors.HexColor(c) for c in ("#e06666", "#ffe599", "#93c47d"))

    def shade(v: float):
        t = max(0.0, min(1.0, (v - low) / (high - low)))
        a, b, u = (red, yellow, t * 2) if t < 0.5 else (yellow, green, t * 2 - 1)
        return colors.Color(
            a.red + (b.red - a.red) * u,
            a.green + (b.green - a.green) * u,
            a.blue + (b.blue - a.blue) * u,
        )

    for c, name in enumerate(column_labels):
        x = label_w + 4 + (c + 0.5) * cell_w
        drawing.add(String(x, height - 10, name, fontName=FONT, fontSize=7, textAnchor="middle"))
    y = height - head_h
    for r, name in enumerate(wrapped):
        row_h = heights[r]
        y -= row_h
        parts = name.split("\n")
        for k, part in enumerate(parts):
            drawing.add(
                String(
                    label_w,
                    y + row_h / 2 + (len(parts) / 2 - k - 1) * 7.0 + 1.8,
                    part,
                    fontName=FONT,
                    fontSize=6.3,
                    textAnchor="end",
                )
            )
        for c in range(cols):
            value = values[r][c]
            x = label_w + 4 + c * cell_w
            if value is None:
                fill, text = colors.white, ""
            elif isinstance(value, str):
                fill, text = colors.HexColor("#d9d9d9"), value
            else:
                fill = shade(float(value))
                text = _number(value, decimals)
            drawing.add(
                Rect(x, y, cell_w, row_h, fillColor=fill, strokeColor=colors.white, strokeWidth=0.8)
            )
            drawing.add(
                String(
                    x + cell_w / 2,
                    y + row_h / 2 - 2.3,
                    text,
                    fontName=FONT,
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
    return drawing
