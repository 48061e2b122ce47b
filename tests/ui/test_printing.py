"""Printing on a printer (issue 23.4): our PDFs painted page by page on a `QPrinter`, as one
job. The printer here writes a PDF file (no real printer needed); poppler reads it back."""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.data.audit import entries
from app.data.store import open_database
from app.models.cards import Card
from app.ui.context import AppContext
from app.ui.printing import Printable, page_sequence, prepare_printer, print_pdfs
from app.ui.workers import Progress

A4 = "595 x 842 pts"
A4_LANDSCAPE = "842 x 595 pts"


@pytest.fixture
def context(tmp_path, demo_db_path, settings, languages):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_path, path)
    database = open_database(str(path))
    yield AppContext(database, settings, languages)
    database.dispose()


def _card_id(context, kind):
    with context.database.session() as s:
        return s.scalar(select(Card.id).where(Card.kind == kind).order_by(Card.id))


def _file_printer(path, mode=QPrinter.PrinterMode.ScreenResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_sizes(path) -> list[str]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(path)], check=True, capture_output=True, text=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    return [f"{round(float(w))} x {round(float(h))} pts" for w, h in sizes]


def _pages(path, tmp_path, name, first=1, last=None) -> list[QImage]:
    """The pages as images at 60 dpi (pdftoppm)."""
    last = last or len(_page_sizes(path))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(first),
            "-l",
            str(last),
            str(path),
            str(tmp_path / name),
        ],
        check=True,
    )
    return [QImage(str(p)) for p in sorted(tmp_path.glob(f"{name}-*.png"))]


def _grey(image: QImage, size: QSize, rect: QRectF | None = None) -> np.ndarray:
    """A page (or the part `rect`, in fractions of the page) as a smoothed grey array."""
    if rect is not None:
        w, h = image.width(), image.height()
        image = image.copy(
            int(rect.x() * w), int(rect.y() * h), int(rect.width() * w), int(rect.height() * h)
        )
    image = image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(size.height(), image.bytesPerLine())
    return rows[:, : size.width()].astype(float) / 255


def _dark_share(image: QImage) -> float:
    """The share of clearly non-white pixels (ink) of a page."""
    return float((_grey(image, image.size()) < 0.8).mean())


def _difference(a: QImage, b: QImage) -> float:
    """How unlike two pages are (0 = the same): the whole page, plus its footer, where the
    three copies of a card differ (the addressee)."""
    page, footer = QSize(60, 85), QSize(200, 10)
    strip = QRectF(0, 0.94, 1, 0.06)
    return float(
        np.abs(_grey(a, page) - _grey(b, page)).mean()
        + np.abs(_grey(a, footer, strip) - _grey(b, footer, strip)).mean()
    )


def _career_pdf(context) -> Printable:
    from app.ui.dialogs.print_dialog import printable_cards

    [document] = printable_cards(
        [_card_id(context, "career")], "ru", context.database.session, Progress(lambda *_: None)
    )
    return document


# --- the order of pages in a job ---------------------------------------------------------------


def test_the_job_is_each_document_in_turn_and_copies_repeat_it():
    assert page_sequence([2, 1], [1, 1]) == [(0, 0), (0, 1), (1, 0)]
    assert page_sequence([2, 1], [1, 1], copies=2) == [(0, 0), (0, 1), (1, 0)] * 2
    assert page_sequence([2], [1], copies=2, collate=False) == [(0, 0), (0, 0), (0, 1), (0, 1)]
    assert page_sequence([5], [1], page_range=(2, 3)) == [(0, 1), (0, 2)]


def test_two_sided_every_card_and_every_copy_starts_on_a_new_sheet():
    # three copies of one page each, then a one-page card: a blank back after each
    assert page_sequence([3, 1], [3, 1], duplex=True) == [
        (0, 0),
        None,
        (0, 1),
        None,
        (0, 2),
        None,
        (1, 0),
        None,
    ]
    assert page_sequence([6], [3], duplex=True) == [(0, i) for i in range(6)]  # 2 pages each
    # uncollated two-sided copies repeat sheets, not single pages
    assert page_sequence([2], [1], copies=2, collate=False, duplex=True) == [
        (0, 0),
        (0, 1),
        (0, 0),
        (0, 1),
    ]


