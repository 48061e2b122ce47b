"""Start the desktop application (the composition root of the GUI)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.i18n import LanguageManager
from app.ui.settings import Settings
from app.models.sessions import recover_interrupted
from app.ui.style import apply_style


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_ID)
    apply_style(app)
    return app


def open_demo(window) -> None:
    """Switch the window to the demo database, creating it on first use."""
    from app.cli.data_cmds import create_demo_database, default_demo_path
    from app.cli.common import open_db_or_explain

    path = default_demo_path()
    if not path.exists():
        error = create_demo_database(path)
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


def _daily_backup(database) -> None:
    """Once a day at start: a copy in the data folder's backups/ (the last 7 are kept)."""
    from app.models.backup import daily_backup
    from app.paths import user_data_dir

    if database.path is not None and database.path.exists():
        try:
            daily_backup(database.path, user_data_dir() / "backups")
        except OSError as exc:  # a full disk must not stop the office from working
            QMessageBox.warning(None, APP_NAME, str(exc))


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from app.cli.common import open_db_or_explain
    from app.ui.dialogs.sign_in_dialog import SignInDialog
    from app.ui.main_window import MainWindow

    app = create_application()
    settings = Settings()
    languages = LanguageManager(app)
    languages.set_language(lang or settings.get(keys.LANGUAGE))
    database = open_db_or_explain(db)
    if isinstance(database, str):
        QMessageBox.critical(None, APP_NAME, database)
        return 1
    with database.session() as session:
        recover_interrupted(session)  # sessions a crash or power cut left open
    _daily_backup(database)
    sign_in = SignInDialog(database)
    if not sign_in.exec():
        return 0
    window = MainWindow(AppContext(database=database, settings=settings, languages=languages,
                                   principal=sign_in.principal))
    window.demo_requested.connect(lambda: open_demo(window))
    window.show()
    # Fill the pages (and build the analysis page) on the first turn of the event loop, so the
    # window appears at once.
    QTimer.singleShot(0, window.refresh)
    return app.exec()


def run_kiosk(db: str | None, campaign_id: int, full_screen: bool = True) -> int:
    """`motivdesk kiosk --campaign ID`: only the kiosk; leaving it with the PIN quits."""
    from app.cli.common import open_db_or_explain
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
