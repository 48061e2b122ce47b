"""Marked labels of core enum values (ids -> English source text, translated by the caller).

Qt-free so that both the UI and the PDF builders (context "Texts") can use them.
"""

from __future__ import annotations

from app.markers import QT_TRANSLATE_NOOP

CONTEXT = "Texts"

CAMPAIGN_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Texts", "Draft"),
    "open": QT_TRANSLATE_NOOP("Texts", "Open"),
    "closed": QT_TRANSLATE_NOOP("Texts", "Closed"),
}
CARD_KIND = {
    "personal": QT_TRANSLATE_NOOP("Texts", "Personal motivational card"),
    "growth": QT_TRANSLATE_NOOP("Texts", "Professional growth card"),
    "career": QT_TRANSLATE_NOOP("Texts", "Career card"),
    "diagnostic": QT_TRANSLATE_NOOP("Texts", "Diagnostic motivational card"),
    "strategic": QT_TRANSLATE_NOOP("Texts", "Strategic motivational card"),
}
CARD_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Texts", "Draft"),
    "active": QT_TRANSLATE_NOOP("Texts", "Active"),
    "stopped": QT_TRANSLATE_NOOP("Texts", "Stopped"),
    "approved": QT_TRANSLATE_NOOP("Texts", "Approved"),
}


TENURE_BAND = {
    "lt1": QT_TRANSLATE_NOOP("Texts", "under 1 year"),
    "1_3": QT_TRANSLATE_NOOP("Texts", "1–3 years"),
    "3_5": QT_TRANSLATE_NOOP("Texts", "3–5 years"),
    "5_10": QT_TRANSLATE_NOOP("Texts", "5–10 years"),
    "10_15": QT_TRANSLATE_NOOP("Texts", "10–15 years"),
    "15_20": QT_TRANSLATE_NOOP("Texts", "15–20 years"),
    "10_20": QT_TRANSLATE_NOOP("Texts", "10–20 years"),  # Batarshev Q19 (seed App. 3)
    "gt20": QT_TRANSLATE_NOOP("Texts", "over 20 years"),
}

NO_TENURE = QT_TRANSLATE_NOOP("Texts", "tenure not given")
