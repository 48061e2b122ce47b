"""Read PDFs back with poppler (installed by scripts/test.sh) to check what was printed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def pdf_text(data: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"[ \t]+", " ", out)


def pdf_fonts(data: bytes, tmp_path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font of the PDF."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    lines = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    result = []
    for line in lines:
        parts = line.split()
        # columns: name type [encoding…] emb sub uni object ID
        result.append((parts[0], parts[-5] == "yes"))
    return result


def page_count(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))
