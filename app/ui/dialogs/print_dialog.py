"""Print cards to PDF or Word files off the GUI thread (the one runner, `TaskRunner`), with
progress and cancel (STYLE.md §8), or on a printer (`app/ui/printing.py`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from app.data.audit import record
from app.reports.batch import PrintJob, PrintResult, print_documents
from app.ui.context import AppContext
from app.ui.printing import Printable, run_print
from app.ui.workers import Progress, TaskRunner, error_text

LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"))


def run_batch(
    jobs: list[PrintJob], target: Path, session_factory, single: bool, progress: Progress
) -> tuple[list[str], list[str]]:
    """A `TaskRunner` task: iterate the core generator, reporting each document and stopping
    between documents once cancelled. Returns the files written and the errors."""
    written, errors = [], []
    batch = print_documents(
        jobs, target, session_factory, single_file=single, audit_detail="ui print"
    )
    try:
        for done, result in enumerate(batch, start=1):
            result: PrintResult
            if result.path is not None:
                written.append(str(result.path))
            else:
                errors.append(f"{result.job.label or result.job.filename}: {result.error}")
            progress.report(done, len(jobs), result.job.label)
            progress.check()
    finally:
        batch.close()
    return written, errors


def card_jobs(card_ids: list[int], lang: str, fmt: str = "pdf") -> list[PrintJob]:
    from app.reports.cards import render_card
    from app.services.report_data import load_card_view
    from app.ui.i18n import report_translator

    translate = report_translator(lang)

    def build(session, card_id):
        return render_card(
            load_card_view(session, card_id, lang, translate), lang, translate, fmt=fmt
        )

    jobs = []
    for card_id in card_ids:
        jobs.append(
            PrintJob(
                f"card-{card_id}-{lang}.{fmt}",
                lambda s, cid=card_id: build(s, cid),
                audit=("card", str(card_id)),
                label=f"#{card_id}",
            )
        )
    return jobs


def printable_cards(
    card_ids: list[int], lang: str, session_factory, task: Progress
) -> list[Printable]:
    """A `TaskRunner` task: the cards' PDFs, each with the number of copies it holds."""
    from app.reports.cards import copies_in, render_card
    from app.services.report_data import load_card_view
    from app.ui.i18n import report_translator

    translate = report_translator(lang)
    documents = []
    for done, card_id in enumerate(card_ids, start=1):
        task.check()
        with session_factory() as session:
            view = load_card_view(session, card_id, lang, translate)
            documents.append(
                Printable(
                    render_card(view, lang, translate),
                    f"card-{card_id}-{lang}",
                    copies_in(view.kind),
                )
            )
        task.report(done, len(card_ids), f"#{card_id}")
    return documents


def print_cards_on_printer(
    parent: QWidget,
    context: AppContext,
    card_ids: list[int],
    lang: str | None = None,
    printer: QPrinter | None = None,
    wait: bool = False,
) -> TaskRunner | None:
    """Print cards on a printer (issue 23.4): ask the language, build their PDFs off the GUI
    thread, then Qt's print dialog (unless `printer` is given); all of them, the three copies
    of a growth or career card included, go out as one job. Each printed card is audited."""
    if not card_ids:
        return None
    lang = lang or ask_language(parent, context)
    if lang is None:
        return None
    database = context.database

    def audit(_documents: list[Printable]) -> None:
        with database.session() as session:
            for card_id in card_ids:
                record(session, "print", "card", str(card_id), f"ui printer {lang}")
            session.commit()

    return run_print(
        parent,
        lambda task: printable_cards(card_ids, lang, database.session, task),
        printer=printer,
        on_printed=audit,
        wait=wait,
    )


def ask_language(parent: QWidget, context: AppContext) -> str | None:
    names = [name for _code, name in LANGUAGES]
    current = 1 if context.content_language == "kk" else 0
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("PrintDialog", "Print"),
        QCoreApplication.translate("PrintDialog", "Language of the document:"),
        names,
        current,
        False,
    )
    if not ok:
        return None
    return LANGUAGES[names.index(choice)][0]


def print_cards(
    parent: QWidget,
    context: AppContext,
    card_ids: list[int],
    lang: str | None = None,
    target: Path | None = None,
    wait: bool = False,
    fmt: str = "pdf",
) -> TaskRunner | None:
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
                parent,
                QCoreApplication.translate("PrintDialog", "Save as Word")
                if word
                else QCoreApplication.translate("PrintDialog", "Save PDF"),
                str(Path.home() / f"card-{card_ids[0]}-{lang}.{fmt}"),
                "Word (*.docx)" if word else "PDF (*.pdf)",
            )
            if not name:
                return None
            target = Path(name if name.lower().endswith(f".{fmt}") else f"{name}.{fmt}")
        else:
            folder = QFileDialog.getExistingDirectory(
                parent,
                QCoreApplication.translate("PrintDialog", "Folder for the Word files")
                if word
                else QCoreApplication.translate("PrintDialog", "Folder for the PDFs"),
            )
            if not folder:
                return None
            target = Path(folder)
    jobs = card_jobs(card_ids, lang, fmt)
    progress = QProgressDialog(
        QCoreApplication.translate("PrintDialog", "Printing…"),
        QCoreApplication.translate("PrintDialog", "Cancel"),
        0,
        len(card_ids),
        parent,
    )
    progress.setObjectName("print_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)  # quick jobs never flash a dialog
    runner = TaskRunner(progress)  # goes with the dialog; a cancelled batch delivers nothing
    progress.canceled.connect(runner.cancel)

    def done() -> None:
        progress.reset()
        progress.deleteLater()

    def finished(result: tuple[list[str], list[str]]) -> None:
        written, errors = result
        done()
        parent.last_print_result = (written, errors)
        if errors:
            QMessageBox.warning(
                parent, QCoreApplication.translate("PrintDialog", "Print"), "\n".join(errors)
            )

    def failed(error: BaseException) -> None:
        done()
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrintDialog", "Print"), error_text(error)
        )

    session_factory = context.database.session
    runner.submit(
        lambda task: run_batch(jobs, target, session_factory, single, task),
        finished,
        failed,
        lambda count, _total, _label: progress.setValue(count),
    )
    if wait:
        runner.wait()
    return runner
