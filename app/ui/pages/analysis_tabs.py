"""Tabs of the analysis page. Each takes plain analysis results and shows tables and charts;
none of them queries the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports import tables
from app.reports.excel import NumberCell, number_format
from app.reports.tables import TableSpec
from app.scoring.analysis import CampaignAnalysis, InstrumentFigures
from app.scoring.change import Difference
from app.scoring.definitions import Instrument
from app.scoring.level import LEVEL_LABELS
from app.scoring.privacy import Disclosure, reason_text
from app.ui.item_models.numbers import spec_columns
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.change_marks import change_tip
from app.ui.plots.bar_chart import BarChartWidget
from app.ui.shortcuts import bind, tip

CTX = "AnalysisTabs"


def suppression_text(d: Disclosure) -> str:
    return reason_text(d.reason, d.threshold, QCoreApplication.translate)


HIDDEN = tables.HIDDEN  # a cell hidden by the disclosure rule (the tab's note says why)


class FigureTab(QWidget):
    """A note (or suppression message), a table and optionally a chart.

    Fits a 1366x768 laptop (issue 16.5): the name column (`name_column`) takes the width that
    is left and wraps its text (the full name is also its tooltip); the numeric columns are as
    narrow as their figures, their headings wrapped over lines, so every number is in view
    without horizontal scrolling."""

    def __init__(
        self, columns: list[Column], with_chart: bool = False, parent=None, name_column: int = 0
    ):
        super().__init__(parent)
        self.name_column = name_column
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("figure_note")
        self.model = RowsTableModel(columns, self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        for c, column in enumerate(columns):  # columns only the export writes
            self.table_view.setColumnHidden(c, not column.on_screen)
        self.table_view.verticalHeader().hide()
        self.table_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # wrapped names make rows taller
        self.table_view.setWordWrap(True)
        self.table_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table_view.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(24)
        self.chart = BarChartWidget() if with_chart else None
        self.export_button = QPushButton()
        self.export_button.setObjectName("figure_export")
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        top = QHBoxLayout()
        top.addWidget(self.note_label, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.chart_button = QPushButton()
        self.chart_button.setObjectName("figure_chart_export")
        self.chart_button.clicked.connect(lambda: self.export_chart())
        self.chart_button.setVisible(self.chart is not None)
        bind(self.export_button, "Ctrl+E")
        bind(self.chart_button, "Ctrl+Shift+S")
        top.addWidget(self.chart_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_view, 2)
        if self.chart is not None:
            layout.addWidget(self.chart, 1)

    def export_xlsx(self, target=None):
        from app.ui.table_export import export_model

        title = self.window().windowTitle() if self.window() else "Motivdesk"
        tabs = self.parentWidget().parentWidget() if self.parentWidget() else None
        if tabs is not None and hasattr(tabs, "indexOf"):
            title = tabs.tabText(tabs.indexOf(self)) or title
        return export_model(self, self.model, title, [self.note_label.text()], target)

    def export_chart(self, target=None):
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if self.chart is None:
            return None
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("AnalysisTabs", "Save chart"),
                str(Path.home() / "chart.png"),
                "PNG (*.png);;SVG (*.svg)",
            )
            if not name:
                return None
            target = Path(name)
        self.chart.export_image(str(target))
        return target

    def show_rows(self, rows: list, note: str = "") -> None:
        self.model.set_rows(rows)
        self.note_label.setText(note)
        self.export_button.setText(QCoreApplication.translate("AnalysisTabs", "Export to Excel…"))
        self.export_button.setEnabled(bool(rows))
        self.chart_button.setText(QCoreApplication.translate("AnalysisTabs", "Save chart…"))
        tip(
            self.export_button,
            QCoreApplication.translate(
                "AnalysisTabs", "Save this table as an Excel workbook, with its notes"
            ),
        )
        tip(
            self.chart_button,
            QCoreApplication.translate("AnalysisTabs", "Save this chart as a picture (PNG or SVG)"),
        )
        self.chart_button.setEnabled(bool(rows))
        self.table_view.setVisible(bool(rows))
        if self.chart is not None:
            self.chart.setVisible(bool(rows))
        self.fit_columns()

    def fit_columns(self) -> None:
        """Numeric columns as wide as their widest figure (or the longest word of their
        heading); the name column stretches over the rest; headings wrap."""
        model, view = self.model, self.table_view
        header = view.horizontalHeader()
        heading, cell = header.fontMetrics(), view.fontMetrics()
        pad = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_HeaderMargin) + 10
        tallest = heading.height()
        for c in range(model.columnCount()):
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            if c == self.name_column:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
                continue
            if view.isColumnHidden(c):
                continue
            figures = max(
                (
                    cell.horizontalAdvance(str(model.data(model.index(r, c)) or ""))
                    for r in range(model.rowCount())
                ),
                default=0,
            )
            words = max((heading.horizontalAdvance(w) for w in text.split()), default=0)
            width = max(figures, words, min(heading.horizontalAdvance(text), 48)) + pad
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(c, width)
            tallest = max(
                tallest,
                heading.boundingRect(
                    QRect(0, 0, width - pad + 6, 1000),
                    int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                    text,
                ).height(),
            )
        header.setFixedHeight(tallest + 8)

    def show_suppressed(self, disclosure: Disclosure) -> None:
        self.show_rows([], suppression_text(disclosure))


def hidden_rows_note(rows: list[dict], threshold: int) -> str:
    """The reasons of the rows hidden by the disclosure rule, once each."""
    reasons = dict.fromkeys(r["hidden"] for r in rows if r.get("hidden"))
    if not reasons:
        return ""
    return "\n".join(
        f"{HIDDEN} " + reason_text(k, threshold, QCoreApplication.translate) for k in reasons
    )


def factor_columns(spec: TableSpec = tables.SIGNIFICANCE_TABLE) -> list[Column]:
    """Seed tables 2.1/2.2 (and 2.6 on screen), as app/reports/tables.py defines them: the
    screen shows its columns, the XLSX export writes the whole table."""
    return spec_columns(
        spec,
        tooltip={
            "name": lambda r: r.name,
            "change": lambda r: change_tip(r.change, 2) if isinstance(r.change, Difference) else "",
        },
    )


def change_cell(difference, decimals: int, scale: float = 1.0) -> NumberCell | None:
    """A Δ cell for a spreadsheet: the change itself, signed (the noise mark is the screen's:
    the exported note says which changes are beyond noise)."""
    if difference is None:
        return None
    return NumberCell(difference.delta * scale, number_format(decimals, signed=True))


def factor_rows(
    inst: Instrument, figures: InstrumentFigures, lang: str, analysis: CampaignAnalysis
) -> list[tables.FactorRow]:
    """Rows of a factor matrix; with the analysis' comparisons, the change of each mean (a
    `change.Difference`: beyond noise or not; "×" when the previous campaign hid it)."""
    return tables.factor_rows(inst, figures, lang, analysis.changes, analysis.previous)


def level_label_text(label_id: str) -> str:
    text = next(t for i, _lower, t in LEVEL_LABELS if i == label_id)
    return QCoreApplication.translate("Levels", text)


def profile_rows(
    inst: Instrument, figures: InstrumentFigures, lang: str, analysis: CampaignAnalysis
) -> list[tables.ProfileRow]:
    """The group mean of every scale with its change, as app/reports/tables.py builds them."""
    return tables.profile_rows(inst, figures, lang, analysis.changes, analysis.previous)


def climate_columns(inst: Instrument | None) -> list[Column]:
    """Table 2.7 as app/reports/tables.py defines it: the screen shows the poles, the mean
    mark and its change; the XLSX export adds the respondents per point."""
    points = tables.climate_points(inst) if inst is not None else list(range(1, 9))
    return spec_columns(
        tables.climate_table(points),
        tooltip={
            "change": lambda r: change_tip(r.change, 1) if isinstance(r.change, Difference) else ""
        },
    )


def climate_rows(
    inst: Instrument, figures: InstrumentFigures, lang: str, analysis: CampaignAnalysis
) -> list[tables.PairRow]:
    return tables.climate_rows(inst, figures, lang, analysis.changes, analysis.previous)


def profile_columns() -> list[Column]:
    """A group profile as app/reports/tables.py defines it (the report prints the same)."""
    return spec_columns(
        tables.PROFILE_TABLE,
        tooltip={
            "change": lambda r: change_tip(r.change, 2) if isinstance(r.change, Difference) else ""
        },
    )


def tenure_rows(inst: Instrument, figures: InstrumentFigures, lang: str) -> list:
    """Table 3.4's rows, as app/reports/tables.py builds them (the respondents row last)."""
    return tables.tenure_rows(inst, figures, lang, QCoreApplication.translate)


def distribution_rows(
    inst: Instrument, figures: InstrumentFigures, lang: str, analysis: CampaignAnalysis
) -> list[tables.TypeRow]:
    """The leading types and the mixed type, as app/reports/tables.py builds them."""
    return tables.type_rows(
        inst, figures, lang, QCoreApplication.translate, analysis.changes, analysis.previous
    )


def level_columns(below_target) -> list[Column]:
    """Table 2.4 as app/reports/tables.py defines it (the report prints the same); a parameter
    whose satisfaction is below its significance has its gap coloured."""
    return spec_columns(
        tables.LEVEL_TABLE,
        tooltip={
            "change": lambda r: change_tip(r.change, 3) if isinstance(r.change, Difference) else ""
        },
        background={
            "gap": lambda r: below_target if r.gap is not None and r.gap > 0 else None,
        },
    )


def level_rows(analysis: CampaignAnalysis, names: dict[str, str]) -> list[tables.ParameterRow]:
    """Table 2.4's rows (the total last), or none without a motivation level."""
    if analysis.level is None:
        return []
    return tables.parameter_rows(
        analysis.level,
        names,
        QCoreApplication.translate,
        analysis.changes,
        analysis.previous,
    )
