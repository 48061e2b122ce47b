"""Settings: language and where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout

from app.paths import user_data_dir
from app.scoring import office
from app.ui import settings as keys
from app.ui.i18n import LANGUAGES
from app.ui.pages.page import Page
from app.ui.widgets_org import OrganisationWidget
from app.ui.widgets_users import UsersWidget


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
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.database_label, self.database_value)
        form.addRow(self.data_folder_label, self.data_folder_value)
        form.addRow(self.schein_threshold_label, self.schein_threshold_spin)
        self.organisation_widget = OrganisationWidget(context)
        self.users_widget = UsersWidget(context)
        layout = QVBoxLayout(self.content)
        layout.addLayout(form)
        layout.addWidget(self.organisation_widget, 1)
        layout.addWidget(self.users_widget)
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
            from app.models.office_settings import effective

            with db.session() as session:
                value = effective(session)[office.SCHEIN_THRESHOLD]
            self.schein_threshold_spin.setValue(value)
        self.schein_threshold_spin.setEnabled(db is not None)
        self.schein_threshold_spin.blockSignals(False)
        self.organisation_widget.load()
        self.users_widget.load()
        self.show_empty(False)

    def _on_schein_threshold_spin_changed(self, value: float) -> None:
        db = self.context.database
        if db is None:
            return
        from app.models.office_settings import save

        with db.session() as session:
            save(session, office.SCHEIN_THRESHOLD, value)
            session.commit()

    def _on_language_combo_changed(self) -> None:
        lang = self.language_combo.currentData()
        self.context.settings.set(keys.LANGUAGE, lang)
        self.context.languages.set_language(lang)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language:"))
        self.database_label.setText(self.tr("Database:"))
        self.data_folder_label.setText(self.tr("Data folder:"))
        self.schein_threshold_label.setText(self.tr("Schein: pronounced anchor above:"))
        self.schein_threshold_spin.setToolTip(self.tr(
            "A career anchor counts as pronounced when its mean score (1–10) is above this value. "
            "The references do not settle it; the default is 6. Applies to results on screen, "
            "in the kiosk and in printed result sheets."))
