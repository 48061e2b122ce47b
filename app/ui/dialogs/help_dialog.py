"""The user guide (resources/guide/guide_<lang>.html), opened with F1 at the current page's
section. Shipped with the app: the offices it is for work offline."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from app.paths import resources_dir

# Sections of the guide; a page id of the main window is also a section name.
SECTIONS = (
    "start",
    "overview",
    "campaigns",
    "kiosk",
    "analysis",
    "cards",
    "employees",
    "indicators",
    "settings",
    "data",
    "privacy",
    "keys",
)


def guide_path(lang: str):
    """The guide in the interface language; the English interface reads the Russian one."""
    folder = resources_dir() / "guide"
    path = folder / f"guide_{lang}.html"
    return path if path.is_file() else folder / "guide_ru.html"


class HelpDialog(QDialog):
    def __init__(self, lang: str, section: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(lang))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("User guide"))
        if section in SECTIONS:
            self.browser.scrollToAnchor(section)
