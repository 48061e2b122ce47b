"""Horizontal bar chart on pyqtgraph: plain data in, hover values, no database access."""

from __future__ import annotations

import pyqtgraph as pg

_configured = False


def configure_pyqtgraph() -> None:
    """Global pyqtgraph options, set once (white background, antialiasing)."""
    global _configured
    if not _configured:
        pg.setConfigOptions(antialias=True, background="w", foreground="#222222")
        _configured = True


class BarChartWidget(pg.PlotWidget):
    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=True, y=False, alpha=0.3)
        self._bars: pg.BarGraphItem | None = None
        self._texts: list[pg.TextItem] = []
        self.setMinimumHeight(220)

    def set_bars(self, labels: list[str], values: list[float | None],
                 highlight: set[int] | None = None, x_range: tuple[float, float] | None = None,
                 value_format: str = "{:.1f}") -> None:
        """Bars from top to bottom in the given order; None values are drawn empty."""
        plot = self.getPlotItem()
        plot.clear()
        self._texts = []
        n = len(labels)
        ys = list(range(n))[::-1]
        widths = [0 if v is None else v for v in values]
        brushes = [pg.mkBrush("#e07b39" if highlight and i in highlight else "#2f6db5")
                   for i in range(n)]
        self._bars = pg.BarGraphItem(x0=0, y=ys, height=0.6, width=widths, brushes=brushes)
        plot.addItem(self._bars)
        for y, v in zip(ys, values, strict=True):
            text = pg.TextItem("—" if v is None else value_format.format(v), color="#222222",
                               anchor=(0, 0.5))
            text.setPos(v or 0, y)
            plot.addItem(text)
            self._texts.append(text)
        plot.getAxis("left").setTicks([[(y, label) for y, label in zip(ys, labels, strict=True)]])
        if x_range:
            plot.setXRange(*x_range, padding=0.05)
        plot.setYRange(-0.7, n - 0.3, padding=0)
        self.setToolTip("\n".join(f"{label}: {'—' if v is None else value_format.format(v)}"
                                  for label, v in zip(labels, values, strict=True)))

    def bar_values(self) -> list[float]:
        return [] if self._bars is None else list(self._bars.opts["width"])


