"""Print cards to PDF off the GUI thread, with progress and cancel (STYLE.md §8)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from app.reports.batch import PrintJob, PrintResult, print_documents
from app.ui.context import AppContext

LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"))



class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(list, list)


class BatchPrintWorker(QRunnable):
    """Iterates the core generator; checks the cancel flag between documents."""

    def __init__(self, jobs: list[PrintJob], target: Path, session_factory, single: bool):
        super().__init__()
        self.jobs, self.target, self.session_factory, self.single = jobs, target, session_factory, single
        self.signals = _Signals()
        self.cancelled = False

    def run(self) -> None:
        written, errors = [], []
        batch = print_documents(self.jobs, self.target, self.session_factory,
                                single_file=self.single, audit_detail="ui print")
        for done, result in enumerate(batch, start=1):
            result: PrintResult
            if result.path is not None:
                written.append(str(result.path))
            else:
                errors.append(f"{result.job.label or result.job.filename}: {result.error}")
            self.signals.progress.emit(done, len(self.jobs), result.job.label)
            if self.cancelled:
                batch.close()
                break
        self.signals.finished.emit(written, errors)


def card_jobs(card_ids: list[int], lang: str, fmt: str = "pdf") -> list[PrintJob]:
    from app.reports.cards import render_card
    from app.services.report_data import load_card_view
    from app.ui.i18n import report_translator

    translate = report_translator(lang)

    def build(session, card_id):
        return render_card(load_card_view(session, card_id, lang, translate), lang, translate,
                           fmt=fmt)

    jobs = []
    for card_id in card_ids:
        jobs.append(PrintJob(f"card-{card_id}-{lang}.{fmt}",
                             lambda s, cid=card_id: build(s, cid),
                             audit=("card", str(card_id)), label=f"#{card_id}"))
    return jobs


def ask_language(parent: QWidget, context: AppContext) -> str | None:
    names = [name for _code, name in LANGUAGES]
    current = 1 if context.content_language == "kk" else 0
    choice, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("PrintDialog", "Print"), QCoreApplication.translate("PrintDialog", "Language of the document:"), names, current, False)
    if not ok:
        return None
    return LANGUAGES[names.index(choice)][0]


def print_cards(parent: QWidget, context: AppContext, card_ids: list[int],
                lang: str | None = None, target: Path | None = None,
                wait: bool = False, fmt: str = "pdf") -> BatchPrintWorker | None:
    """Ask language and destination (unless given), then print in the background; `fmt`
    "docx" writes editable Word files with the same content instead of PDFs."""
    if not card_ids:
        return None
    lang = lang or ask_language(parent, context)
    if lang is None:
        return None
    single = len(card_ids) == 1
    if target is None:
        word = fmt == "docx"
        if single:
            name, _filter = QFileDialog.getSaveFileName(
                parent, QCoreApplication.translate("PrintDialog", "Save as Word")
                if word else QCoreApplication.translate("PrintDialog", "Save PDF"),
                str(Path.home() / f"card-{card_ids[0]}-{lang}.{fmt}"),
                "Word (*.docx)" if word else "PDF (*.pdf)")
            if not name:
                return None
            target = Path(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")
        else:
            folder = QFileDialog.getExistingDirectory(
                parent, QCoreApplication.translate("PrintDialog", "Folder for the Word files")
                if word else QCoreApplication.translate("PrintDialog", "Folder for the PDFs"))
            if not folder:
                return None
            target = Path(folder)
    worker = BatchPrintWorker(card_jobs(card_ids, lang, fmt), target, context.database.session,
                              single)
    progress = QProgressDialog(QCoreApplication.translate("PrintDialog", "Printing…"), QCoreApplication.translate("PrintDialog", "Cancel"), 0, len(card_ids), parent)
    progress.setObjectName("print_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)  # quick jobs never flash a dialog
    progress.canceled.connect(lambda: setattr(worker, "cancelled", True))
    worker.signals.progress.connect(lambda done, total, _label: progress.setValue(done))

    def finished(written: list, errors: list) -> None:
        progress.reset()
        parent.last_print_result = (written, errors)
        if errors:
            QMessageBox.warning(parent, QCoreApplication.translate("PrintDialog", "Print"), "\n".join(errors))

    worker.signals.finished.connect(finished)
    QThreadPool.globalInstance().start(worker)
    if wait:
        QThreadPool.globalInstance().waitForDone()
    return worker
