"""Key-driver priority chart on pyqtgraph (docs/drivers.md): x = current level (mean satisfaction
0-5), y = strength of the relation (Spearman's rho); the quadrant "strong relation, low
satisfaction" is shaded and labelled "act first". Plain data in, hover text per point."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsRectItem

from app.ui.plots.bar_chart import ChartExportMixin, configure_pyqtgraph, locale_ticks

# priority id -> colour (act first stands out; secondary recedes)
COLOURS = {
    "act_first": "#c0392b",
    "maintain": "#2f6db5",
    "monitor": "#d68910",
    "secondary": "#8a949e",
}
ACT_FIRST_FILL = QColor(192, 57, 43, 28)


class PriorityChartWidget(ChartExportMixin, pg.PlotWidget):
    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self.setMinimumHeight(260)
        self.points: list[tuple[float, float, str]] = []  # (x, y, label) as drawn
        self.quadrant_texts: dict[str, str] = {}

    def set_points(
        self,
        points: list[dict],
        low_level: float,
        strong: float,
        quadrants: dict[str, str],
        x_title: str,
        y_title: str,
    ) -> None:
        """`points`: dicts with level, strength, label (short), tip (hover text), priority.
        `quadrants`: priority id -> its words, written in the four corners."""
        plot = self.getPlotItem()
        plot.clear()
        self.points = []
        self.quadrant_texts = dict(quadrants)
        values = [p["strength"] for p in points]
        y_low = min([-0.2, *[v - 0.08 for v in values]])
        y_high = max([0.7, strong + 0.25, *[v + 0.1 for v in values]])
        x_low, x_high = 0.0, 5.0
        # the quadrant to act on first: left of the level line, above the strength line
        shade = QGraphicsRectItem(QRectF(x_low, strong, low_level - x_low, y_high - strong))
        shade.setBrush(QBrush(ACT_FIRST_FILL))
        shade.setPen(pg.mkPen(None))
        plot.addItem(shade)
        dashed = pg.mkPen("#7b8794", width=1, style=Qt.PenStyle.DashLine)
        plot.addItem(pg.InfiniteLine(pos=low_level, angle=90, pen=dashed))
        plot.addItem(pg.InfiniteLine(pos=strong, angle=0, pen=dashed))
        plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#c8d0d8", width=1)))
        corners = {
            "act_first": (x_low + 0.05, y_high, (0, 0)),
            "maintain": (x_high - 0.05, y_high, (1, 0)),
            "monitor": (x_low + 0.05, y_low, (0, 1)),
            "secondary": (x_high - 0.05, y_low, (1, 1)),
        }
        for key, (x, y, anchor) in corners.items():
            bold = key == "act_first"
            text = pg.TextItem(
                quadrants.get(key, ""), anchor=anchor, color=COLOURS[key] if bold else "#6b7785"
            )
            if bold:
                font = text.textItem.font()
                font.setBold(True)
                text.setFont(font)
            text.setPos(x, y)
            plot.addItem(text)
        for priority in COLOURS:
            group = [p for p in points if p["priority"] == priority]
            if not group:
                continue
            scatter = pg.ScatterPlotItem(
                [p["level"] for p in group],
                [p["strength"] for p in group],
                size=11 if priority == "act_first" else 9,
                brush=pg.mkBrush(COLOURS[priority]),
                pen=pg.mkPen("w", width=1),
                hoverable=True,
                tip=None,
                data=[p["tip"] for p in group],
            )
            scatter.sigHovered.connect(self._show_tip)
            plot.addItem(scatter)
            for p in group:
                self.points.append((p["level"], p["strength"], p["label"]))
        metrics = self.fontMetrics()
        area = (max(self.width(), 500) * 0.8, max(self.height(), 260) * 0.8)
        scale = (area[0] / (x_high - x_low), area[1] / (y_high - y_low))
        for (x, y, text), (anchor, dy) in zip(
            self.points,
            _placements(self.points, scale, metrics.averageCharWidth() * 1.1, metrics.height()),
            strict=True,
        ):
            label = pg.TextItem(text, color="#222222", anchor=anchor)
            label.setPos(x + (0.07 if anchor[0] == 0 else -0.07), y + dy)
            plot.addItem(label)
        plot.setLabel("bottom", x_title)
        plot.setLabel("left", y_title)
        for side in ("left", "bottom"):  # decimal comma in ru/kk; no "(x0.001)" scaling
            locale_ticks(plot.getAxis(side))
        plot.setXRange(x_low, x_high, padding=0.02)
        plot.setYRange(y_low, y_high, padding=0.02)
        self.setToolTip("")

    def _show_tip(self, _item, points, _event) -> None:
        self.setToolTip(points[0].data() if len(points) else "")


def _placements(
    points: list[tuple[float, float, str]],
    scale: tuple[float, float],
    char_px: float,
    line_px: float,
) -> list:
    """Where each point's label goes, so that neighbouring names stay legible: right of the
    point, else left of it, else a line lower or higher — the first place whose box (in
    pixels, `scale` = pixels per unit of x and y) meets no label already placed and no other
    point. Returns (anchor, vertical shift in y units) per point, in the order given."""
    sx, sy = scale
    dots = [(x * sx, y * sy) for x, y, _t in points]
    boxes: list[tuple[float, float, float, float]] = []
    out = []
    for k, (_x, _y, text) in enumerate(points):
        px, py = dots[k]
        width, half = len(text) * char_px + 4, line_px / 2
        choice = ((0, 0.5), 0.0)
        for side, lines in ((1, 0), (-1, 0), (1, -1), (-1, -1), (1, 1), (-1, 1)):
            top = py + lines * line_px
            left = px + 6 if side == 1 else px - 6 - width
            box = (left, top - half, left + width, top + half)
            clash = any(
                box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes
            ) or any(
                j != k and box[0] - 4 < dx < box[2] + 4 and box[1] - 4 < dy < box[3] + 4
                for j, (dx, dy) in enumerate(dots)
            )
            if not clash:
                choice = ((0, 0.5) if side == 1 else (1, 0.5), lines * line_px / sy)
                break
        anchor, shift = choice
        left = px + 6 if anchor[0] == 0 else px - 6 - width
        boxes.append((left, py + shift * sy - half, left + width, py + shift * sy + half))
        out.append(choice)
    return out
