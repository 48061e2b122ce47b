"""The diagnostic card's field «Key drivers» (issue 20.1), kept as card data (card_text).

From the analysis service's drivers of the campaign (app/scoring/drivers.py): the parameters
and factors to act on first (a strong relation with job satisfaction and a low level) and those
to maintain (a strong relation and a good level), each with its level and ρ, after one line
saying what that means; or why no driver is shown (fewer respondents than the minimum, or a
questionnaire missing). Worded in each print's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.data import card_text as ct
from app.markers import QT_TRANSLATE_NOOP
from app.scoring.definitions import Instrument
from app.scoring.drivers import BASIS_SATISFACTION, LOW_LEVEL, STRONG_RHO, Driver, Drivers
from app.scoring.roles import SATISFACTION, role_id


def _name(d: Driver, factors_of: str | None) -> dict:
    return ct.factor(d.id) if d.kind == "parameter" else ct.item(factors_of, d.id)


def drivers_field(
    drivers: Drivers | None, library: Mapping[str, Instrument] | None = None
) -> dict | None:
    """The field's value, or None when the campaign has no drivers at all. A factor is named
    from the satisfaction questionnaire of `library` (default: the app's)."""
    if drivers is None:
        return None
    if library is None:
        from app.scoring.instruments import default_library

        library = default_library()
    factors_of = role_id(library, SATISFACTION)
    if not drivers.shown:
        if drivers.reason == "no_outcome":
            return ct.auto(
                [
                    ct.msg(
                        QT_TRANSLATE_NOOP(
                            "Cards",
                            "not shown: key drivers need the satisfaction questionnaire and the "
                            "job satisfaction questionnaire or the reasons for leaving",
                        )
                    )
                ]
            )
        return ct.auto(
            [
                ct.msg(
                    QT_TRANSLATE_NOOP(
                        "Cards",
                        "not shown: fewer than %1 respondents answered both questionnaires, too "
                        "few for a reliable rank correlation",
                    ),
                    str(drivers.min_respondents),
                )
            ]
        )
    basis = (
        QT_TRANSLATE_NOOP("Cards", "job satisfaction")
        if drivers.basis == BASIS_SATISFACTION
        else QT_TRANSLATE_NOOP("Cards", "staying (the reasons for leaving, reversed)")
    )
    lines = [
        [
            ct.msg(
                QT_TRANSLATE_NOOP(
                    "Cards",
                    "How strongly each parameter or factor goes with %1 (Spearman's ρ; strong: "
                    "at least %2 and beyond chance) and its level (mean 0–5; low: below %3). "
                    "A relation is not a cause.",
                ),
                ct.msg(basis),
                ct.num(STRONG_RHO, 2),
                ct.num(LOW_LEVEL, 0),
            )
        ]
    ]
    for key, title in (
        ("act_first", QT_TRANSLATE_NOOP("Cards", "Act first:")),
        ("maintain", QT_TRANSLATE_NOOP("Cards", "Maintain:")),
    ):
        chosen = [d for d in drivers.visible() if d.priority == key]
        line: list = ["• ", ct.msg(title), " "]
        if not chosen:
            line.append(ct.msg(QT_TRANSLATE_NOOP("Cards", "no such parameter or factor")))
        for k, d in enumerate(chosen):
            if k:
                line.append("; ")
            line += [
                _name(d, factors_of),
                " (",
                ct.msg(
                    QT_TRANSLATE_NOOP("Cards", "level %1, ρ %2"),
                    ct.num(d.level, 2),
                    ct.num(d.strength, 2),
                ),
                ")",
            ]
        lines.append(line)
    return ct.auto(*lines)
