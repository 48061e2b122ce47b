"""The HR workspace: navigation between the pages, menus, language switch.

The window only wires things up; each page owns its content and each action its module.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.i18n import LANGUAGES
from app.ui.pages.campaigns_page import CampaignsPage
from app.ui.pages.cards_page import CardsPage
from app.ui.pages.employees_page import EmployeesPage
from app.ui.pages.indicators_page import IndicatorsPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.settings_page import SettingsPage

PAGE_IDS = ("overview", "campaigns", "analysis", "cards", "employees", "indicators", "settings")


class MainWindow(QMainWindow):
    demo_requested = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        # The analysis page (pandas, pyqtgraph: about half of the start-up imports) is built on
        # first use, after the window is on screen; a placeholder holds its place meanwhile.
        self._analysis_placeholder = QWidget()
        self.pages = {
            "overview": OverviewPage(context),
            "campaigns": CampaignsPage(context),
            "cards": CardsPage(context),
            "employees": EmployeesPage(context),
            "indicators": IndicatorsPage(context),
            "settings": SettingsPage(context),
        }
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navigation")
        self.nav_list.setFixedWidth(220)
        self.page_stack = QStackedWidget()
        for page_id in PAGE_IDS:
            item = QListWidgetItem()
            item.setData(256, page_id)
            self.nav_list.addItem(item)
            if page_id == "analysis":
                self.page_stack.addWidget(self._analysis_placeholder)
                continue
            self.page_stack.addWidget(self.pages[page_id])
            self.pages[page_id].demo_requested.connect(self.demo_requested)
        self.pages["campaigns"].kiosk_requested.connect(self.start_kiosk)
        overview = self.pages["overview"]  # each thing to do leads to its place (issue 22.3)
        overview.page_requested.connect(self.show_page)
        overview.campaign_requested.connect(self.show_campaign)
        overview.analysis_requested.connect(self.show_analysis)
        overview.overdue_requested.connect(self.show_overdue_cards)
        overview.setup_requested.connect(self.run_setup_assistant)
        self.pages["settings"].organisation_widget.saved.connect(self.refresh)
        self.pages["employees"].named_session_requested.connect(self.start_named_session)
        self.nav_list.currentRowChanged.connect(self._on_nav_row_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav_list)
        layout.addWidget(self.page_stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.retranslate_ui()
        self.apply_principal()
        self.resize(1180, 760)
        # Where the user left the window (size, position, maximised) comes back next start.
        geometry = context.settings.get(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.open_demo_action = QAction(self)
        self.open_demo_action.triggered.connect(self.demo_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.open_demo_action)
        self.setup_action = QAction(self)
        self.setup_action.setObjectName("setup_assistant_action")
        self.setup_action.triggered.connect(self.run_setup_assistant)
        self.file_menu.addAction(self.setup_action)
        self.change_password_action = QAction(self)
        self.change_password_action.setObjectName("change_password_action")
        self.change_password_action.triggered.connect(self.change_password)
        self.file_menu.addAction(self.change_password_action)
        from app.ui.dialogs.data_tasks import DataTasks  # File menu data tasks (issue 23.2)

        self.data_tasks = DataTasks(self)
        self.data_tasks.add_to(self.file_menu, self.change_password_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # endonyms: never translated
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("guide_action")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addAction(self.guide_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.help_menu.addAction(self.about_action)

    def apply_principal(self) -> None:
        """A department head works with analysis, cards and employees of his departments only:
        campaign management and settings are the HR administrator's."""
        admin = self.context.principal.is_admin
        for index, page_id in enumerate(PAGE_IDS):
            self.nav_list.item(index).setHidden(
                not admin and page_id in ("campaigns", "indicators", "settings")
            )
        self.open_demo_action.setVisible(admin)
        self.data_tasks.set_admin(admin)
        self.setup_action.setVisible(admin)
        self.change_password_action.setVisible(self.context.principal.user_id is not None)
        self.nav_list.setCurrentRow(0)  # the overview, in the user's scope

    def run_setup_assistant(self) -> bool:
        """The first-run assistant; afterwards, if asked, the first campaign's dialog."""
        from app.ui.dialogs.setup_assistant import SetupAssistant

        assistant = SetupAssistant(self.context, self)
        accepted = assistant.exec() == SetupAssistant.DialogCode.Accepted
        self.refresh()
        if accepted and assistant.create_campaign:
            self.show_page("campaigns")
            self.pages["campaigns"].new_campaign()
        return accepted

    def offer_setup(self) -> None:
        """Called once the window is up: a database without an organisation starts here."""
        from app.ui.dialogs.setup_assistant import needs_setup

        if needs_setup(self.context):
            self.run_setup_assistant()

    def show_guide(self) -> None:
        from app.ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self.context.languages.language, self.current_page_id(), self)
        dialog.show()  # modeless: the user can read while working
        self._guide = dialog

    def change_password(self) -> None:
        from app.ui.dialogs.sign_in_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.context.database, self.context.principal.user_id, self).exec()

    def switch_language(self, lang: str) -> None:
        self.context.settings.set(keys.LANGUAGE, lang)
        self.context.languages.set_language(lang)

    def show_page(self, page_id: str) -> None:
        self.nav_list.setCurrentRow(PAGE_IDS.index(page_id))

    def show_campaign(self, campaign_id: int) -> None:
        page = self.pages["campaigns"]
        page.refresh()
        for r in range(page.model.rowCount()):
            if page.model.row_object(r).id == campaign_id:
                page.table_view.selectRow(r)
        self.show_page("campaigns")

    def show_analysis(self, campaign_id: int) -> None:
        page = self.ensure_analysis_page()
        self.show_page("analysis")
        index = page.campaign_combo.findData(campaign_id)
        if index >= 0:
            page.campaign_combo.setCurrentIndex(index)

    def show_overdue_cards(self) -> None:
        self.pages["cards"].overdue_check.setChecked(True)
        self.show_page("cards")

    def current_page_id(self) -> str:
        return PAGE_IDS[self.page_stack.currentIndex()]

    def ensure_analysis_page(self):
        page = self.pages.get("analysis")
        if page is None:
            from app.ui.pages.analysis_page import AnalysisPage

            page = AnalysisPage(self.context)
            page.demo_requested.connect(self.demo_requested)
            index = PAGE_IDS.index("analysis")
            current = self.page_stack.currentIndex()
            self.page_stack.removeWidget(self._analysis_placeholder)
            self.page_stack.insertWidget(index, page)
            self.page_stack.setCurrentIndex(current)
            self._analysis_placeholder.deleteLater()
            self.pages["analysis"] = page
        return page

    def refresh(self) -> None:
        self.ensure_analysis_page()
        for page in self.pages.values():
            page.refresh()
        db = self.context.database
        where = (str(db.path) if db.path else db.url) if db else ""
        self.statusBar().showMessage(where)

    def set_database(self, database) -> None:
        old = self.context.database
        self.context.database = database
        if old is not None and old is not database:
            old.dispose()
        self.refresh()

    def start_kiosk(self, campaign_id: int) -> None:
        """Hand the screen to the kiosk; the PIN brings the HR workspace back."""
        from app.ui.kiosk.launch import open_campaign_kiosk

        self.kiosk_window = open_campaign_kiosk(
            self.context, campaign_id, on_exit=self._on_kiosk_exit
        )
        if self.kiosk_window is not None:
            self.hide()

    def start_named_session(self, employee_id: int) -> None:
        from app.ui.dialogs.named_session_dialog import NamedSessionDialog
        from app.ui.kiosk.launch import open_named_kiosk

        dialog = NamedSessionDialog(self.context, employee_id, self)
        if not dialog.exec():
            return
        self.kiosk_window = open_named_kiosk(self.context, dialog.setup(), self._on_kiosk_exit)
        self.hide()

    def _on_kiosk_exit(self) -> None:
        self.context.languages.set_language(self.context.settings.get(keys.LANGUAGE))
        self.show()
        self.refresh()

    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            if PAGE_IDS[row] == "analysis" and "analysis" not in self.pages:
                self.ensure_analysis_page().refresh()
            elif PAGE_IDS[row] == "overview" and self.page_stack.currentIndex() != row:
                self.pages["overview"].refresh()  # what needs doing changes with the work
            self.page_stack.setCurrentIndex(row)

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "%1 %2\n\nMeasures and manages the work motivation of civil servants: anonymous "
                "surveys, motivation tests and motivational cards."
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        labels = {
            "overview": self.tr("Overview"),
            "campaigns": self.tr("Campaigns"),
            "analysis": self.tr("Analysis"),
            "cards": self.tr("Cards"),
            "employees": self.tr("Employees"),
            "indicators": self.tr("Personnel indicators"),
            "settings": self.tr("Settings"),
        }
        for row, page_id in enumerate(PAGE_IDS):
            self.nav_list.item(row).setText(labels[page_id])
        self.file_menu.setTitle(self.tr("&File"))
        self.open_demo_action.setText(self.tr("Open the &demo database"))
        self.change_password_action.setText(self.tr("Change &password…"))
        self.data_tasks.retranslate()
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        self.guide_action.setText(self.tr("User &guide"))
        self.setup_action.setText(self.tr("&Setup assistant…"))
        self.setup_action.setToolTip(
            self.tr(
                "Organisation, departments, staff list and a second administrator, step by step"
            )
        )
        self.guide_action.setToolTip(self.tr("The user guide, at the part about this page (F1)"))
        current = self.context.languages.language
        if current in self.language_actions:
            self.language_actions[current].setChecked(True)

    def closeEvent(self, event) -> None:
        self.context.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry().data())
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
