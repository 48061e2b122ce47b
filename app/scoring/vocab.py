"""Accepted spellings of the demographic columns of response files (ru, kk, en, ids)."""

from __future__ import annotations

TENURE_BANDS = ("lt1", "1_3", "3_5", "5_10", "10_15", "15_20", "gt20")
"""Tenure bands of PRODUCT.md §2 (до 1 года … свыше 20 лет), stable ids."""

GENDERS = ("female", "male")

DEMOGRAPHIC_FIELDS = ("department", "tenure_band", "is_manager", "gender")
"""Demographic questions a campaign may ask (PRODUCT.md §2), in kiosk order."""

TENURE_VALUES = {
    "lt1": "lt1", "до 1 года": "lt1", "1 жылға дейін": "lt1",
    "1_3": "1_3", "1–3": "1_3", "1-3": "1_3", "от 1 до 3 лет": "1_3",
    "3_5": "3_5", "3–5": "3_5", "3-5": "3_5", "от 3 до 5 лет": "3_5",
    "5_10": "5_10", "5–10": "5_10", "5-10": "5_10", "от 5 до 10 лет": "5_10",
    "10_15": "10_15", "10–15": "10_15", "10-15": "10_15", "от 10 до 15 лет": "10_15",
    "15_20": "15_20", "15–20": "15_20", "15-20": "15_20", "от 15 до 20 лет": "15_20",
    "gt20": "gt20", "свыше 20 лет": "gt20", "20 жылдан астам": "gt20",
}
GENDER_VALUES = {
    "female": "female", "f": "female", "ж": "female", "женский": "female", "әйел": "female",
    "male": "male", "m": "male", "м": "male", "мужской": "male", "ер": "male",
}
MANAGER_VALUES = {
    "1": True, "yes": True, "true": True, "да": True, "иә": True,
    "0": False, "no": False, "false": False, "нет": False, "жоқ": False,
}
