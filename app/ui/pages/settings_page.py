"""Settings: language and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.paths import user_data_dir
from app.scoring import office
from app.ui import settings as keys
from app.ui.i18n import LANGUAGES
from app.ui.pages.page import Page
from app.ui.widgets_org import OrganisationWidget
from app.ui.widgets_users import UsersWidget


def _translate(context: str, source: str) -> str:
    """Qt's translation of a core text marked QT_TRANSLATE_NOOP (a refused file's reason)."""
    return QCoreApplication.translate(context, source)


class SettingsPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.language_label = QLabel()
        self.database_label = QLabel()
        self.database_value = QLabel()
        self.database_value.setWordWrap(True)
        self.data_folder_label = QLabel()
        self.data_folder_value = QLabel(str(user_data_dir()))
        self.data_folder_value.setWordWrap(True)
        # Office-wide, stored in the database: the kiosk, the desktop and printed reports use it.
        self.schein_threshold_spin = QDoubleSpinBox()
        self.schein_threshold_spin.setObjectName("schein_threshold_spin")
        self.schein_threshold_spin.setRange(*office.LIMITS[office.SCHEIN_THRESHOLD])
        self.schein_threshold_spin.setDecimals(1)
        self.schein_threshold_spin.setSingleStep(0.5)
        self.schein_threshold_spin.setValue(office.DEFAULTS[office.SCHEIN_THRESHOLD])
        self.schein_threshold_spin.valueChanged.connect(self._on_schein_threshold_spin_changed)
        self.schein_threshold_label = QLabel()
        # who counts as a respondent (app/scoring/completeness.py); applied on leaving the
        # field, not at every step: each change judges every stored session again
        self.min_answered_spin = QDoubleSpinBox()
        self.min_answered_spin.setObjectName("min_answered_spin")
        self.min_answered_spin.setRange(*office.LIMITS[office.MIN_ANSWERED_PCT])
        self.min_answered_spin.setDecimals(0)
        self.min_answered_spin.setSingleStep(5)
        self.min_answered_spin.setSuffix(" %")
        self.min_answered_spin.setValue(office.DEFAULTS[office.MIN_ANSWERED_PCT])
        self.min_answered_spin.editingFinished.connect(
            lambda: self._save_setting(office.MIN_ANSWERED_PCT, self.min_answered_spin)
        )
        self.min_answered_label = QLabel()
        # the kiosk's palette (app/ui/kiosk/kiosk_style.py), taken when a kiosk starts
        self.high_contrast_check = QCheckBox()
        self.high_contrast_check.setObjectName("kiosk_high_contrast_check")
        self.high_contrast_check.toggled.connect(self._on_high_contrast_check_toggled)
        self.high_contrast_label = QLabel()
        # no key driver on fewer respondents (app/scoring/drivers.py, docs/drivers.md)
        self.drivers_min_spin = QSpinBox()
        self.drivers_min_spin.setObjectName("drivers_min_spin")
        self.drivers_min_spin.setRange(
            *(int(v) for v in office.LIMITS[office.DRIVERS_MIN_RESPONDENTS])
        )
        self.drivers_min_spin.setSingleStep(5)
        self.drivers_min_spin.setValue(int(office.DEFAULTS[office.DRIVERS_MIN_RESPONDENTS]))
        self.drivers_min_spin.editingFinished.connect(
            lambda: self._save_setting(office.DRIVERS_MIN_RESPONDENTS, self.drivers_min_spin)
        )
        self.drivers_min_label = QLabel()
        # own-variant texts: the smallest group of similar wordings printed (issue 20.7)
        self.own_text_min_spin = QSpinBox()
        self.own_text_min_spin.setObjectName("own_text_min_spin")
        self.own_text_min_spin.setRange(*(int(v) for v in office.LIMITS[office.OWN_TEXT_MIN_GROUP]))
        self.own_text_min_spin.setValue(int(office.DEFAULTS[office.OWN_TEXT_MIN_GROUP]))
        self.own_text_min_spin.editingFinished.connect(
            lambda: self._save_setting(office.OWN_TEXT_MIN_GROUP, self.own_text_min_spin)
        )
        self.own_text_min_label = QLabel()
        # answer-quality flags (issue 20.3, docs/answer_quality.md)
        self.straight_lining_spin = QSpinBox()
        self.straight_lining_spin.setObjectName("straight_lining_spin")
        self.straight_lining_spin.setRange(
            *(int(v) for v in office.LIMITS[office.STRAIGHT_LINING_MIN_ITEMS])
        )
        self.straight_lining_spin.setValue(int(office.DEFAULTS[office.STRAIGHT_LINING_MIN_ITEMS]))
        self.straight_lining_spin.editingFinished.connect(
            lambda: self._save_setting(office.STRAIGHT_LINING_MIN_ITEMS, self.straight_lining_spin)
        )
        self.straight_lining_label = QLabel()
        self.fast_seconds_spin = QDoubleSpinBox()
        self.fast_seconds_spin.setObjectName("fast_seconds_spin")
        self.fast_seconds_spin.setRange(*office.LIMITS[office.FAST_SECONDS_PER_ITEM])
        self.fast_seconds_spin.setDecimals(1)
        self.fast_seconds_spin.setSingleStep(0.5)
        self.fast_seconds_spin.setValue(office.DEFAULTS[office.FAST_SECONDS_PER_ITEM])
        self.fast_seconds_spin.editingFinished.connect(
            lambda: self._save_setting(office.FAST_SECONDS_PER_ITEM, self.fast_seconds_spin)
        )
        self.fast_seconds_label = QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.database_label, self.database_value)
        form.addRow(self.data_folder_label, self.data_folder_value)
        # the office settings in two columns: in one, at 1366x768 they left the departments
        # table two rows high
        office_grid = QGridLayout()
        office_grid.setColumnStretch(0, 1)
        office_grid.setColumnStretch(2, 1)
        office_grid.setHorizontalSpacing(12)
        pairs = [
            (self.schein_threshold_label, self.schein_threshold_spin),
            (self.min_answered_label, self.min_answered_spin),
            (self.drivers_min_label, self.drivers_min_spin),
            (self.own_text_min_label, self.own_text_min_spin),
            (self.straight_lining_label, self.straight_lining_spin),
            (self.fast_seconds_label, self.fast_seconds_spin),
            (self.high_contrast_label, self.high_contrast_check),
        ]
        for k, (label, field) in enumerate(pairs):
            if field is not self.high_contrast_check:
                field.setMaximumWidth(160)  # a number: the labels get the width
            # two lines for a long label (a nested grid does not grow a row for a wrap)
            label.setWordWrap(True)
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 2)
            office_grid.addWidget(label, k // 2, 2 * (k % 2))
            office_grid.addWidget(field, k // 2, 2 * (k % 2) + 1)
        form.addRow(office_grid)
        # an office's broken instrument file must not silently disappear (issue 19.3)
        self.refused_label = QLabel()
        self.refused_label.setObjectName("refused_instruments")
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet("color: #a61b1b;")
        self.refused_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused_label.hide()
        self.organisation_widget = OrganisationWidget(context)
        self.users_widget = UsersWidget(context)
        # the page scrolls rather than squeezing the departments table to two rows on a
        # 1366x768 laptop (it holds every department with its headcount)
        self.organisation_widget.table.setMinimumHeight(240)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.organisation_widget, 1)
        layout.addWidget(self.users_widget)
        scroll = QScrollArea()
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate_ui()

    def refresh(self) -> None:
        db = self.context.database
        self.database_value.setText(str(db.path) if db and db.path else db.url if db else "")
        index = self.language_combo.findData(self.context.languages.language)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)
        self.schein_threshold_spin.blockSignals(True)
        if db:
            from app.data.office_settings import effective

            with db.session() as session:
                values = effective(session)
            self.schein_threshold_spin.setValue(values[office.SCHEIN_THRESHOLD])
            self.min_answered_spin.setValue(values[office.MIN_ANSWERED_PCT])
            self.high_contrast_check.blockSignals(True)
            self.high_contrast_check.setChecked(values[office.KIOSK_HIGH_CONTRAST] > 0)
            self.high_contrast_check.blockSignals(False)
            self.drivers_min_spin.setValue(int(values[office.DRIVERS_MIN_RESPONDENTS]))
            self.own_text_min_spin.setValue(int(values[office.OWN_TEXT_MIN_GROUP]))
            self.straight_lining_spin.setValue(int(values[office.STRAIGHT_LINING_MIN_ITEMS]))
            self.fast_seconds_spin.setValue(values[office.FAST_SECONDS_PER_ITEM])
        self.high_contrast_check.setEnabled(db is not None)
        self.schein_threshold_spin.setEnabled(db is not None)
        self.min_answered_spin.setEnabled(db is not None and self.context.principal.is_admin)
        self.drivers_min_spin.setEnabled(db is not None and self.context.principal.is_admin)
        self.own_text_min_spin.setEnabled(db is not None and self.context.principal.is_admin)
        for spin in (self.straight_lining_spin, self.fast_seconds_spin):
            spin.setEnabled(db is not None and self.context.principal.is_admin)
        self.schein_threshold_spin.blockSignals(False)
        self._show_refused_instruments()
        self.organisation_widget.load()
        self.users_widget.load()
        self.show_empty(False)

    def _on_schein_threshold_spin_changed(self, value: float) -> None:
        db = self.context.database
        if db is None:
            return
        from app.data.office_settings import save

        with db.session() as session:
            save(session, office.SCHEIN_THRESHOLD, value)
            session.commit()

    def _on_high_contrast_check_toggled(self, checked: bool) -> None:
        db = self.context.database
        if db is None:
            return
        from app.data.office_settings import save

        with db.session() as session:
            save(session, office.KIOSK_HIGH_CONTRAST, checked)
            session.commit()

    def _show_refused_instruments(self) -> None:
        from app.paths import user_instruments_dir
        from app.scoring.instruments import refused_files

        refused = refused_files()
        self.refused_label.setVisible(bool(refused))
        if refused:
            # the reason (and "(file)", "line 3, column 5") in the interface language; the
            # file's name and a field's JSON path are shown as they are
            lines = [
                f"• {Path(e.file).name}: {e.where(_translate)}: {e.reason(_translate)}"
                for e in refused
            ]
            self.refused_label.setText(
                self.tr(
                    "These instrument files in %1 were refused and are not used; correct "
                    "or remove them:"
                ).replace("%1", str(user_instruments_dir()))
                + "\n"
                + "\n".join(lines)
            )

    def _save_setting(self, key: str, spin) -> None:
        """An office setting from its spin box, stored only when it changed (the minimum share
        of answers re-judges every session when stored)."""
        db = self.context.database
        if db is None:
            return
        from app.data.office_settings import effective, save

        with db.session() as session:
            if effective(session)[key] != spin.value():
                save(session, key, spin.value())
                session.commit()

    def _on_language_combo_changed(self) -> None:
        lang = self.language_combo.currentData()
        self.context.settings.set(keys.LANGUAGE, lang)
        self.context.languages.set_language(lang)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        if not self.refused_label.isHidden():
            self._show_refused_instruments()
        self.language_label.setText(self.tr("Language:"))
        self.database_label.setText(self.tr("Database:"))
        self.data_folder_label.setText(self.tr("Data folder:"))
        self.schein_threshold_label.setText(self.tr("Schein: pronounced anchor above:"))
        self.schein_threshold_spin.setToolTip(
            self.tr(
                "A career anchor counts as pronounced when its mean score (1–10) is above this value. "
                "The references do not settle it; the default is 6. Applies to results on screen, "
                "in the kiosk and in printed result sheets."
            )
        )
        self.high_contrast_label.setText(self.tr("Kiosk:"))
        self.high_contrast_check.setText(self.tr("High contrast (white on black)"))
        self.high_contrast_check.setToolTip(
            self.tr(
                "For respondents who see poorly: the kiosk shows white text on black, a chosen "
                "answer in yellow and a thick dashed frame around the control the keyboard is on. "
                "Takes effect the next time a kiosk starts."
            )
        )
        self.min_answered_label.setText(self.tr("A respondent answered at least:"))
        self.min_answered_spin.setToolTip(
            self.tr(
                "Share of the questions asked that a finished anonymous questionnaire must answer to "
                "count as a respondent in participation and analysis. Questionnaires below it are "
                "kept and shown apart as finished with too few answers. The methodology sets no "
                "value; the default is 50 %."
            )
        )
        self.drivers_min_label.setText(self.tr("Key drivers: minimum respondents:"))
        self.own_text_min_label.setText(self.tr("Own-variant answers: smallest group shown:"))
        self.own_text_min_spin.setToolTip(
            self.tr(
                "Respondents' own wordings are printed only as a group of similar texts that at "
                "least this many respondents wrote, never one person's words alone. The default is "
                "10 (the comment threshold survey services use); never below the campaign's "
                "anonymity threshold."
            )
        )
        self.straight_lining_label.setText(self.tr("Straight-lining: judged from items:"))
        self.straight_lining_spin.setToolTip(
            self.tr(
                "A questionnaire is flagged for straight-lining when at least this many items of "
                "one rating block are answered and all with the same value. The default is 10. "
                "Changing it judges every finished questionnaire again."
            )
        )
        self.fast_seconds_label.setText(self.tr("Too fast: under seconds per item:"))
        self.fast_seconds_spin.setSuffix(" " + self.tr("s"))
        self.fast_seconds_spin.setToolTip(
            self.tr(
                "A kiosk session is flagged as implausibly fast when its median time per question "
                "is below this. The times are never stored, only the flag. The default is 1.0 s."
            )
        )
        self.drivers_min_spin.setToolTip(
            self.tr(
                "No key driver (rank correlation with job satisfaction and with the reasons for "
                "leaving) is shown on fewer respondents than this, in any selection. The default is "
                "30; never below the campaign's anonymity threshold."
            )
        )
