"""Personnel-management indicators (seed 002): HR enters each year's staff movements, the page
shows the indicators computed from them, with the change since the year before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from app.data.queries import organisation
from app.markers import QT_TRANSLATE_NOOP
from app.scoring.indicators import (
    INDICATORS,
    NET_TURNOVER_CRITICAL_PCT,
    OPTIONAL,
    IndicatorInputError,
    YearIndicators,
    YearMovements,
    round_half_up,
)
from app.services import indicators as service
from app.ui.formatting import fmt_number
from app.ui.item_models.rows_table_model import Column, RowsTableModel
from app.ui.pages.page import Page
from app.ui.shortcuts import bind, tip

# The input fields, in the order HR reads them off the personnel report.
_INPUT_LABELS = {
    "average_headcount": QT_TRANSLATE_NOOP("IndicatorsPage", "Average headcount"),
    "left_civil_service": QT_TRANSLATE_NOOP("IndicatorsPage", "Left the civil service"),
    "left_body": QT_TRANSLATE_NOOP("IndicatorsPage", "Left the body (all reasons)"),
    "first_year_leavers": QT_TRANSLATE_NOOP("IndicatorsPage", "Left in their first year"),
    "appointed": QT_TRANSLATE_NOOP("IndicatorsPage", "Appointed"),
    "dismissed": QT_TRANSLATE_NOOP("IndicatorsPage", "Dismissed"),
    "over_3_years": QT_TRANSLATE_NOOP("IndicatorsPage", "Over 3 years' continuous service"),
    "exit_interviews": QT_TRANSLATE_NOOP("IndicatorsPage", "Exit interviews held"),
}


def _translate_input(column: str) -> str:
    return QCoreApplication.translate("IndicatorsPage", _INPUT_LABELS[column])


def _percent(value: float | None) -> str:
    # the printed value decides, as everywhere (round half up, then the locale's comma)
    return "" if value is None else f"{fmt_number(round_half_up(value), 1)} %"


def _change(value: float | None) -> str:
    if value is None:
        return ""
    shown = round_half_up(value)
    arrow = "↑" if shown > 0 else "↓" if shown < 0 else "="
    return f"{arrow} {fmt_number(abs(shown), 1)}"


class MovementsDialog(QDialog):
    """One year's movements; blank optional fields stay unknown (no figure from them)."""

    def __init__(self, movements: YearMovements | None, parent=None):
        super().__init__(parent)
        self.setObjectName("movements_dialog")
        self.setWindowTitle(self.tr("Staff movements of a year"))
        form = QFormLayout(self)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setObjectName("year_spin")
        form.addRow(self.tr("Year"), self.year_spin)
        self.headcount_spin = QDoubleSpinBox()
        self.headcount_spin.setRange(0, 1_000_000)
        self.headcount_spin.setDecimals(1)
        self.headcount_spin.setObjectName("average_headcount_spin")
        form.addRow(_translate_input("average_headcount"), self.headcount_spin)
        self.count_spins: dict[str, QSpinBox] = {}
        for column in ("left_civil_service", *OPTIONAL):
            spin = QSpinBox()
            spin.setObjectName(f"{column}_spin")
            # -1 is shown as "not known": an optional figure left out gives no indicator
            spin.setRange(-1 if column != "left_civil_service" else 0, 1_000_000)
            if column != "left_civil_service":
                spin.setSpecialValueText(self.tr("not known"))
            self.count_spins[column] = spin
            form.addRow(_translate_input(column), spin)
        hint = QLabel(
            self.tr(
                'Leave a field at "not known" when the personnel report does not '
                "give it: the indicators that need it are not shown."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if movements is not None:
            self.year_spin.setValue(movements.year)
            self.year_spin.setEnabled(False)
            self.headcount_spin.setValue(movements.average_headcount)
            for column, spin in self.count_spins.items():
                spin.setValue(movements.counts.get(column, -1))
        else:
            from datetime import date

            self.year_spin.setValue(date.today().year - 1)
            for column, spin in self.count_spins.items():
                spin.setValue(0 if column == "left_civil_service" else -1)

    def movements(self) -> YearMovements:
        counts = {c: s.value() for c, s in self.count_spins.items() if s.value() >= 0}
        return YearMovements(self.year_spin.value(), self.headcount_spin.value(), counts)


class IndicatorsPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self._organisation_id: int | None = None
        self._movements: dict[int, YearMovements] = {}
        columns = [Column(lambda: self.tr("Year"), lambda y: y.year)]
        for ind in INDICATORS:
            columns.append(
                Column(
                    lambda name=ind.name: QCoreApplication.translate("Indicators", name),
                    lambda y, i=ind.id: _percent(y.values.get(i)),
                    align_right=True,
                    background=self._background(ind.id),
                    tooltip=lambda y, i=ind.id: self._tooltip(y, i),
                )
            )
        columns.append(
            Column(
                lambda: self.tr("Net turnover, change (points)"),
                lambda y: _change(y.change.get("net_turnover")),
                align_right=True,
            )
        )
        self.model = RowsTableModel(columns, self)
        self.table_view = QTableView()
        self.table_view.setObjectName("indicators_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table_view.setWordWrap(True)
        self.table_view.verticalHeader().hide()
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(64)
        self.table_view.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.add_button = QPushButton()
        self.add_button.setObjectName("movements_add")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("movements_edit")
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("movements_delete")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.import_button = QPushButton()
        self.import_button.setObjectName("movements_import")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        for button, key in (
            (self.add_button, QKeySequence.StandardKey.New),
            (self.edit_button, "F2"),
            (self.delete_button, QKeySequence.StandardKey.Delete),
            (self.import_button, "Ctrl+I"),
        ):
            bind(button, key)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("indicators_note")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.note_label)
        self.retranslate_ui()

    @staticmethod
    def _background(indicator_id: str):
        if indicator_id != "net_turnover":
            return None
        return lambda y: QColor("#f8d7da") if y.net_turnover_critical else None

    def _tooltip(self, year: YearIndicators, indicator_id: str) -> str:
        ind = next(i for i in INDICATORS if i.id == indicator_id)
        if year.values.get(indicator_id) is None:
            return self.tr("Not shown: the inputs it needs were not entered for this year.")
        text = self.tr("Source: %1").replace("%1", ind.source)
        if indicator_id == "net_turnover" and year.net_turnover_critical:
            text += "\n" + self.tr("Above the critical level of %1 %").replace(
                "%1", fmt_number(NET_TURNOVER_CRITICAL_PCT, 0)
            )
        return text

    def refresh(self) -> None:
        years: list[YearIndicators] = []
        self._organisation_id = None
        self._movements = {}
        if self.context.database is not None:
            with self.context.database.session() as session:
                org = organisation(session)
                if org is not None:
                    self._organisation_id = org.id
                    movements = service.list_movements(session, org.id)
                    self._movements = {m.year: m for m in movements}
                    years = service.indicators(session, org.id)
        self.model.set_rows(list(reversed(years)))  # the latest year first
        self.show_empty(not years)
        self.empty_state.action_button.setVisible(self._organisation_id is not None)
        self._update_buttons()

    def _on_empty_action(self) -> None:
        self._on_add_clicked()

    def _selected_year(self) -> int | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()).year if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected_year() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.add_button.setEnabled(self._organisation_id is not None)
        self.import_button.setEnabled(self._organisation_id is not None)

    def _save(self, movements: YearMovements) -> bool:
        try:
            with self.context.database.session() as session:
                service.save_year(
                    session, self._organisation_id, movements, self.context.principal.user_id
                )
                session.commit()
        except IndicatorInputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(exc.problems))
            return False
        self.refresh()
        return True

    def _on_add_clicked(self) -> None:
        if self._organisation_id is None:
            return
        dialog = MovementsDialog(None, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            movements = dialog.movements()
            if (
                movements.year in self._movements
                and QMessageBox.question(
                    self,
                    self.tr("Replace the year?"),
                    self.tr("Movements of %1 are already entered. Replace them?").replace(
                        "%1", str(movements.year)
                    ),
                )
                != QMessageBox.StandardButton.Yes
            ):
                continue
            if self._save(movements):
                return

    def _on_edit_clicked(self) -> None:
        year = self._selected_year()
        if year is None:
            return
        dialog = MovementsDialog(self._movements.get(year), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._save(dialog.movements()):
                return

    def _on_delete_clicked(self) -> None:
        year = self._selected_year()
        if (
            year is None
            or QMessageBox.question(
                self,
                self.tr("Delete the year?"),
                self.tr("Delete the movements of %1?").replace("%1", str(year)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        with self.context.database.session() as session:
            service.delete_year(
                session, self._organisation_id, year, self.context.principal.user_id
            )
            session.commit()
        self.refresh()

    def _on_import_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import staff movements"), "", self.tr("CSV files (*.csv)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        try:
            with self.context.database.session() as session:
                count = service.import_movements(
                    session, self._organisation_id, path, self.context.principal.user_id
                )
                session.commit()
        except (IndicatorInputError, OSError) as exc:
            problems = exc.problems if isinstance(exc, IndicatorInputError) else [str(exc)]
            QMessageBox.warning(
                self,
                self.tr("File refused"),
                self.tr("%1 was not imported; nothing was changed:").replace("%1", path.name)
                + "\n"
                + "\n".join(problems[:20]),
            )
            return False
        self.refresh()
        QMessageBox.information(
            self, self.tr("Imported"), self.tr("Years imported: %1").replace("%1", str(count))
        )
        return True

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Personnel indicators"))
        self.add_button.setText(self.tr("Add a year…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import CSV…"))
        tip(self.add_button, self.tr("Enter one year's staff movements from the personnel report"))
        tip(self.edit_button, self.tr("Correct the selected year's figures"))
        tip(self.delete_button, self.tr("Delete the selected year's figures"))
        tip(
            self.import_button,
            self.tr(
                "Columns: year, average_headcount, left_civil_service; optional left_body, "
                "first_year_leavers, appointed, dismissed, over_3_years, exit_interviews"
            ),
        )
        self.note_label.setText(
            self.tr(
                "Indicators of the personnel-management assessment of state bodies (net turnover, "
                "staff stability, first-year turnover, circulation, exit interviews), computed from "
                "the movements entered. Net turnover above %1 % is marked: the critical level. All "
                "shares are of the average headcount; exit interviews are of those who left the "
                "civil service."
            ).replace("%1", fmt_number(NET_TURNOVER_CRITICAL_PCT, 0))
        )
        self.empty_state.set_texts(
            self.tr("No staff movements entered"),
            self.tr(
                "Enter each year's average headcount and the numbers of people who left, "
                "were appointed or dismissed (from the personnel report), or import them "
                "from a CSV file. Set up the organisation in Settings first."
            ),
            self.tr("Add a year…"),
        )
        self.model.retranslate()