# --- painting on a printer ----------------------------------------------------------------------


def test_a_career_card_prints_its_three_copies_in_one_job(context, tmp_path, monkeypatch):
    import app.ui.printing as printing

    document = _career_pdf(context)
    assert document.parts == 3
    source = tmp_path / "source.pdf"
    source.write_bytes(document.data)
    per_copy = len(_page_sizes(source)) // 3
    assert per_copy >= 1 and len(_page_sizes(source)) == 3 * per_copy

    jobs = []

    class CountingPainter(printing.QPainter):
        def begin(self, device):
            jobs.append(device)
            return super().begin(device)

    monkeypatch.setattr(printing, "QPainter", CountingPainter)
    out = tmp_path / "printed.pdf"
    printer = _file_printer(out)
    prepare_printer(printer, [document])
    assert print_pdfs(printer, [document]) == 3 * per_copy
    assert len(jobs) == 1  # one job: a second begin() would be a second job (and file)
    assert _page_sizes(out) == [A4] * (3 * per_copy)
    printed = _pages(out, tmp_path, "printed")
    original = _pages(source, tmp_path, "source")
    assert all(_dark_share(page) > 0.01 for page in printed)  # ink on every page
    # each printed page is most like the same page of the PDF: the three copies, collated and
    # in order (the copies differ in their footer, the addressee)
    assert len(printed) == len(original)
    for index, page in enumerate(printed):
        unlike = [_difference(page, wanted) for wanted in original]
        assert unlike.index(min(unlike)) == index, (index, unlike)


def test_copies_sent_as_separate_jobs_would_be_caught(context, tmp_path):
    """What the test above rules out: one job per copy (to the same printer) leaves only the
    last copy's pages in the file, so its page count and page order checks fail."""
    document = _career_pdf(context)
    out = tmp_path / "separate.pdf"
    pages = len(_page_sizes(_write(tmp_path, document)))
    per_copy = pages // 3
    for copy in range(3):
        printer = _file_printer(out)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(copy * per_copy + 1, (copy + 1) * per_copy)
        assert print_pdfs(printer, [document]) == per_copy
    assert len(_page_sizes(out)) == per_copy != pages


def _write(tmp_path, document: Printable):
    path = tmp_path / "doc.pdf"
    path.write_bytes(document.data)
    return path


def test_pages_are_rendered_at_the_printers_resolution_capped(context, tmp_path):
    document = _career_pdf(context)
    out = tmp_path / "high.pdf"
    printer = _file_printer(out, QPrinter.PrinterMode.HighResolution)
    assert printer.resolution() == 1200
    prepare_printer(printer, [document])
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert print_pdfs(printer, [document]) == 1
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert images, "the page is a picture"
    width, height = (int(v) for v in images[0].split()[3:5])
    assert (width, height) == (2481, 3508)  # A4 at 300 dpi, not 1200
    assert _page_sizes(out) == [A4]
    assert _dark_share(_pages(out, tmp_path, "high")[0]) > 0.01


def test_copies_the_printer_cannot_make_are_made_in_the_same_job(context, tmp_path):
    document = _career_pdf(context)
    out = tmp_path / "two.pdf"
    printer = _file_printer(out)
    assert not printer.supportsMultipleCopies()  # a PDF file makes no copies itself
    prepare_printer(printer, [document])
    printer.setCopyCount(2)
    pages = len(_page_sizes(_write(tmp_path, document)))
    assert print_pdfs(printer, [document]) == 2 * pages
    assert len(_page_sizes(out)) == 2 * pages


