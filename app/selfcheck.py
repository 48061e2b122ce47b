"""`motivdesk --self-check`: prove an installation (also a frozen one) can do its core work."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path


def _check_database(tmp: Path) -> str:
    from app.data.store import open_database

    db = open_database(str(tmp / "selfcheck.db"))
    try:
        return f"database created and migrated to {db.migration.to_revision}"
    finally:
        db.dispose()


def _check_resources() -> str:
    """The shipped files are there, and from where they are read (installed package, source
    tree or frozen bundle): the first thing to know when an installation misbehaves."""
    from app.paths import data_root, resources_dir

    where, root = data_root()
    resources = resources_dir()
    wanted = ["instruments", "fonts", "catalogues", "guide", "motivation_parameters.json"]
    missing = [name for name in wanted if not (resources / name).exists()]
    if missing:
        raise RuntimeError(f"{', '.join(missing)} missing in {resources}")
    return f"read from the {where} ({root})"


def _check_instruments() -> str:
    from app.scoring.instruments import load_library, shipped_folders

    library, errors = load_library(shipped_folders()[:1])
    if errors:
        raise RuntimeError("; ".join(str(e) for e in errors))
    if not library:
        raise RuntimeError("no instrument files found")
    return f"{len(library)} instruments valid"


def _check_pdf() -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import FONT, KAZAKH_LETTERS, missing_glyphs, register_fonts

    register_fonts()
    missing = missing_glyphs(KAZAKH_LETTERS + "АБВЁЖЩЪЭЮЯабвёжщъэюя")
    if missing:
        raise RuntimeError(f"PDF font lacks {''.join(sorted(missing))}")
    sizes = []
    for text in ("Мотивационная карта", "Мотивациялық карта — ә ғ қ ң ө ұ ү һ і"):
        buf = BytesIO()
        canvas = Canvas(buf, pagesize=A4)
        canvas.setFont(FONT, 12)
        canvas.drawString(72, 760, text)
        canvas.save()
        sizes.append(len(buf.getvalue()))
    return f"PDF in ru and kk rendered ({sizes[0]} and {sizes[1]} bytes)"


def _check_printing() -> str:
    """pdfium (printing on a printer) loads and renders one of our PDF pages with ink on it."""
    import pypdfium2
    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    canvas = Canvas(buf, pagesize=(200, 100))
    canvas.rect(20, 20, 160, 60, fill=1)
    canvas.save()
    pdf = pypdfium2.PdfDocument(buf.getvalue())
    try:
        bitmap = pdf[0].render(scale=1, prefer_bgrx=True)
        pixels = bytes(bitmap.buffer)
    finally:
        pdf.close()
    if min(pixels) > 128:
        raise RuntimeError("pdfium rendered a blank page")
    return f"pdfium renders PDF pages ({bitmap.width}x{bitmap.height} px)"


def _check_translations() -> str:
    from app.ui.i18n import check_translations

    return check_translations()


def run_self_check(say: Callable[[str], None]) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="motivdesk-check-") as tmp:
        checks = [
            ("database", lambda: _check_database(Path(tmp))),
            ("resources", _check_resources),
            ("instruments", _check_instruments),
            ("pdf", _check_pdf),
            ("printing", _check_printing),
            ("translations", _check_translations),
        ]
        for name, check in checks:
            try:
                say(f"ok    {name}: {check()}")
            except Exception as exc:  # a self-check reports every failure, it does not stop
                failures += 1
                say(f"FAIL  {name}: {exc}")
    say("self-check passed" if not failures else f"self-check failed ({failures})")
    return 0 if not failures else 1
