"""What the windows need, passed in through constructors (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass

from app.data.accounts import FULL_ACCESS, Principal
from app.data.store import Database
from app.ui.i18n import LanguageManager
from app.ui.settings import Settings


@dataclass
class AppContext:
    database: Database | None
    settings: Settings
    languages: LanguageManager
    principal: Principal = FULL_ACCESS  # who is signed in (PRODUCT.md §8)

    def department_scope(self) -> set[int] | None:
        """The departments the user may see; None = all (HR administrator)."""
        ids = self.principal.department_ids
        return None if ids is None else set(ids)

    @property
    def content_language(self) -> str:
        """Language of content texts (instruments, names): ru or kk; English UI shows ru."""
        return "kk" if self.languages.language == "kk" else "ru"

    def pick(self, ru: str, kk: str) -> str:
        return kk if self.content_language == "kk" and kk else ru