def test_two_sided_the_next_card_starts_on_a_new_sheet(context, tmp_path):
    from app.ui.dialogs.print_dialog import printable_cards

    ids = [_card_id(context, "diagnostic"), _card_id(context, "personal")]
    documents = printable_cards(ids, "ru", context.database.session, Progress(lambda *_: None))
    counts = [len(_page_sizes(_write(tmp_path, d))) for d in documents]
    assert counts[0] % 2 == 1  # the demo's diagnostic card has an odd number of pages
    out = tmp_path / "duplex.pdf"

    class TwoSided(QPrinter):  # a PDF file keeps no duplex setting: a printer that has it
        def duplex(self):
            return QPrinter.DuplexMode.DuplexLongSide

    printer = TwoSided(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    prepare_printer(printer, documents)
    assert print_pdfs(printer, documents) == counts[0] + 1 + counts[1]
    pages = _pages(out, tmp_path, "duplex")
    assert _dark_share(pages[counts[0]]) == 0  # the back of its last sheet stays blank
    assert all(_dark_share(p) > 0.01 for i, p in enumerate(pages) if i != counts[0])


def test_cancelling_aborts_the_job(context, tmp_path):
    document = _career_pdf(context)
    out = tmp_path / "cancelled.pdf"
    printer = _file_printer(out)
    assert print_pdfs(printer, [document], lambda done, _total: done < 2) == 0
    # a printer that can abort drops the job; a PDF file (as CUPS) keeps what was sent
    assert not out.exists() or len(_page_sizes(out)) == 2


# --- from the dialogs and pages -----------------------------------------------------------------


def test_the_card_dialog_prints_on_the_printer_and_audits_it(qtbot, context, tmp_path):
    from app.ui.dialogs.card_dialog import CardDialog

    card_id = _card_id(context, "growth")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    assert dialog.printer_button.text()
    out = tmp_path / "growth.pdf"
    dialog.print_on_printer(lang="kk", printer=_file_printer(out), wait=True)
    qtbot.waitUntil(lambda: hasattr(dialog, "last_printed"), timeout=20000)
    sizes = _page_sizes(out)
    assert dialog.last_printed == len(sizes) and len(sizes) % 3 == 0
    assert sizes == [A4] * len(sizes)
    with context.database.session() as s:
        assert [
            (e.object_id, e.detail)
            for e in entries(s, "print")
            if e.detail.startswith("ui printer")
        ] == [(str(card_id), "ui printer kk")]


def test_selected_cards_print_as_one_job_in_their_orientation(qtbot, context, tmp_path):
    from app.ui.pages.cards_page import CardsPage

    page = CardsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    wanted = {_card_id(context, "career"), _card_id(context, "strategic")}
    selection = page.table_view.selectionModel()
    for row, card in enumerate(page.model.rows):
        if card.id in wanted:
            selection.select(
                page.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
    assert {r.id for r in page.selected_rows()} == wanted
    out = tmp_path / "selection.pdf"
    page.print_selected_on_printer(lang="ru", printer=_file_printer(out), wait=True)
    qtbot.waitUntil(lambda: hasattr(page, "last_printed"), timeout=20000)
    sizes = _page_sizes(out)
    assert page.last_printed == len(sizes)
    # the career card (three portrait copies) and the strategic card (landscape) in one file
    assert set(sizes) == {A4, A4_LANDSCAPE}
    assert sizes.count(A4) % 3 == 0


def test_a_departments_cards_go_to_the_printer_as_one_job(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from app.ui.pages.cards_page import CardsPage

    page = CardsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    personal = [r for r in page.model.rows if r.kind in ("personal", "growth", "career")]
    department = personal[0]
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda *a, **k: (context.pick(department.department_ru, department.department_kk), True),
    )
    monkeypatch.setattr("app.ui.dialogs.print_dialog.ask_language", lambda *_: "ru")

    # the question: a printer or PDF files (Cancel asks nothing more)
    def answer(text):
        shown = [b for b in page.findChildren(QMessageBox, "cards_destination") if b.isVisible()]
        if not shown:
            QTimer.singleShot(20, lambda: answer(text))
            return
        box = shown[0]
        answers.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == text).click()

    answers = []
    QTimer.singleShot(0, lambda: answer(page.tr("Cancel")))
    assert page.print_department() is None
    assert len(answers[0]) == 3
    QTimer.singleShot(0, lambda: answer(page.tr("Print…")))
    monkeypatch.setattr("app.ui.printing.ask_printer", lambda *_: _file_printer(tmp_path / "d.pdf"))
    page.print_department(wait=True)
    qtbot.waitUntil(lambda: hasattr(page, "last_printed"), timeout=30000)
    ids = [r.id for r in personal if r.department_id == department.department_id]
    with context.database.session() as s:
        audited = [e.object_id for e in entries(s, "print") if e.detail == "ui printer ru"]
    assert sorted(audited) == sorted(str(i) for i in ids) and len(ids) > 1
    assert len(_page_sizes(tmp_path / "d.pdf")) == page.last_printed > len(ids)


def test_the_analysis_page_prints_the_campaign_report(
    qtbot, demo_db_path, settings, languages, tmp_path
):
    from app.ui.pages.analysis_page import AnalysisPage

    database = open_database(str(demo_db_path))
    page = AnalysisPage(AppContext(database, settings, languages))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.analysis is not None, timeout=20000)
    assert page.printer_button.text()
    out = tmp_path / "report.pdf"
    page.print_report_on_printer(lang="kk", printer=_file_printer(out), wait=True)
    qtbot.waitUntil(lambda: hasattr(page, "last_printed"), timeout=30000)
    source = tmp_path / "source.pdf"
    page.print_report(lang="kk", target=source)
    qtbot.waitUntil(source.exists, timeout=30000)
    assert _page_sizes(out) == _page_sizes(source)
    assert page.last_printed == len(_page_sizes(source))
    assert _dark_share(_pages(out, tmp_path, "report", 1, 1)[0]) > 0.01
    database.dispose()


