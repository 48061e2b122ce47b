"""Register the PDF fonts once. DejaVu Sans covers Cyrillic including all Kazakh letters."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"

_registered = False


def register_fonts() -> None:
    """Idempotent; call before building any PDF."""
    global _registered
    if _registered:
        return
    folder = resources_dir() / "fonts"
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    # reportlab starts every page and every drawing in Helvetica / Times-Roman, which lack
    # Cyrillic and would appear in the PDF as non-embedded fonts: make ours the defaults.
    rl_config.canvas_basefontname = FONT
    STATE_DEFAULTS["fontName"] = FONT
    _registered = True


def missing_glyphs(text: str, font_name: str = FONT) -> set[str]:
    """Characters of `text` that the registered font cannot draw."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
