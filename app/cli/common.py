"""Helpers shared by the command modules."""

from __future__ import annotations

import sys

# Shared with the desktop (app/ui/main.py), so it lives with the services.
from app.services.databases import open_db_or_explain  # noqa: F401  (re-exported)


def fail(message: str, code: int = 1) -> int:
    print(f"motivdesk: {message}", file=sys.stderr)
    return code
