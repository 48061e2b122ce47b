"""The kiosk's looks: its size from the screen's height, and its two palettes.

Sizes are those at a 1080 px high screen, scaled by the window's height (`kiosk_scale`; the
style is recomputed on resize only, so a click to the next question costs nothing extra).

The high-contrast palette (office setting `kiosk_high_contrast`) is white text on black, a
chosen answer filled yellow with black text, and a thick dashed cyan focus frame: every text
colour on its background is at least 7:1 (WCAG 2 AAA; tests/ui/test_kiosk_contrast.py computes
it for every rule of the style sheet). In both palettes the focus is a dashed frame and never a
fill, so a focused answer never looks chosen.
"""

from __future__ import annotations

BASE_HEIGHT = 1080
BODY_PX = 24  # body text at 1080 px
BUTTON_PX = 64  # answer and navigation buttons at 1080 px (outer height)
SOLO_BUTTON_PX = 80  # the answers of a one-question choice screen
SOLO_MAX_WIDTH_PX = 1400  # ... and the widest that question's block gets

NORMAL = {
    "window": "#f7f9fc",
    "text": "#000000",
    "title": "#1f3550",
    "muted": "#44546a",
    "error": "#a1260d",
    "done": "#1b5e20",
    "item": "#ffffff",
    "item_border": "#d9e1ec",
    "unsaved": "#fdecea",
    "save_text": "#7a1a08",
    "idle": "#fff3c4",
    "idle_border": "#f0a500",
    "chosen": "#2f6db5",
    "chosen_text": "#ffffff",
    "chosen_border": "#1d4f8a",
    "focus": "#1f3550",
    "focus_on_chosen": "#ffffff",
    "exit_glyph": "#9aa8ba",
}

HIGH_CONTRAST = {
    "window": "#000000",
    "text": "#ffffff",
    "title": "#ffffff",
    "muted": "#ffffff",
    "error": "#ff8f80",
    "done": "#8dff8d",
    "item": "#000000",
    "item_border": "#ffffff",
    "unsaved": "#000000",
    "save_text": "#ffffff",
    "idle": "#000000",
    "idle_border": "#ffff00",
    "chosen": "#ffff00",
    "chosen_text": "#000000",
    "chosen_border": "#ffff00",
    "focus": "#00ffff",
    "focus_on_chosen": "#000000",
    "exit_glyph": "#ffffff",
    "button": "#000000",
    "button_border": "#ffffff",
    "disabled": "#c0c0c0",
}


def kiosk_scale(height: int) -> float:
    """The kiosk's scale factor for a window `height` px high, in steps of 0.05 (so that small
    changes of the window do not re-style it), between 0.6 and 2."""
    return min(2.0, max(0.6, round(height / BASE_HEIGHT * 20) / 20))


def palette(high_contrast: bool) -> dict[str, str]:
    return HIGH_CONTRAST if high_contrast else NORMAL


