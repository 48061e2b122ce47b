"""Start the desktop application (the composition root of the GUI)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME
from app.ui import settings as keys
from app.ui.i18n import LanguageManager
from app.ui.settings import Settings
from app.ui.style import apply_style

# Database code (SQLAlchemy, the models) is imported off the GUI thread while the sign-in
# window is on screen (app/ui/startup.py), so nothing on the way to that window imports it.


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_ID)
    apply_style(app)
    return app


def open_demo(window) -> None:
    """Switch the window to the demo database, creating it on first use."""
    from app.services.databases import create_demo_database, default_demo_path, open_db_or_explain
    from app.ui.i18n import report_translator

    path = default_demo_path()
    if not path.exists():
        error = create_demo_database(path, translate=report_translator("ru"))
        if error:
            QMessageBox.warning(window, APP_NAME, error)
            return
    db = open_db_or_explain(str(path))
    if isinstance(db, str):
        QMessageBox.warning(window, APP_NAME, db)
        return
    from app.ui.dialogs.sign_in_dialog import SignInDialog

    sign_in = SignInDialog(db, window)  # the demo has its own users (see the README)
    if not sign_in.exec():
        db.dispose()
        return
    window.context.principal = sign_in.principal
    window.set_database(db)
    window.apply_principal()


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from app.ui.dialogs.sign_in_dialog import SignInDialog
    from app.ui.startup import DatabaseOpener

    app = create_application()
    settings = Settings()
    languages = LanguageManager(app)
    languages.set_language(lang or settings.get(keys.LANGUAGE))
    sign_in = SignInDialog(None)  # shown at once; the database is opened meanwhile
    opened: dict = {}

    def on_opened(database, warning: str) -> None:
        opened["database"] = database
        sign_in.database_opened(database)
        if warning:
            QMessageBox.warning(sign_in, APP_NAME, warning)

    def on_failed(message: str) -> None:
        QMessageBox.critical(sign_in, APP_NAME, message)
        sign_in.done(2)

    opener = DatabaseOpener(db, sign_in)  # lives in the GUI thread: its signals are queued
    opener.opened.connect(on_opened)
    opener.failed.connect(on_failed)
    sign_in.painted.connect(opener.start)  # once the window is on screen
    QTimer.singleShot(300, opener.start)  # in case the platform never paints it
    result = sign_in.exec()
    if result != 1:
        if "database" not in opened and opener.thread is not None:
            opener.thread.join()  # closing early must not leave a migration half-way
        return 1 if result == 2 else 0
    return _main_window(app, opened["database"], settings, languages, sign_in.principal)


def _main_window(app, database, settings, languages, principal) -> int:
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    window = MainWindow(
        AppContext(database=database, settings=settings, languages=languages, principal=principal)
    )
    window.demo_requested.connect(lambda: open_demo(window))
    window.show()
    # Fill the pages (and build the analysis page) on the first turn of the event loop, so the
    # window appears at once.
    QTimer.singleShot(0, window.refresh)
    QTimer.singleShot(0, window.offer_setup)  # an office's first start: the assistant
    return app.exec()


def run_kiosk(db: str | None, campaign_id: int, full_screen: bool = True) -> int:
    """`motivdesk kiosk --campaign ID`: only the kiosk; leaving it with the PIN quits."""
    from app.services.databases import open_db_or_explain
    from app.ui.context import AppContext
    from app.ui.kiosk.launch import open_campaign_kiosk

    app = create_application()
    settings = Settings()
    languages = LanguageManager(app)
    languages.set_language(settings.get(keys.LANGUAGE))
    database = open_db_or_explain(db)
    if isinstance(database, str):
        QMessageBox.critical(None, APP_NAME, database)
        return 1
    context = AppContext(database=database, settings=settings, languages=languages)
    window = open_campaign_kiosk(context, campaign_id, on_exit=app.quit, full_screen=full_screen)
    if window is None:
        return 1
    return app.exec()
