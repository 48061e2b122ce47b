"""Translated labels for core enum values (the core only knows the ids)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.labels import CAMPAIGN_STATUS, CARD_KIND, CARD_STATUS, TENURE_BAND  # noqa: F401

_CTX = "Texts"


def _lookup(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(_CTX, text) if text else key


def campaign_status_text(status: str) -> str:
    return _lookup(CAMPAIGN_STATUS, status)


def card_kind_text(kind: str) -> str:
    return _lookup(CARD_KIND, kind)


def card_status_text(status: str) -> str:
    return _lookup(CARD_STATUS, status)


def tenure_band_text(band: str) -> str:
    return _lookup(TENURE_BAND, band)
