"""Radar (spider) chart on pyqtgraph: a group profile with an individual or second group overlaid.

pyqtgraph has no polar plot, so the chart is drawn in plain x/y: spokes, grey rings at 25 %
steps of the scale maximum, one closed polygon per series, hover values on the vertices, and
PNG/SVG export through pyqtgraph's exporters.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from app.ui.plots.bar_chart import ChartExportMixin, configure_pyqtgraph

COLOURS = ("#2f6db5", "#e07b39", "#3d8c40")


class RadarChartWidget(ChartExportMixin, pg.PlotWidget):
    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setAspectLocked(True)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        self.setMinimumHeight(320)
        self.series_points: dict[str, list[tuple[float, float]]] = {}
        self.legend = plot.addLegend(offset=(10, 10))

    def set_profile(
        self,
        labels: list[str],
        series: list[tuple[str, list[float | None]]],
        value_min: float = 0.0,
        value_max: float | None = None,
        decimals: int = 1,
    ) -> None:
        """`series`: (name, values in label order); values are drawn from value_min outward."""
        plot = self.getPlotItem()
        plot.clear()
        self.legend.clear()
        self.series_points = {}
        n = len(labels)
        if n < 3:
            return
        finite = [v for _name, values in series for v in values if v is not None]
        top = value_max if value_max is not None else (max(finite) if finite else 1.0)
        span = (top - value_min) or 1.0
        angles = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]
        grey = pg.mkPen("#c8d0d8", width=1)
        for k in (0.25, 0.5, 0.75, 1.0):  # rings
            xs = [k * math.cos(a) for a in angles] + [k * math.cos(angles[0])]
            ys = [k * math.sin(a) for a in angles] + [k * math.sin(angles[0])]
            plot.plot(xs, ys, pen=grey)
            ring_value = value_min + k * span
            tick = pg.TextItem(
                QLocale().toString(float(ring_value), "f", decimals), color="#8a949e", anchor=(0, 1)
            )
            tick.setPos(0.02, k)
            plot.addItem(tick)
        for a, label in zip(angles, labels, strict=True):
            plot.plot([0, math.cos(a)], [0, math.sin(a)], pen=grey)
            anchor = (0.5 - 0.5 * math.cos(a), 0.5 + 0.5 * math.sin(a))
            text = pg.TextItem(label, color="#222222", anchor=anchor)
            text.setPos(1.08 * math.cos(a), 1.08 * math.sin(a))
            plot.addItem(text)
        for index, (name, values) in enumerate(series):
            colour = COLOURS[index % len(COLOURS)]
            radii = [
                0.0 if v is None else max(0.0, min(1.0, (v - value_min) / span)) for v in values
            ]
            xs = [r * math.cos(a) for r, a in zip(radii, angles, strict=True)]
            ys = [r * math.sin(a) for r, a in zip(radii, angles, strict=True)]
            self.series_points[name] = list(zip(xs, ys, strict=True))
            plot.plot(xs + xs[:1], ys + ys[:1], pen=pg.mkPen(colour, width=2.5), name=name)
            tips = [
                f"{label}: {QLocale().toString(float(v), 'f', decimals) if v is not None else '—'}"
                for label, v in zip(labels, values, strict=True)
            ]
            scatter = pg.ScatterPlotItem(
                xs,
                ys,
                size=9,
                brush=pg.mkBrush(colour),
                pen=None,
                hoverable=True,
                tip=None,
                data=tips,
            )
            scatter.sigHovered.connect(self._show_tip)
            plot.addItem(scatter)
        plot.setRange(xRange=(-1.45, 1.45), yRange=(-1.25, 1.25), padding=0)

    def _show_tip(self, _item, points, _event) -> None:
        self.setToolTip(points[0].data() if len(points) else "")
