"""How the analysis page writes a change against the previous campaign (issue 20.2).

The comparison itself comes from the analysis service (`analysis.changes`, each a
`app.scoring.change.Difference`); here only its words: the change carries ↑/↓ only when it is
beyond noise, and the tooltip gives the 95 % interval and the verdict.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.scoring.change import Difference
from app.ui.formatting import fmt_number


def signed(value: float, decimals: int, unit: str = "") -> str:
    """ "+0,12" / "−0,12" / "0,00" in the current locale (a true minus sign)."""
    text = fmt_number(abs(value), decimals) + unit
    if round(value, decimals) == 0:  # prints as zero: no sign
        return text
    return ("+" if value > 0 else "−") + text


def change_text(d: Difference | None, decimals: int, scale: float = 1.0, unit: str = "") -> str:
    """The change as shown in a Δ column: "↑ +0,12" beyond noise, "+0,04" within noise (no
    mark), "" when there is nothing to compare. `scale`: e.g. 100 for shares in points."""
    if d is None:
        return ""
    text = signed(d.delta * scale, decimals, unit)
    return f"{d.arrow} {text}" if d.significant else text


def change_tip(d: Difference | None, decimals: int, scale: float = 1.0, unit: str = "") -> str:
    """The tooltip of a Δ cell: the previous value, the 95 % interval and the verdict."""
    if d is None:
        return ""
    lines = [
        QCoreApplication.translate("ChangeMarks", "Previous campaign: %1").replace(
            "%1", fmt_number(d.before * scale, decimals) + unit
        )
    ]
    if d.significant is None:
        lines.append(
            QCoreApplication.translate(
                "ChangeMarks", "Whether this is a change cannot be assessed: too few answers."
            )
        )
        return "\n".join(lines)
    lines.append(
        QCoreApplication.translate("ChangeMarks", "95 % interval of the change: %1 to %2")
        .replace("%1", signed(d.low * scale, decimals, unit))
        .replace("%2", signed(d.high * scale, decimals, unit))
    )
    lines.append(
        QCoreApplication.translate("ChangeMarks", "Beyond noise: a real change.")
        if d.significant
        else QCoreApplication.translate(
            "ChangeMarks", "Within noise: not a change (the interval includes 0)."
        )
    )
    return "\n".join(lines)


def level_note(d: Difference) -> str:
    """The motivation level's comparison in the level tab's note."""
    if d.significant:
        text = QCoreApplication.translate(
            "ChangeMarks", "(previous campaign: %1; change %2, beyond noise)"
        )
    elif d.significant is None:
        text = QCoreApplication.translate(
            "ChangeMarks", "(previous campaign: %1; change %2, not assessed)"
        )
    else:
        text = QCoreApplication.translate(
            "ChangeMarks", "(previous campaign: %1; change %2, within noise — not a change)"
        )
    change = signed(d.delta, 3)
    if d.significant:
        change = f"{d.arrow} {change}"
    return text.replace("%1", fmt_number(d.before, 3)).replace("%2", change)
