"""Analysis page, section "Key drivers" (issue 20.1, docs/drivers.md): the priority chart and
the table of the view's drivers, from `CampaignAnalysis.drivers` — no computation here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.scoring.drivers import (
    BASIS_SATISFACTION,
    LOW_LEVEL,
    PRIORITIES,
    REASONS,
    STRONG_RHO,
    point_label,
    strong_line,
)
from app.scoring.privacy import REASONS as PRIVACY_REASONS
from app.ui.formatting import fmt_number
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.plots.priority_chart import PriorityChartWidget
from app.ui.shortcuts import bind, tip

_ACT_FIRST = QColor("#fde2e1")


def priority_text(key: str) -> str:
    return QCoreApplication.translate("Drivers", PRIORITIES[key]) if key else ""


def hidden_text(reason: str, minimum: int, threshold: int) -> str:
    """Why a driver (or all of them) is not shown, in the reader's language."""
    if reason in PRIVACY_REASONS:
        return QCoreApplication.translate("Privacy", PRIVACY_REASONS[reason]).replace(
            "%1", str(threshold)
        )
    return QCoreApplication.translate("Drivers", REASONS[reason]).replace("%1", str(minimum))


def rho_text(value: float | None) -> str:
    return "—" if value is None else fmt_number(value, 2)


