"""Answer quality in every output (issue 20.3, docs/answer_quality.md): the plain-data form of
the view's quality figures, the sentence every output prints when flagged sessions are left
out, and the audit entry of that choice. Qt-free; the figures come from the one analysis
result (app/services/analysis.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.data import audit
from app.markers import QT_TRANSLATE_NOOP
from app.scoring.analysis import CampaignAnalysis, Filter

EXCLUDED_NOTE = QT_TRANSLATE_NOOP(
    "AnswerQuality",
    "Sessions flagged for answer quality (the same answer throughout a rating "
    "block, or implausibly fast answers) are left out of this view.",
)
INCLUDED_NOTE = QT_TRANSLATE_NOOP(
    "AnswerQuality", "All finished sessions are included, flagged ones too."
)


def note(flt: Filter, translate=None) -> str:
    """What an output says about the flagged sessions, in the reader's language."""
    source = EXCLUDED_NOTE if flt.exclude_flagged else INCLUDED_NOTE
    return (translate("AnswerQuality", source) if translate is not None else "") or source


def quality_dict(
    analysis: CampaignAnalysis | None, flt: Filter, shown: bool, translate=None
) -> dict:
    """`answer_quality` of `motivdesk analyse --json`: whether flagged sessions are left out
    (always), and, on a shown view, how many of its respondents are flagged (a cell under the
    disclosure rule: null with the reason when hidden) and Cronbach's alpha per multi-item
    scale of each shown questionnaire."""
    out: dict = {
        "exclude_flagged": flt.exclude_flagged,
        "note": note(flt, translate),
        "flagged": None,
        "flagged_hidden": None,
        "alpha": {},
    }
    if not shown or analysis is None:
        return out
    flagged = analysis.flagged
    if flagged is not None:
        out["flagged"] = flagged.n if flagged.allowed else None
        out["flagged_hidden"] = None if flagged.allowed else flagged.reason
    out["alpha"] = {
        inst_id: {
            scale: {
                "k": row["k"],
                "n": row["n"],
                "alpha": None if row["alpha"] is None else round(row["alpha"], 3),
                "hidden": row["hidden"] or None,
            }
            for scale, row in rows.items()
        }
        for inst_id, rows in analysis.alphas.items()
    }
    return out


def record_exclusion(
    session: Session, campaign_id: int, exclude: bool, where: str, user_id: int | None = None
) -> None:
    """Audit HR's choice to leave flagged sessions out of a view (or to take them back in);
    the caller commits."""
    audit.record(
        session,
        "quality_exclude" if exclude else "quality_include",
        "campaign",
        campaign_id,
        detail=where,
        user_id=user_id,
    )
