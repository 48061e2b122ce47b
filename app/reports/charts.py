"""Vector charts for PDFs (reportlab.graphics), drawn from the same numbers as the screen."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.reports.fonts import FONT, register_fonts

PALETTE = [colors.HexColor(c) for c in ("#1f5f8b", "#d9822b", "#3d8c40", "#a61b1b", "#6b4c9a")]


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(labels: Sequence[str], series: Sequence[Sequence[float | None]],
              width: float, value_max: float | None = None, legend: Sequence[str] = (),
              decimal_comma: bool = True, decimals: int = 2, compact: bool = False) -> Drawing:
    """Horizontal bars, one row per label (top to bottom in the given order), values printed.

    `compact`: thinner rows and smaller type, for the small charts of a one-page form."""
    register_fonts()
    rows = len(labels)
    bar_block = (6 + 4 * len(series)) if compact else (9 + 6 * len(series))
    font = 5.5 if compact else 7
    legend_h = 14 if legend else 0
    height = rows * bar_block + 24 + legend_h
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_w = min(0.42 * width, 210)
    short = int(label_w / (font * 0.52))  # characters that fit the label column
    chart.x, chart.y = label_w + 4, 16
    chart.width, chart.height = width - label_w - 40, rows * bar_block
    # reportlab draws the first category at the bottom: reverse so the list reads top-down.
    chart.data = [[0 if v is None else v for v in reversed(s)] for s in series]
    chart.categoryAxis.categoryNames = [_short(x, min(48, short)) for x in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = font
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
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
    form = f"{{:.{decimals}f}}"
    chart.barLabelFormat = (lambda v: form.format(v).replace(".", ",")) if decimal_comma \
        else f"%.{decimals}f"
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
            text = form.format(v).replace(".", ",") if decimal_comma else form.format(v)
            y = chart.y + (j + 0.5) * step - font / 3
            drawing.add(String(x + (2 if v >= 0 else -2), y, text, fontName=FONT,
                               fontSize=font - 0.5,
                               textAnchor="start" if v >= 0 else "end"))
    for i, name in enumerate(legend):
        x = chart.x + i * 150
        drawing.add(String(x + 10, height - 10, name, fontName=FONT, fontSize=7.5))
        from reportlab.graphics.shapes import Rect

        drawing.add(Rect(x, height - 11, 7, 7, fillColor=PALETTE[i % len(PALETTE)],
                         strokeColor=None))
    return drawing


def radar_chart(labels: Sequence[str], series: Sequence[Sequence[float | None]],
                size: float, legend: Sequence[str] = ()) -> Drawing:
    """A spider (radar) chart of a motivation profile; needs at least three axes."""
    register_fonts()
    legend_h = 14 if legend else 0
    drawing = Drawing(size * 1.6, size + legend_h)
    chart = SpiderChart()
    chart.x, chart.y = size * 0.3, 10
    chart.width = chart.height = size - 20
    data = [[0 if v is None else v for v in s] for s in series]
    top = max((v for s in data for v in s), default=0) or 1
    # SpiderChart draws no grid: four grey rings (25 %...100 % of the maximum) as extra strands.
    rings = [[top * k / 4] * len(labels) for k in (1, 2, 3, 4)]
    chart.data = rings + data
    chart.labels = [_short(x, 30) for x in labels]
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
    drawing.add(chart)
    for i, name in enumerate(legend):
        drawing.add(String(2, size + 2 - i * 11, name, fontName=FONT, fontSize=7.5,
                           fillColor=PALETTE[i % len(PALETTE)]))
    return drawing