class DriversTab(QWidget):
    def __init__(self, lang: str = "ru", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.drivers = None
        self.threshold = 5
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("drivers_note")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("drivers_kind")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._render())
        self.chart_button = QPushButton()
        self.chart_button.setObjectName("drivers_chart_export")
        self.chart_button.clicked.connect(lambda: self.export_chart())
        bind(self.chart_button, "Ctrl+Shift+S")
        self.chart = PriorityChartWidget()
        self.chart.setObjectName("drivers_chart")
        self.model = RowsTableModel(
            [
                Column(
                    lambda: self.tr("No."),
                    lambda d: d.id.lstrip("q") if d.kind == "factor" else "",
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Factor or parameter"),
                    lambda d: d.label.get(self.lang, d.id),
                    tooltip=lambda d: d.label.get(self.lang, d.id),
                ),
                Column(
                    lambda: self.tr("Priority"),
                    lambda d: hidden_mark(d) or priority_text(d.priority),
                    tooltip=lambda d: (
                        hidden_text(d.hidden, self.minimum, self.threshold) if d.hidden else ""
                    ),
                    background=lambda d: _ACT_FIRST if d.priority == "act_first" else None,
                ),
                Column(
                    lambda: self.tr("Level (0–5)"),
                    lambda d: "" if d.hidden else fmt_number(d.level, 2),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("ρ satisfaction"),
                    lambda d: "" if d.hidden else rho_text(d.rho_satisfaction),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("ρ leaving"),
                    lambda d: "" if d.hidden else rho_text(d.rho_leaving),
                    align_right=True,
                ),
                Column(lambda: self.tr("N"), lambda d: "" if d.hidden else d.n, align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("drivers_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # wrapped names make rows taller
        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        self.explain_label.setObjectName("drivers_explanation")
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.chart_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.explain_label)
        self.retranslate_ui()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The chart would take all the width it asks for: split 55 : 45 once, on first show
        (then the user's dragging is kept)."""
        super().showEvent(event)
        if not self._sized and self.splitter.width() > 100:
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([int(width * 0.55), width - int(width * 0.55)])

    @property
    def minimum(self) -> int:
        return self.drivers.min_respondents if self.drivers is not None else 30

    def kind(self) -> str:
        return self.kind_combo.currentData() or "parameter"

    # --- data ------------------------------------------------------------------------------
    def show_drivers(self, drivers, threshold: int, lang: str) -> None:
        self.drivers, self.threshold, self.lang = drivers, threshold, lang
        self._render()

    def show_suppressed(self, text: str) -> None:
        self.drivers = None
        self._set_visible(False)
        self.note_label.setText(text)
        self.model.set_rows([])

    def _set_visible(self, shown: bool) -> None:
        for widget in (
            self.splitter,
            self.kind_combo,
            self.kind_label,
            self.chart_button,
            self.explain_label,
        ):
            widget.setVisible(shown)

    def _render(self) -> None:
        drivers = self.drivers
        if drivers is None:
            return
        if not drivers.shown:
            self.show_suppressed(
                hidden_text(drivers.reason, drivers.min_respondents, self.threshold)
            )
            self.drivers = drivers
            return
        self._set_visible(True)
        rows = [d for d in drivers.items if d.kind == self.kind()]
        self.model.set_rows(rows)
        self.table.setColumnHidden(0, self.kind() == "parameter")  # parameters have no No.
        self._fit_columns()
        shown = [d for d in rows if not d.hidden]
        act = [d for d in shown if d.priority == "act_first"]
        basis = (
            self.tr("job satisfaction (Batarshev total)")
            if drivers.basis == BASIS_SATISFACTION
            else self.tr("the pull to leave (reasons for leaving), sign reversed")
        )
        note = (
            self.tr("Act first: %1.").replace(
                "%1", ", ".join(d.label.get(self.lang, d.id) for d in act)
            )
            if act
            else self.tr(
                "No factor here both goes strongly with satisfaction and is rated low: nothing to "
                "act on first."
            )
        )
        hidden = {d.hidden for d in rows if d.hidden}
        note += "".join(
            "\n× " + hidden_text(r, drivers.min_respondents, self.threshold) for r in sorted(hidden)
        )
        self.note_label.setText(note)
        self.chart.set_points(
            [
                {
                    "level": d.level,
                    "strength": d.strength,
                    "label": point_label(d, self.lang),
                    "priority": d.priority,
                    "tip": self._tip(d),
                }
                for d in shown
            ],
            LOW_LEVEL,
            strong_line(drivers),
            {k: priority_text(k) for k in PRIORITIES},
            self.tr("Current level: mean satisfaction (0–5)"),
            self.tr("Relation (ρ) with %1").replace("%1", basis),
        )
        self.explain_label.setText(
            self.tr(
                "Rank correlation ρ (Spearman): +1 — those who rate the factor higher are the more "
                "satisfied, 0 — no relation. Strong: ρ at least %2 and beyond chance for its N. "
                "Low level: below %3. Minimum %1 respondents. A relation is not a cause: ask people "
                "before acting. ρ satisfaction: with job satisfaction; ρ leaving: with the reasons "
                "for leaving (below zero: the more satisfied with the factor, the weaker the reasons "
                "to leave)."
            )
            .replace("%1", str(drivers.min_respondents))
            .replace("%2", fmt_number(STRONG_RHO, 2))
            .replace("%3", fmt_number(LOW_LEVEL, 0))
        )

    def _fit_columns(self) -> None:
        """Figures as narrow as they are (headings wrap over lines), the priority's words
        wrapped in a column of a fixed width; the name takes the rest, so that at 1366 px
        everything is in view beside the chart without scrolling sideways."""
        header, model = self.table.horizontalHeader(), self.model
        heading, cell = header.fontMetrics(), self.table.fontMetrics()
        pad = 14
        tallest = heading.height()
        for c in range(model.columnCount()):
            if c == 1:
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            figures = max(
                (
                    cell.horizontalAdvance(str(model.data(model.index(r, c)) or ""))
                    for r in range(model.rowCount())
                ),
                default=0,
            )
            words = max((heading.horizontalAdvance(w) for w in text.split()), default=0)
            if c == 2:  # the priority's words wrap: as wide as its longest word
                figures = max(
                    (
                        cell.horizontalAdvance(w)
                        for r in range(model.rowCount())
                        for w in str(model.data(model.index(r, c)) or "").split()
                    ),
                    default=0,
                )
            width = max(words, figures) + pad
            header.resizeSection(c, width)
            tallest = max(
                tallest,
                heading.boundingRect(
                    0,
                    0,
                    width - pad,
                    1000,
                    int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                    text,
                ).height(),
            )
        header.setFixedHeight(tallest + 8)
        self.table.resizeRowsToContents()

    def _tip(self, d) -> str:
        return (
            f"{d.label.get(self.lang, d.id)}\n"
            + self.tr("Level %1, ρ with satisfaction %2, ρ with leaving %3, N %4")
            .replace("%1", fmt_number(d.level, 2))
            .replace("%2", rho_text(d.rho_satisfaction))
            .replace("%3", rho_text(d.rho_leaving))
            .replace("%4", str(d.n))
            + "\n"
            + priority_text(d.priority)
        )

    def export_chart(self, target=None):
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("AnalysisTabs", "Save chart"),
                str(Path.home() / "drivers.png"),
                "PNG (*.png);;SVG (*.svg)",
            )
            if not name:
                return None
            target = Path(name)
        self.chart.export_image(str(target))
        return target

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("Show:"))
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Motivation parameters"), "parameter")
        self.kind_combo.addItem(self.tr("Satisfaction factors"), "factor")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self.chart_button.setText(QCoreApplication.translate("AnalysisTabs", "Save chart…"))
        tip(
            self.chart_button,
            QCoreApplication.translate("AnalysisTabs", "Save this chart as a picture (PNG or SVG)"),
        )
        self.model.retranslate()
        if self.drivers is not None:
            self._render()


def hidden_mark(d) -> str:
    return "×" if d.hidden else ""
