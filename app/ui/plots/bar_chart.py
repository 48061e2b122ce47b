"""Horizontal bar chart on pyqtgraph: plain data in, hover values, no database access."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale

_configured = False


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options, set once (white background, antialiasing)."""
    global _configured
    if not _configured:
        pg.setConfigOptions(antialias=True, background="w", foreground="#222222")
        _configured = True


def locale_ticks(axis: pg.AxisItem) -> None:
    """Tick numbers in the current locale: "0,5" in ru/kk, a true minus sign. pyqtgraph writes
    its ticks with Python's "%g" (a decimal point) whatever the language."""
    if getattr(axis, "_locale_ticks", False):
        return
    plain = axis.tickStrings  # pyqtgraph's own choice of precision for the spacing

    def strings(values, scale, spacing):
        point = QLocale().decimalPoint()  # read at drawing time: the language may change
        return [t.replace(".", point).replace("-", "−") for t in plain(values, scale, spacing)]

    axis.enableAutoSIPrefix(False)
    axis.tickStrings = strings
    axis._locale_ticks = True


class ChartExportMixin:
    """PNG/SVG export for our pyqtgraph widgets."""

    def export_image(self, path: str) -> None:
        """PNG (pyqtgraph's exporter) or SVG by the file's extension.

        pyqtgraph's SVG exporter fails on some path items with current Qt, so SVG is drawn
        with Qt's own QSvgGenerator from the widget.
        """
        if not path.lower().endswith(".svg"):
            from pyqtgraph.exporters import ImageExporter

            ImageExporter(self.getPlotItem()).export(path)
            return
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(path)
        size = self.size() if self.width() > 10 else QSize(800, 600)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle("Motivdesk")
        painter = QPainter(generator)
        self.render(painter)
        painter.end()


class BarChartWidget(ChartExportMixin, pg.PlotWidget):
    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=True, y=False, alpha=0.3)
        locale_ticks(self.getPlotItem().getAxis("bottom"))
        self._bars: pg.BarGraphItem | None = None
        self._texts: list[pg.TextItem] = []
        self.setMinimumHeight(220)

    def set_bars(
        self,
        labels: list[str],
        values: list[float | None],
        highlight: set[int] | None = None,
        x_range: tuple[float, float] | None = None,
        decimals: int = 1,
        suffix: str = "",
        signed: bool = False,
    ) -> None:
        """Bars from top to bottom in the given order; None values are drawn empty."""

        def fmt(v: float | None) -> str:
            if v is None:
                return "—"
            text = QLocale().toString(float(v), "f", decimals)
            return ("+" + text if signed and v > 0 else text) + suffix

        plot = self.getPlotItem()
        plot.clear()
        self._texts = []
        n = len(labels)
        ys = list(range(n))[::-1]
        widths = [0 if v is None else v for v in values]
        brushes = [
            pg.mkBrush("#e07b39" if highlight and i in highlight else "#2f6db5") for i in range(n)
        ]
        self._bars = pg.BarGraphItem(x0=0, y=ys, height=0.6, width=widths, brushes=brushes)
        plot.addItem(self._bars)
        for y, v in zip(ys, values, strict=True):
            # beyond the bar's end: right of a positive bar, left of a negative one
            text = pg.TextItem(
                fmt(v), color="#222222", anchor=(1, 0.5) if v is not None and v < 0 else (0, 0.5)
            )
            text.setPos(v or 0, y)
            plot.addItem(text)
            self._texts.append(text)
        axis = plot.getAxis("left")
        axis.setTicks([[(y, label) for y, label in zip(ys, labels, strict=True)]])
        metrics = self.fontMetrics()
        axis.setWidth(
            min(360, max((metrics.horizontalAdvance(t) for t in labels), default=20) + 16)
        )
        if x_range:
            plot.setXRange(*x_range, padding=0.05)
        else:
            known = [v for v in values if v is not None] or [0]
            lo, hi = min(0, *known), max(0, *known)
            span = (hi - lo) or 1
            plot.setXRange(lo - (0.18 if lo < 0 else 0.05) * span, hi + 0.18 * span, padding=0)
        plot.setYRange(-0.7, n - 0.3, padding=0)
        self.setToolTip(
            "\n".join(f"{label}: {fmt(v)}" for label, v in zip(labels, values, strict=True))
        )

    def bar_values(self) -> list[float]:
        return [] if self._bars is None else list(self._bars.opts["width"])
