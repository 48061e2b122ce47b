"""Writing files so that a crash or a full disk never leaves a half-written one behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(data: bytes, path: Path) -> Path:
    """Write to a temporary file in the same folder and rename, so no half-written PDF remains."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".motivdesk-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --- reading text and spreadsheet files that offices hand us --------------------------------


class FileFormatError(ValueError):
    """A file refused for its form, not its content: `code` (encoding, utf16, formula_no_value)
    and `detail` (the encoding named, the cell named)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


# Windows-1251 bytes 0x80-0xFF that a Russian text uses: А-я, Ё ё, І і and the like, and the
# punctuation Excel writes (« » № – — … “ ” non-breaking space). (Kazakh-only letters such as
# Ә or Қ do not exist in 1251: such a file is saved as UTF-8.)
_CP1251_TEXT = set(range(0xC0, 0x100)) | {
    0xA8,
    0xB8,
    0xAB,
    0xBB,
    0xB9,
    0x96,
    0x97,
    0x85,
    0xA0,
    0xB2,
    0xB3,
    0xAA,
    0xBA,
    0xAF,
    0xBF,
    0xA1,
    0xA2,
    0x93,
    0x94,
    0x91,
    0x92,
}


def detect_text_encoding(data: bytes) -> str:
    """The encoding of a CSV file as Excel or a text editor saves it: "utf-8-sig" (with BOM),
    "utf-8", or "cp1251" (Windows-1251, what Excel on a Russian Windows writes as "CSV").
    Raises FileFormatError naming the encoding otherwise (UTF-16, or bytes that are neither)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FileFormatError(
                "encoding", f"UTF-8 with BOM, broken at byte {exc.start + 3}"
            ) from None
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileFormatError("utf16", "UTF-16")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    high = [b for b in data if b >= 0x80]
    if b"\x00" not in data and high and sum(b in _CP1251_TEXT for b in high) >= 0.9 * len(high):
        try:
            data.decode("cp1251")
            return "cp1251"
        except UnicodeDecodeError:
            pass
    raise FileFormatError("encoding", "neither UTF-8 nor Windows-1251")


def xlsx_formulas_without_value(path: Path) -> list[str]:
    """Cells of the first worksheet of an .xlsx that hold a formula but no saved result
    (a file written by a program that does not calculate): their addresses, e.g. ["C5"].
    Reading takes the saved results; such a cell would read as blank."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        sheet = _first_sheet(archive)
        if sheet is None:
            return []
        xml = archive.read(sheet)
    if b"<f" not in xml:  # the usual case: no formulas at all
        return []
    cells = []
    for match in re.finditer(rb"<c\b([^>]*)>(.*?)</c>", xml, re.S):
        body = match.group(2)
        if b"<f" not in body:
            continue
        value = re.search(rb"<v>([^<]*)</v>", body)
        inline = b"<is>" in body
        if (value is None or value.group(1) == b"") and not inline:
            ref = re.search(rb'\br="([A-Z]+[0-9]+)"', match.group(1))
            cells.append(ref.group(1).decode() if ref else "?")
    return cells


def _first_sheet(archive) -> str | None:
    """The zip member of the workbook's first worksheet (what pandas reads by default)."""
    import re

    names = set(archive.namelist())
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return "xl/worksheets/sheet1.xml" if "xl/worksheets/sheet1.xml" in names else None
    first = re.search(rb"<(?:\w+:)?sheet\b[^>]*?\b(?:\w+:)?id=\"([^\"]+)\"", workbook)
    if first is None:
        return None
    rid = first.group(1)
    for rel in re.finditer(rb"<Relationship\b[^>]*>", rels):
        tag = rel.group(0)
        if re.search(rb'\bId="' + re.escape(rid) + rb'"', tag):
            target = re.search(rb'\bTarget="([^"]+)"', tag).group(1).decode()
            target = target.lstrip("/")
            member = target if target.startswith("xl/") else f"xl/{target}"
            return member if member in names else None
    return None
