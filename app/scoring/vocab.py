"""Accepted spellings of the demographic columns of response files (ru, kk, en, ids)."""

from __future__ import annotations

from app.scoring.roles import JOB_SATISFACTION

TENURE_BANDS = ("lt1", "1_3", "3_5", "5_10", "10_15", "15_20", "gt20")
"""Tenure bands of PRODUCT.md §2 (до 1 года … свыше 20 лет), stable ids."""

SEED_TENURE_BANDS = ("lt1", "1_3", "3_5", "5_10", "10_20", "gt20")
"""The six bands of Batarshev's question 19 and table 3.4 (seed App. 3: до 1 года; от 1 года до
3 лет; от 3 до 5 лет; от 5 до 10 лет; от 10 до 20 лет; свыше 20 лет). "10_20" is a stored tenure
value too: a paper questionnaire answered «от 10 до 20 лет» cannot be put in 10-15 or 15-20."""

SEED_TENURE_OF = {
    "lt1": "lt1",
    "1_3": "1_3",
    "3_5": "3_5",
    "5_10": "5_10",
    "10_15": "10_20",
    "15_20": "10_20",
    "10_20": "10_20",
    "gt20": "gt20",
}
"""Any stored tenure band -> its band of table 3.4 (`series.map(SEED_TENURE_OF)`; None/NaN =
«не указали стаж»). The campaign report's table 3.4 of job satisfaction groups by this."""

ALL_TENURE_BANDS = tuple(dict.fromkeys(TENURE_BANDS + SEED_TENURE_BANDS))
"""Every stored tenure value, in order: a breakdown by tenure must have a column for each, or
"all" minus the columns would show the left-out group (a paper «от 10 до 20 лет» answer)."""

TENURE_ITEMS = {JOB_SATISFACTION: "q19"}
"""Roles (app/scoring/roles.py) whose printed questionnaire asks tenure as a numbered question: a response file may give
it in this column, as the option number 1-6 or letter а-е of SEED_TENURE_BANDS."""

Q19_VALUES = {
    **{str(k): band for k, band in enumerate(SEED_TENURE_BANDS, start=1)},
    **dict(zip("абвгде", SEED_TENURE_BANDS, strict=True)),
}

GENDERS = ("female", "male")

DEMOGRAPHIC_FIELDS = ("department", "tenure_band", "is_manager", "gender")
"""Demographic questions a campaign may ask (PRODUCT.md §2), in kiosk order."""

TENURE_VALUES = {
    "lt1": "lt1",
    "до 1 года": "lt1",
    "1 жылға дейін": "lt1",
    "1_3": "1_3",
    "1–3": "1_3",
    "1-3": "1_3",
    "от 1 до 3 лет": "1_3",
    "3_5": "3_5",
    "3–5": "3_5",
    "3-5": "3_5",
    "от 3 до 5 лет": "3_5",
    "5_10": "5_10",
    "5–10": "5_10",
    "5-10": "5_10",
    "от 5 до 10 лет": "5_10",
    "10_15": "10_15",
    "10–15": "10_15",
    "10-15": "10_15",
    "от 10 до 15 лет": "10_15",
    "15_20": "15_20",
    "15–20": "15_20",
    "15-20": "15_20",
    "от 15 до 20 лет": "15_20",
    "10_20": "10_20",
    "10–20": "10_20",
    "10-20": "10_20",
    "от 10 до 20 лет": "10_20",
    "gt20": "gt20",
    "свыше 20 лет": "gt20",
    "20 жылдан астам": "gt20",
}
GENDER_VALUES = {
    "female": "female",
    "f": "female",
    "ж": "female",
    "женский": "female",
    "әйел": "female",
    "male": "male",
    "m": "male",
    "м": "male",
    "мужской": "male",
    "ер": "male",
}
MANAGER_VALUES = {
    "1": True,
    "yes": True,
    "true": True,
    "да": True,
    "иә": True,
    "0": False,
    "no": False,
    "false": False,
    "нет": False,
    "жоқ": False,
}