def test_the_print_dialog_offers_copies_and_pages_and_prints_what_was_chosen(
    qtbot, context, tmp_path, monkeypatch
):
    """The path without a given printer: Qt's print dialog, preset to the document's A4 and
    name, then printing on the printer chosen there (here: to a file)."""
    from PySide6.QtPrintSupport import QPrintDialog

    from app.ui.dialogs.card_dialog import CardDialog

    seen = {}
    out = tmp_path / "chosen.pdf"

    def accept(dialog):
        printer = dialog.printer()
        seen.update(
            range=(dialog.minPage(), dialog.maxPage()),
            name=printer.docName(),
            size=printer.pageLayout().pageSize().id(),
            copies=dialog.testOption(QPrintDialog.PrintDialogOption.PrintCollateCopies),
        )
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    card_id = _card_id(context, "career")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    dialog.print_on_printer(lang="ru", wait=True)
    qtbot.waitUntil(lambda: hasattr(dialog, "last_printed"), timeout=30000)
    assert seen == {
        "range": (1, dialog.last_printed),
        "name": f"card-{card_id}-ru",
        "size": QPageSize.PageSizeId.A4,
        "copies": True,
    }
    assert _page_sizes(out) == [A4] * dialog.last_printed


# --- the batch of PDF files runs on the one runner ------------------------------------------------


def test_a_cancelled_batch_stops_after_the_document_being_written(context, tmp_path):
    from app.ui.dialogs.print_dialog import card_jobs, run_batch
    from app.ui.workers import Cancelled

    ids = [_card_id(context, kind) for kind in ("personal", "growth", "career")]
    progress = Progress(lambda done, _total, _label: progress.cancel())
    with pytest.raises(Cancelled):
        run_batch(card_jobs(ids, "ru"), tmp_path / "out", context.database.session, False, progress)
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1


def test_the_graphical_personal_card_prints_on_the_printer(qtbot, context, tmp_path):
    from app.ui.dialogs.card_dialog import CardDialog

    card_id = _card_id(context, "personal")
    dialog = CardDialog(context, card_id=card_id)
    qtbot.addWidget(dialog)
    assert dialog.form.graphic_printer_button.text()
    out = tmp_path / "graphic.pdf"
    dialog.form.print_graphic_on_printer(lang="kk", printer=_file_printer(out), wait=True)
    qtbot.waitUntil(lambda: getattr(dialog, "last_graphic_printed", False), timeout=20000)
    sizes = _page_sizes(out)
    assert len(sizes) == 1  # the one-page card, in one job
    with context.database.session() as s:
        assert [
            (e.object_id, e.detail) for e in entries(s, "print") if "graphical printer" in e.detail
        ] == [(str(card_id), "graphical printer kk")]
