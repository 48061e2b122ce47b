"""Our own PDFs on a printer (issue 23.4): the cards and the campaign report, page by page.

PySide6 has no QtPdf here, so pdfium (pypdfium2) renders each page to a `QImage` at the
printer's resolution (at most `RENDER_DPI`), and a `QPainter` paints it on the `QPrinter`, one
page of paper per PDF page, with the PDF page's size and orientation. Everything sent in one
call is ONE print job: the three copies of a growth or career card (App. 9-10) and the cards
of a selection come out of the printer together, in order.

- Copies asked for in the print dialog are made by the printer when it can
  (`QPrinter.supportsMultipleCopies`), otherwise here, in the same job, collated or not as
  asked.
- Two-sided printing: every card and every copy of a card starts on a new sheet (a blank back
  page is added after an odd number of pages), so copies can be handed out separately.
- A `QPainter` on a `QPrinter` belongs to the GUI thread: building the PDFs (database and
  reportlab, the slow part) runs on a `TaskRunner`; `print_pdfs` then renders and paints page
  by page, telling a progress callback after each page (which can cancel the job).

`print_pdfs` is the whole printing logic, testable with a PDF-file `QPrinter`; `run_print` is
the flow the dialogs and pages call: build off the GUI thread, the print dialog, the pages
behind a progress dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.ui.workers import TaskRunner, error_text

# An A4 page at 300 dpi is 2480 x 3508 pixels (35 MB as an image): the quality of office
# printing. A printer (or a PDF file) announcing 600 or 1200 dpi gets 300-dpi images scaled
# up, not images of 140 or 560 MB per page.
RENDER_DPI = 300

_PDFIUM = threading.Lock()  # pdfium is not thread-safe: one call into it at a time


@dataclass(frozen=True)
class Printable:
    """One PDF we made, to print. `parts` equal parts of it each start on a new sheet (the
    three copies of a growth or career card); a PDF whose pages do not divide by `parts` is
    one part."""

    data: bytes
    title: str = ""
    parts: int = 1


class PrintError(RuntimeError):
    """The printer could not be opened (no printer, no rights, a file that cannot be written)."""


def page_sizes(data: bytes) -> list[QSizeF]:
    """The size of each page of a PDF, in points (1/72 inch)."""
    import pypdfium2

    with _PDFIUM:
        pdf = pypdfium2.PdfDocument(data)
        try:
            return [QSizeF(*pdf.get_page_size(i)) for i in range(len(pdf))]
        finally:
            pdf.close()


def render_page(pdf, index: int, dpi: float) -> QImage:
    """Page `index` of an open `pypdfium2.PdfDocument` as an opaque image at `dpi`."""
    with _PDFIUM:
        page = pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            try:
                # BGRx bytes are QImage's 0xffRRGGBB (RGB32) on a little-endian machine; the
                # copy owns its pixels, the bitmap's buffer goes with it.
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                ).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
    return image


Step = tuple[int, int] | None  # (document, page), or None for a blank page


def page_sequence(
    page_counts: Sequence[int],
    parts: Sequence[int],
    copies: int = 1,
    collate: bool = True,
    duplex: bool = False,
    page_range: tuple[int, int] | None = None,
) -> list[Step]:
    """The pages of one job in order. Each document (and each of its `parts`) starts on a new
    sheet when printing on both sides; `copies` > 1 repeats the job (collated) or each page
    (each sheet when two-sided); `page_range` (first, last; from 1) picks pages of a single
    document."""
    units: list[list[Step]] = []
    for doc, (count, n_parts) in enumerate(zip(page_counts, parts, strict=True)):
        pages = list(range(count))
        if page_range is not None:
            first, last = page_range
            pages = [p for p in pages if first - 1 <= p <= last - 1]
        n_parts = n_parts if n_parts > 1 and count % n_parts == 0 and page_range is None else 1
        size = len(pages) // n_parts if pages else 0
        for part in range(n_parts):
            unit: list[Step] = [(doc, p) for p in pages[part * size : (part + 1) * size]]
            if duplex and len(unit) % 2:
                unit.append(None)
            if unit:
                units.append(unit)
    job = [step for unit in units for step in unit]
    if copies <= 1:
        return job
    if collate:
        return job * copies
    sheet = 2 if duplex else 1
    sheets = [job[i : i + sheet] for i in range(0, len(job), sheet)]
    return [step for s in sheets for _copy in range(copies) for step in s]


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    return (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )


def _layout_for(size: QSizeF) -> QPageLayout:
    """A page layout of the PDF page's size and orientation, with no margins: our PDFs carry
    their own margins, and the picture is of the whole page."""
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    page_size = QPageSize(
        portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyOrientationMatch
    )
    return QPageLayout(page_size, _orientation(size), QMarginsF(0, 0, 0, 0))


def prepare_printer(printer: QPrinter, documents: Sequence[Printable]) -> None:
    """Before the print dialog: the job's name, and the first page's size and orientation
    (what the dialog then shows; the person may still choose other paper)."""
    sizes = page_sizes(documents[0].data) if documents else []
    if sizes:
        printer.setPageLayout(_layout_for(sizes[0]))
    # the job's name in the printer queue, and the file name offered for printing to a file
    titles = [d.title for d in documents if d.title]
    name = titles[0] if len(titles) == 1 else "-".join(titles[:1] + titles[-1:])
    printer.setDocName(name or "motivdesk")
    printer.setFullPage(True)


def print_pdfs(
    printer: QPrinter,
    documents: Sequence[Printable],
    on_page: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint `documents` on `printer` as one job; return the number of pages sent. `on_page`
    (done, total) is called after each page; returning False cancels the job (printer.abort)
    and 0 is returned. Raises PrintError when the printer cannot be opened."""
    import pypdfium2

    counts_and_sizes = [page_sizes(d.data) for d in documents]
    own_copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    page_range = None
    if len(documents) == 1 and printer.printRange() == QPrinter.PrintRange.PageRange:
        page_range = (printer.fromPage(), printer.toPage())
    sequence = page_sequence(
        [len(s) for s in counts_and_sizes],
        [d.parts for d in documents],
        copies=own_copies,
        collate=printer.collateCopies(),
        duplex=printer.duplex() != QPrinter.DuplexMode.DuplexNone,
        page_range=page_range,
    )
    if not sequence:
        return 0
    with _PDFIUM:
        pdfs = [pypdfium2.PdfDocument(d.data) for d in documents]
    printer.setFullPage(True)
    painter = QPainter()
    size = QSizeF()
    sent = 0
    try:
        for number, step in enumerate(sequence):
            if step is not None:
                size = counts_and_sizes[step[0]][step[1]]
            if step is not None or number == 0:
                # landscape pages (the strategic card) turn the paper; its size is the one
                # chosen in the print dialog, A4 unless changed (`prepare_printer`)
                orientation = _orientation(size)
                if printer.pageLayout().orientation() != orientation:
                    printer.setPageOrientation(orientation)
            if number == 0:
                if not painter.begin(printer):
                    raise PrintError(
                        QCoreApplication.translate("Printing", "The printer could not be opened.")
                    )
            elif not printer.newPage():
                raise PrintError(
                    QCoreApplication.translate("Printing", "The printer refused a new page.")
                )
            if step is not None:
                _paint_page(painter, printer, pdfs[step[0]], step[1])
            sent += 1
            if on_page is not None and not on_page(number + 1, len(sequence)):
                printer.abort()
                return 0
    finally:
        if painter.isActive():
            painter.end()
        with _PDFIUM:
            for pdf in pdfs:
                pdf.close()
    return sent


