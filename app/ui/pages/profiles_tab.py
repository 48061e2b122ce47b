"""Analysis tab: group profiles of the tests taken in named sessions, as radar charts, with one
employee's profile overlaid (personal data: viewing it is logged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.data.audit import record
from app.data.named_profiles import NamedProfiles, named_test_profiles
from app.scoring.privacy import DEFAULT_THRESHOLD, REASONS
from app.ui.plots.radar_chart import RadarChartWidget
from app.ui.shortcuts import bind, tip


class ProfilesTab(QWidget):
    def __init__(self, context, library, parent=None):
        super().__init__(parent)
        self.context, self.library = context, library
        self.result: NamedProfiles | None = None
        self.department_id: int | None = None
        self.test_combo = QComboBox()
        self.test_combo.setObjectName("profiles_test")
        # every active test with scales (an office's own too), in the library's order
        for inst in library.values():
            if inst.kind == "test" and inst.active and inst.scales:
                self.test_combo.addItem(inst.id, inst.id)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("profiles_person")
        self.export_button = QPushButton()
        self.export_button.setObjectName("profiles_export")
        self.export_button.clicked.connect(lambda: self.export_chart())
        bind(self.export_button, "Ctrl+Shift+S")
        self.note = QLabel()
        self.note.setObjectName("profiles_note")
        self.note.setWordWrap(True)
        self.chart = RadarChartWidget()
        self.test_label, self.person_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.test_label)
        top.addWidget(self.test_combo, 1)
        top.addWidget(self.person_label)
        top.addWidget(self.person_combo, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.chart, 1)
        self.test_combo.currentIndexChanged.connect(self.reload)
        self.person_combo.currentIndexChanged.connect(self._on_person)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang = self.context.content_language
        for i in range(self.test_combo.count()):
            self.test_combo.setItemText(
                i, self.library[self.test_combo.itemData(i)].short_title.get(lang)
            )
        self.test_label.setText(self.tr("Test:"))
        self.person_label.setText(self.tr("Compare with:"))
        self.export_button.setText(self.tr("Save chart…"))
        tip(
            self.export_button,
            QCoreApplication.translate("AnalysisTabs", "Save this chart as a picture (PNG or SVG)"),
        )
        if self.person_combo.count():
            self.person_combo.setItemText(0, self.tr("nobody"))
        if self.result is not None:
            self.draw()

    def set_department(self, department_id: int | None) -> None:
        self.department_id = department_id
        self.reload()

    def reload(self) -> None:
        inst_id = self.test_combo.currentData()
        if inst_id is None or self.context.database is None:
            return
        with self.context.database.session() as session:
            self.result = named_test_profiles(
                session,
                self.library[inst_id],
                DEFAULT_THRESHOLD,
                self.context.department_scope(),
                self.department_id,
            )
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("nobody"), None)
        for person in self.result.people:
            self.person_combo.addItem(person.name, person.employee_id)
        self.person_combo.blockSignals(False)
        self.draw()

    def _on_person(self) -> None:
        employee_id = self.person_combo.currentData()
        if employee_id is not None:
            with self.context.database.session() as session:
                record(
                    session,
                    "view",
                    "employee_results",
                    employee_id,
                    self.test_combo.currentData(),
                    user_id=self.context.principal.user_id,
                )
                session.commit()
        self.draw()

    def draw(self) -> None:
        result = self.result
        inst = result.instrument
        lang = self.context.content_language
        scales = list(inst.scales)
        labels = [s.short_name.get(lang) for s in scales]
        series = []
        if result.disclosure.allowed:
            series.append(
                (
                    self.tr("Group mean (%1 people)").replace("%1", str(result.disclosure.n)),
                    [result.means.get(s.id) for s in scales],
                )
            )
            self.note.setText("")
        else:
            reason = REASONS.get(result.disclosure.reason, "")
            self.note.setText(
                QCoreApplication.translate("Privacy", reason).replace(
                    "%1", str(result.disclosure.threshold)
                )
                if reason
                else ""
            )
        person = next(
            (p for p in result.people if p.employee_id == self.person_combo.currentData()), None
        )
        if person is not None:
            series.append((person.name, [person.scores.get(s.id) for s in scales]))
        low = min([0.0] + [v for _n, vals in series for v in vals if v is not None])
        self.chart.set_profile(labels, series, value_min=low)
        self.export_button.setEnabled(bool(series))

    def export_chart(self, target: Path | None = None) -> Path | None:
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                str(Path.home() / "profile.png"),
                "PNG (*.png);;SVG (*.svg)",
            )
            if not name:
                return None
            target = Path(name)
        self.chart.export_image(str(target))
        return target
