"""Create or edit a survey campaign: period, departments and headcount, instruments, optional
factors, demographic questions, anonymity threshold and kiosk PIN."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.data.queries import organisation
from app.scoring.definitions import Instrument
from app.services.campaigns import (
    DEMOGRAPHICS,
    CampaignError,
    CampaignSpec,
    active_departments,
    load_spec,
    save_campaign,
)
from app.services.instrument_info import summary
from app.ui.context import AppContext


class CampaignDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        library: dict[str, Instrument],
        campaign_id: int | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("campaign_dialog")
        self.context = context
        self.library = library
        self.campaign_id = campaign_id
        self.saved_id: int | None = None
        lang = context.content_language
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("campaign_name_edit")
        self.start_edit = QDateEdit()
        self.start_edit.setObjectName("campaign_start_edit")
        self.end_edit = QDateEdit()
        self.end_edit.setObjectName("campaign_end_edit")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")  # four-digit years in every locale
        today = date.today()
        self.start_edit.setDate(QDate(today.year, today.month, today.day))
        end = today + timedelta(days=21)
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("campaign_threshold_spin")
        self.threshold_spin.setRange(3, 50)
        self.threshold_spin.setValue(5)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("campaign_pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.departments_table = QTableWidget(0, 2)
        self.departments_table.setObjectName("campaign_departments_table")
        self.departments_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.departments_table.verticalHeader().hide()
        self.departments_table.horizontalHeader().setStretchLastSection(False)
        self.departments_table.horizontalHeader().setSectionResizeMode(
            0, self.departments_table.horizontalHeader().ResizeMode.Stretch
        )
        self.instruments_list = QListWidget()
        self.instruments_list.setObjectName("campaign_instruments_list")
        # Full names, wrapped, with what a respondent faces (items, minutes) and, for a test
        # that cannot be chosen, why — on the line itself, not only in a tooltip (issue 23.6).
        self.instruments_list.setWordWrap(True)
        self.instruments_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.instruments_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.instruments_list.setSpacing(2)
        for inst in sorted(library.values(), key=lambda i: (i.kind != "questionnaire", i.id)):
            item = QListWidgetItem(inst.title.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, inst.id)
            if inst.active:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(inst.disabled_reason.get(lang) if inst.disabled_reason else "")
            self.instruments_list.addItem(item)
        self.optional_list = QListWidget()
        self.optional_list.setObjectName("campaign_optional_list")
        self.optional_list.setWordWrap(True)
        self.optional_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.optional_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for inst in library.values():
            for it in inst.items:
                if it.optional and inst.active:
                    entry = QListWidgetItem(f"{inst.short_title.get(lang)}: {it.text.get(lang)}")
                    entry.setData(Qt.ItemDataRole.UserRole, (inst.id, it.id))
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    entry.setCheckState(Qt.CheckState.Checked)
                    self.optional_list.addItem(entry)
        self.demographic_checks = {key: QCheckBox() for key in DEMOGRAPHICS}
        for key, box in self.demographic_checks.items():
            box.setObjectName(f"campaign_demographic_{key}")
            box.setChecked(True)
        # An instrument that needs a demographic question (Batarshev: tenure) locks it on.
        self.instruments_list.itemChanged.connect(self._lock_required_demographics)
        self.error_label = QLabel()
        self.error_label.setObjectName("campaign_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a1260d;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self._load_departments()
        if campaign_id is not None:
            self._load_campaign(campaign_id)
        self._lock_required_demographics()
        self.retranslate_ui()
        self.resize(1120, 680)  # fits a 1366×768 laptop with its taskbar

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.name_label, self.period_label = QLabel(), QLabel()
        self.threshold_label, self.pin_label = QLabel(), QLabel()
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.period_label, period)
        form.addRow(self.threshold_label, self.threshold_spin)
        form.addRow(self.pin_label, self.pin_edit)
        self.departments_box = QGroupBox()
        QVBoxLayout(self.departments_box).addWidget(self.departments_table)
        self.instruments_box = QGroupBox()
        QVBoxLayout(self.instruments_box).addWidget(self.instruments_list)
        self.optional_box = QGroupBox()
        QVBoxLayout(self.optional_box).addWidget(self.optional_list)
        self.demographics_box = QGroupBox()
        demo_layout = QHBoxLayout(self.demographics_box)
        for box in self.demographic_checks.values():
            demo_layout.addWidget(box)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.departments_box)
        left.addWidget(self.demographics_box)
        right.addWidget(self.instruments_box, 3)
        right.addWidget(self.optional_box, 1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _load_departments(self) -> None:
        with self.context.database.session() as session:
            rows = [
                (dept_id, self.context.pick(name_ru, name_kk), headcount)
                for dept_id, name_ru, name_kk, headcount in active_departments(session)
            ]
        self.departments_table.setRowCount(len(rows))
        for row, (dept_id, name, headcount) in enumerate(rows):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, dept_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.departments_table.setItem(row, 0, item)
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.setValue(headcount)
            self.departments_table.setCellWidget(row, 1, spin)

    def _load_campaign(self, campaign_id: int) -> None:
        with self.context.database.session() as session:
            c = load_spec(session, campaign_id)
        self.name_edit.setText(c.name)
        self.start_edit.setDate(
            QDate(c.period_start.year, c.period_start.month, c.period_start.day)
        )
        self.end_edit.setDate(QDate(c.period_end.year, c.period_end.month, c.period_end.day))
        self.threshold_spin.setValue(c.anonymity_threshold)
        chosen = set(c.instruments)
        excluded = {(i, q) for i, items in c.excluded_items.items() for q in items}
        covered = dict(c.headcounts)
        demographics = set(c.demographics)
        for row in range(self.instruments_list.count()):
            item = self.instruments_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                inst_id = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked if inst_id in chosen else Qt.CheckState.Unchecked
                )
        for row in range(self.optional_list.count()):
            entry = self.optional_list.item(row)
            key = tuple(entry.data(Qt.ItemDataRole.UserRole))
            entry.setCheckState(
                Qt.CheckState.Unchecked if key in excluded else Qt.CheckState.Checked
            )
        for row in range(self.departments_table.rowCount()):
            item = self.departments_table.item(row, 0)
            dept_id = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked if dept_id in covered else Qt.CheckState.Unchecked
            )
            if dept_id in covered:
                self.departments_table.cellWidget(row, 1).setValue(covered[dept_id])
        for key, box in self.demographic_checks.items():
            box.setChecked(key in demographics)

    def _lock_required_demographics(self, *_args) -> None:
        needed = set()
        for r in range(self.instruments_list.count()):
            item = self.instruments_list.item(r)
            if item.checkState() == Qt.CheckState.Checked:
                inst = self.library.get(item.data(Qt.ItemDataRole.UserRole))
                if inst is not None:
                    needed.update(inst.requires_demographics)
        for key, box in self.demographic_checks.items():
            if key in needed:
                box.setChecked(True)
            box.setEnabled(key not in needed)
            box.setToolTip(
                self.tr(
                    "Needed by a chosen questionnaire (its results are grouped by this question)."
                )
                if key in needed
                else ""
            )

    def spec(self) -> CampaignSpec:
        headcounts = {}
        for row in range(self.departments_table.rowCount()):
            item = self.departments_table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                headcounts[item.data(Qt.ItemDataRole.UserRole)] = self.departments_table.cellWidget(
                    row, 1
                ).value()
        instruments = [
            self.instruments_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.instruments_list.count())
            if self.instruments_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        excluded: dict[str, list[str]] = {}
        for r in range(self.optional_list.count()):
            entry = self.optional_list.item(r)
            inst_id, item_id = entry.data(Qt.ItemDataRole.UserRole)
            if entry.checkState() == Qt.CheckState.Unchecked and inst_id in instruments:
                excluded.setdefault(inst_id, []).append(item_id)
        return CampaignSpec(
            name=self.name_edit.text(),
            period_start=self.start_edit.date().toPython(),
            period_end=self.end_edit.date().toPython(),
            headcounts=headcounts,
            instruments=instruments,
            excluded_items=excluded,
            demographics=[k for k, b in self.demographic_checks.items() if b.isChecked()],
            anonymity_threshold=self.threshold_spin.value(),
            kiosk_pin=self.pin_edit.text(),
        )

    def zero_headcount_departments(self) -> list[str]:
        """Chosen departments whose headcount is 0 (participation cannot be measured)."""
        names = []
        for row in range(self.departments_table.rowCount()):
            item = self.departments_table.item(row, 0)
            if (
                item.checkState() == Qt.CheckState.Checked
                and self.departments_table.cellWidget(row, 1).value() == 0
            ):
                names.append(item.text())
        return names

    def confirm_zero_headcount(self, names: list[str]) -> bool:
        return (
            QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Headcount 0 for: %1. Participation of these departments cannot be "
                    "measured against the 35 % target. Save anyway?"
                ).replace("%1", ", ".join(names)),
            )
            == QMessageBox.StandardButton.Yes
        )

    def save(self) -> bool:
        zero = self.zero_headcount_departments()
        if zero and not self.confirm_zero_headcount(zero):
            self.error_label.setText(
                self.tr("Enter the headcount of: %1.").replace("%1", ", ".join(zero))
            )
            return False
        with self.context.database.session() as session:
            org = organisation(session)
            if org is None:
                self.error_label.setText(self.tr("Set up the organisation first."))
                return False
            try:
                self.saved_id = save_campaign(
                    session, org.id, self.spec(), self.library, self.campaign_id
                )
            except CampaignError as exc:
                self.error_label.setText(
                    "\n".join(self._problem_text(f, p) for f, p in exc.problems)
                )
                return False
        self.accept()
        return True

    def _problem_text(self, field: str, problem: str) -> str:
        texts = {
            ("name", "required"): self.tr("Enter the campaign's name."),
            ("period_end", "before_start"): self.tr("The period ends before it starts."),
            ("departments", "required"): self.tr("Choose at least one department."),
            ("instruments", "required"): self.tr("Choose at least one questionnaire or test."),
            ("anonymity_threshold", "below_minimum"): self.tr(
                "The anonymity threshold cannot be below 3."
            ),
            ("kiosk_pin", "format"): self.tr("The kiosk PIN must be 4 to 8 digits."),
            ("campaign", "not_draft"): self.tr("Only a draft campaign can be edited."),
        }
        return texts.get((field, problem), f"{field}: {problem}")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Survey campaign"))
        self.name_label.setText(self.tr("Name:"))
        self.period_label.setText(self.tr("Period:"))
        self.threshold_label.setText(self.tr("Anonymity threshold:"))
        self.threshold_spin.setToolTip(
            self.tr(
                "No figure is shown for a group of fewer respondents than this (never below 3)."
            )
        )
        self.pin_label.setText(self.tr("Kiosk PIN (4–8 digits):"))
        self.pin_edit.setPlaceholderText(self.tr("unchanged") if self.campaign_id else "")
        self.departments_box.setTitle(self.tr("Departments and headcount"))
        self.departments_table.setHorizontalHeaderLabels(
            [self.tr("Department"), self.tr("Headcount")]
        )
        self.instruments_box.setTitle(self.tr("Questionnaires and tests"))
        self._instrument_texts()
        self.optional_box.setTitle(self.tr("Optional factors (marked * in the methodology)"))
        self.demographics_box.setTitle(self.tr("Demographic questions (optional to answer)"))
        names = {
            "department": self.tr("Department"),
            "tenure_band": self.tr("Length of service"),
            "is_manager": self.tr("Manager"),
            "gender": self.tr("Gender"),
        }
        for key, box in self.demographic_checks.items():
            box.setText(names[key])

    def _instrument_texts(self) -> None:
        lang = self.context.content_language
        for row in range(self.instruments_list.count()):
            item = self.instruments_list.item(row)
            inst = self.library.get(item.data(Qt.ItemDataRole.UserRole))
            if inst is None:
                continue
            if inst.active:
                facts = summary(inst)
                detail = self.tr("%n item(s), about %1 min", "", facts.items).replace(
                    "%1", str(facts.minutes)
                )
            else:
                # the instrument's own reason says that it is switched off, and why
                reason = inst.disabled_reason.get(lang) if inst.disabled_reason else ""
                detail = reason or self.tr("This test cannot be chosen.")
            item.setText(f"{inst.title.get(lang)}\n{detail}")
