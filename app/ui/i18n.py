"""Translators: install/switch the UI language at runtime, and make report translators.

Our strings come from `translations/app_<lang>.qm`; Qt's own dialog buttons from Qt's
`qtbase_ru.qm` (shipped with Qt) or our `qtbase_kk.qm` (Qt ships no Kazakh one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
PSEUDO_ENV = "MOTIVDESK_PSEUDO"  # =1: every string 40 % longer, to find clipped labels


class PseudoTranslator(QTranslator):
    """Layout check (after Vorta's TRANS_SCALE): lengthens every translated string by about 40 %
    (more than Kazakh needs) while keeping placeholders, so clipped labels show up before real
    translations exist. Installed last, it wraps whatever the real translators returned."""

    def __init__(self, inner: list[QTranslator], parent=None):
        super().__init__(parent)
        self.inner = inner

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        text = None
        for translator in self.inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                break
        text = text or source
        if not text:
            return text
        return f"[{text}{'~' * max(2, len(text) * 2 // 5)}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def pseudo_enabled() -> bool:
    import os

    return os.environ.get(PSEUDO_ENV) == "1"


LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
}


def _load(translator: QTranslator, name: str, lang: str) -> bool:
    if translator.load(f"{name}_{lang}", str(translations_dir())):
        return True
    if name == "qtbase":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{lang}", qt_dir):
            return True
    return False


class LanguageManager:
    """Owns the installed translators; `set_language` triggers QEvent.LanguageChange."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if lang != "en":
            for name in ("app", "qtbase"):
                translator = QTranslator(self._app)
                if _load(translator, name, lang):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
                else:
                    log.warning("no %s translation for %s; falling back to English", name, lang)
        if pseudo_enabled():
            pseudo = PseudoTranslator(list(self._installed), self._app)
            self._app.installTranslator(pseudo)
            self._installed.append(pseudo)
        QLocale.setDefault(LOCALES[lang])
        self.language = lang
        if not self._installed:
            # installTranslator sends LanguageChange itself; English needs an explicit one.
            from PySide6.QtCore import QEvent

            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))


def report_translator(lang: str) -> Callable[[str, str], str]:
    """A `translate(context, text)` for printing a document in `lang`, whatever the UI language."""
    if lang == "en":
        return lambda _ctx, text: text
    translator = QTranslator()
    if not _load(translator, "app", lang):
        log.warning("no app translation for %s; reports fall back to English", lang)

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def check_translations() -> str:
    """Self-check: both compiled translations load (needs the built .qm files)."""
    missing = []
    for lang in ("ru", "kk"):
        for name in ("app", "qtbase"):
            if not _load(QTranslator(), name, lang):
                missing.append(f"{name}_{lang}.qm")
    if missing:
        raise RuntimeError(
            f"missing {', '.join(missing)} in {translations_dir()} "
            "(run scripts/build_translations.py)"
        )
    return "ru and kk translations load"