def _paint_page(painter: QPainter, printer: QPrinter, pdf, index: int) -> None:
    dpi = min(printer.resolution(), RENDER_DPI)
    image = render_page(pdf, index, dpi)
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    # the whole PDF page on the whole sheet; on other paper, as large as fits, centred
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    target = QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)


def ask_printer(parent: QWidget | None, documents: Sequence[Printable]) -> QPrinter | None:
    """Qt's print dialog (printer, copies, collation, two-sided where the printer offers it,
    pages of a single document); None when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, documents)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    options = (
        QPrintDialog.PrintDialogOption.PrintToFile
        | QPrintDialog.PrintDialogOption.PrintCollateCopies
        | QPrintDialog.PrintDialogOption.PrintShowPageSize
    )
    if len(documents) == 1:
        options |= QPrintDialog.PrintDialogOption.PrintPageRange
        dialog.setMinMax(1, len(page_sizes(documents[0].data)))
    dialog.setOptions(options)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def run_print(
    parent: QWidget,
    build: Callable[..., list[Printable]],
    printer: QPrinter | None = None,
    on_printed: Callable[[list[Printable]], None] | None = None,
    wait: bool = False,
) -> TaskRunner:
    """Build the PDFs off the GUI thread (`build` reports progress, may stop when cancelled),
    then ask for the printer (unless one is given: tests, a chosen printer) and print them as
    one job behind a progress dialog. `on_printed` gets the documents once printed (the
    audit). Errors are shown in a message box."""
    title = QCoreApplication.translate("Printing", "Print")
    progress = QProgressDialog(
        QCoreApplication.translate("Printing", "Preparing the pages…"),
        QCoreApplication.translate("Printing", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setObjectName("printer_progress")
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)  # quick jobs never flash a dialog
    progress.setMinimumWidth(360)
    runner = TaskRunner(progress)  # goes with the dialog
    painting = False

    def close() -> None:
        progress.reset()
        progress.deleteLater()

    def cancelled() -> None:
        runner.cancel()
        if not painting:  # while painting, the page loop sees wasCanceled() and aborts
            close()

    progress.canceled.connect(cancelled)

    def failed(error: BaseException) -> None:
        close()
        QMessageBox.warning(parent, title, error_text(error))

    def built(documents: list[Printable]) -> None:
        nonlocal painting
        progress.reset()
        chosen = None
        if documents:
            if printer is not None:
                prepare_printer(printer, documents)
            chosen = printer or ask_printer(parent, documents)
        if chosen is None:
            close()
            return
        progress.setLabelText(
            QCoreApplication.translate("Printing", "Sending the pages to the printer…")
        )

        def on_page(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        painting = True
        try:
            sent = print_pdfs(chosen, documents, on_page)
        except (PrintError, ValueError, OSError) as exc:
            failed(exc)
            return
        finally:
            painting = False
        close()
        parent.last_printed = sent
        if sent and on_printed is not None:
            on_printed(documents)

    runner.submit(
        build,
        built,
        failed,
        lambda done, total, _label: (progress.setMaximum(total), progress.setValue(done)),
    )
    if wait:
        runner.wait()
    return runner