def kiosk_style(scale: float, high_contrast: bool = False) -> str:
    """The kiosk's style sheet at `scale` (1 = a 1920×1080 screen)."""

    def px(value: float) -> int:
        return max(1, round(value * scale))

    c = palette(high_contrast)
    body = px(BODY_PX)
    # QSS min-height is the content height: take off the padding and the frame. Touch targets
    # stay at least 44 px high however small the screen.
    pad = px(8)
    button_min = max(44, px(BUTTON_PX)) - 2 * pad - 2
    solo_min = max(48, px(SOLO_BUTTON_PX)) - 2 * pad - 2
    style = f"""
QWidget#kiosk_window {{ background: {c["window"]}; }}
#kiosk_window QLabel, #kiosk_window QLineEdit {{ font-size: {body}px; }}
#kiosk_window QScrollArea,
#kiosk_window QScrollArea > QWidget > QWidget {{ background: transparent; }}
QWidget#kiosk_idle_overlay {{ background: {c["idle"]}; border: 2px solid {c["idle_border"]};
    border-radius: 8px; }}
QLabel#kiosk_idle_message {{ font-size: {body}px; font-weight: 600; }}
QLabel#kiosk_title {{ font-size: {px(38)}px; font-weight: 600; color: {c["title"]}; }}
QLabel#kiosk_text, QLabel#kiosk_instructions {{ font-size: {px(26)}px; }}
QLabel#kiosk_question {{ font-size: {px(30)}px; font-weight: 600; }}
QLabel#kiosk_item_text {{ font-size: {px(26)}px; font-weight: 500; padding-top: {px(4)}px; }}
QLabel#kiosk_group {{ font-size: {body}px; font-style: italic; color: {c["muted"]}; }}
QLabel#kiosk_counter {{ font-size: {px(20)}px; color: {c["muted"]}; }}
QLabel#kiosk_scale_min, QLabel#kiosk_scale_max {{ font-size: {px(20)}px; color: {c["muted"]}; }}
QLabel#kiosk_message {{ font-size: {body}px; color: {c["error"]}; }}
QLabel[kiosk_remaining="true"] {{ font-size: {px(28)}px; font-weight: 700; color: {c["title"]}; }}
QLabel[kiosk_remaining="true"][state="over"] {{ color: {c["error"]}; }}
QLabel[kiosk_remaining="true"][state="done"] {{ color: {c["done"]}; }}
QFrame#kiosk_item {{ background: {c["item"]}; border: 1px solid {c["item_border"]};
    border-radius: 8px; }}
QFrame#kiosk_item[unsaved="true"] {{ background: {c["unsaved"]}; border: 3px solid {c["error"]}; }}
QWidget#kiosk_save_problem {{ background: {c["unsaved"]}; border: 2px solid {c["error"]};
    border-radius: 8px; }}
QLabel#kiosk_save_message {{ font-size: {body}px; font-weight: 600; color: {c["save_text"]}; }}
QPushButton {{ font-size: {body}px; padding: {pad}px {px(14)}px; min-height: {button_min}px; }}
QPushButton[kiosk_option="true"] {{ text-align: left; padding: {pad}px {px(14)}px; }}
QPushButton[kiosk_solo="true"] {{ min-height: {solo_min}px; }}
QPushButton[kiosk_number="true"] {{ padding: {pad}px 0px; min-width: {max(40, px(56))}px; }}
QLabel#kiosk_option_text {{ font-size: {body}px; }}
QLabel#kiosk_option_text[solo="true"] {{ font-size: {px(28)}px; }}
QLabel#kiosk_option_text[chosen="true"] {{ color: {c["chosen_text"]}; }}
QPushButton:checked {{ background: {c["chosen"]}; color: {c["chosen_text"]};
    border: 2px solid {c["chosen_border"]}; }}
QPushButton:focus {{ border: {px(4) if high_contrast else 3}px dashed {c["focus"]}; }}
QPushButton:checked:focus {{ border: {px(4) if high_contrast else 3}px dashed {c["focus_on_chosen"]}; }}
QPushButton#kiosk_exit {{ min-height: 0; min-width: 0; padding: 0; border: none;
    background: transparent; }}
QProgressBar {{ height: {px(18)}px; }}
"""
    if high_contrast:
        # Everything Qt would otherwise draw in the desktop's light palette. First, and with
        # plain selectors: the rules above (titles, messages, chosen answers, focus) win.
        style = (
            f"""
QLabel, QCheckBox, QRadioButton {{ color: {c["text"]}; }}
QLineEdit {{ color: {c["text"]}; background: {c["window"]}; border: 2px solid {c["button_border"]}; }}
QLineEdit:focus {{ border: {px(4)}px dashed {c["focus"]}; }}
QPushButton {{ background: {c["button"]}; color: {c["text"]}; border: 2px solid {c["button_border"]};
    border-radius: 6px; }}
QPushButton:disabled {{ color: {c["disabled"]}; border-color: {c["disabled"]}; }}
QProgressBar {{ background: {c["window"]}; border: 2px solid {c["button_border"]}; }}
QProgressBar::chunk {{ background: {c["text"]}; }}
"""
            + style
        )
    return style
