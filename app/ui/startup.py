"""Open the database off the GUI thread at start, while the sign-in window is already shown.

Importing SQLAlchemy and Alembic, checking (or migrating) the schema, closing sessions a power
cut left open and the daily backup take most of a second; the sign-in window needs none of it
to appear, and the user types meanwhile. The result comes back through a queued signal.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class DatabaseOpener(QObject):
    """`opened(database, warning)` on success (warning: a failed backup, or ""), else
    `failed(message)`; both are delivered in the GUI thread."""

    opened = Signal(object, str)
    failed = Signal(str)

    def __init__(self, db: str | None, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        """Start opening (once; later calls do nothing)."""
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="open-database", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        from app.data.answer_store import refresh_snapshots
        from app.data.sessions import StorageUnavailable, recover_interrupted
        from app.models.db import checkpoint_wal
        from app.services.databases import open_db_or_explain

        try:
            database = open_db_or_explain(self.db)
            if isinstance(database, str):
                self.failed.emit(database)
                return
            try:
                with database.session() as session:
                    closed = recover_interrupted(session)  # only dead ones: other PCs run kiosks
                if closed:  # as after any session's end: the WAL keeps no order of sessions
                    checkpoint_wal(database.engine, wait_ms=500)
            except StorageUnavailable:
                pass  # busy (an import on another PC): the next start closes them
            # closed campaigns written by an older version (or whose compaction a busy
            # database refused) get their answer cache compacted: a write, done here once,
            # never by a read
            refresh_snapshots(database.engine)
            warning = _daily_backup(database)
        except Exception as exc:  # shown to the user, who cannot go on without a database
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.opened.emit(database, warning)
        # While the user types: the modules of the main window and of its analysis page
        # (pandas, pyqtgraph: most of a second), which the GUI thread would otherwise import
        # right after signing in. Only modules: no widget or QObject is created here.
        try:
            import app.ui.main_window  # noqa: F401
            import app.ui.pages.analysis_page  # noqa: F401
        except Exception:  # the GUI thread imports them again and reports what is wrong
            pass


def _daily_backup(database) -> str:
    """Once a day at start: a copy in the data folder's backups/ (the last 7 are kept).
    Returns the problem to show, if any: a full disk must not stop the office from working."""
    from app.data.backup import daily_backup
    from app.paths import user_data_dir

    if database.path is not None and database.path.exists():
        try:
            daily_backup(database.path, user_data_dir() / "backups")
        except OSError as exc:
            return str(exc)
    return ""
