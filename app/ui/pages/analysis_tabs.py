"""Tabs of the analysis page. Each takes plain analysis results and shows tables and charts;
none of them queries the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
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
    without horizontal scrolling.

    A section may show further tables of its own (`add_table`: table 2.5 under the motivation
    level, 3.6 under job satisfaction), each with its Excel export, in a row of tabs under the
    table (beside the chart)."""

    def __init__(
        self,
        columns: list[Column],
        with_chart: bool = False,
        parent=None,
        name_column: int = 0,
        shortcuts: bool = True,
    ):
        super().__init__(parent)
        self.name_column = name_column
        self.export_title = ""  # the title of its Excel export ("": its section's name)
        self.more: QTabWidget | None = None  # the further tables' tabs
        self.extra_tables: list[FigureTab] = []
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
        if shortcuts:  # a further table's buttons have none: the section's keys are its own
            bind(self.export_button, "Ctrl+E")
            bind(self.chart_button, "Ctrl+Shift+S")
        top.addWidget(self.chart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(top)
        self.main_layout.addWidget(self.table_view, 2)
        self.lower = QHBoxLayout()
        if self.chart is not None:
            self.lower.addWidget(self.chart, 1)
            self.main_layout.addLayout(self.lower, 1)

    def add_table(self, columns: list[Column], name_column: int = 0) -> FigureTab:
        """A further table of this section (a seed table defined in app/reports/tables.py),
        shown by `show_table`."""
        if self.more is None:
            self.more = QTabWidget()
            self.more.setObjectName("figure_more")
            self.more.setDocumentMode(True)
            if self.chart is not None:  # the chart becomes the first of the tabs, full width
                self.lower.removeWidget(self.chart)
                self.main_layout.removeItem(self.lower)
                self.chart.setMinimumHeight(100)
                self.more.addTab(self.chart, "")
            # the table over the tabs, split where the table's rows end (`fit_height`); the
            # tabs take what is left of a 1366x768 window, the user may move the split
            self.splitter = QSplitter(Qt.Orientation.Vertical)
            self.splitter.setChildrenCollapsible(False)
            self.main_layout.replaceWidget(self.table_view, self.splitter)
            self.splitter.addWidget(self.table_view)
            self.splitter.addWidget(self.more)
            self.splitter.setStretchFactor(0, 0)
            self.splitter.setStretchFactor(1, 1)
            self.table_view.setMinimumHeight(80)
            self.more.setMinimumHeight(120)
        table = FigureTab(columns, name_column=name_column, shortcuts=False)
        table.layout().setContentsMargins(0, 4, 0, 0)
        self.more.addTab(table, "")
        self.extra_tables.append(table)
        return table

    def show_table(self, table: FigureTab, label: str, title: str, rows: list) -> None:
        """A further table's rows, its tab's `label` and its full `title` (above the table
        and in its Excel export)."""
        if self.more is not None:
            self.more.setTabText(self.more.indexOf(table), label)
        table.export_title = title
        table.show_rows(rows, title)

    def export_xlsx(self, target=None):
        from app.ui.table_export import export_model

        if self.export_title:
            return export_model(
                self, self.model, self.export_title, [self.note_label.text()], target
            )
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
        if self.more is not None:
            self.more.setVisible(bool(rows))
            if self.chart is not None:
                self.more.setTabText(0, QCoreApplication.translate("AnalysisTabs", "Chart"))
        elif self.chart is not None:
            self.chart.setVisible(bool(rows))
        self.fit_columns()
        if self.more is not None:
            self.fit_height()

    def fit_height(self) -> None:
        """The split under the table's last row (the further tables below take the rest)."""
        view = self.table_view
        header = view.horizontalHeader()
        rows = view.verticalHeader().length() or sum(
            view.sizeHintForRow(r) for r in range(self.model.rowCount())
        )
        head = header.height() if header.isVisible() else header.sizeHint().height()
        height = head + rows + 2 * view.frameWidth() + 2
        total = sum(self.splitter.sizes()) or self.height()
        self.splitter.setSizes([height, max(total - height, self.more.minimumHeight())])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.more is not None and event.size().width() != event.oldSize().width():
            # the rows' heights at the new width, once the table has it
            QTimer.singleShot(0, self, self.fit_height)

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


def spec_title(spec: TableSpec) -> str:
    """A seed table's printed title ("Table 2.5 – …") in the interface's language."""
    title = spec.title
    return (QCoreApplication.translate("Tables", title) or title).replace("%1", spec.id)


def table_label(spec: TableSpec) -> str:
    """A further table's tab: "Table 2.5", or the title of a table with no seed number."""
    if not spec.id:
        return spec_title(spec)
    return QCoreApplication.translate("AnalysisTabs", "Table %1").replace("%1", spec.id)


def change_columns(spec: TableSpec, decimals: int) -> list[Column]:
    """A seed table's screen columns, the change of a figure with its interval as tooltip."""
    return spec_columns(
        spec,
        tooltip={
            "change": lambda r: (
                change_tip(r.change, decimals) if isinstance(r.change, Difference) else ""
            )
        },
    )
