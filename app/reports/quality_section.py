"""The campaign report's section «Answer quality» (issue 20.3), PDF and Word alike: how many
respondents of the view carry an answer-quality flag (a cell under the disclosure rule),
whether flagged sessions are left out, and Cronbach's α of each multi-item scale — the same
figures as the analysis page's section, from the one analysis result."""

from __future__ import annotations

from app.markers import QT_TRANSLATE_NOOP
from app.reports.pdf import fmt_number
from app.scoring.privacy import reason_text

HIDDEN = "×"
MEANING = QT_TRANSLATE_NOOP(
    "Reports",
    "Flagged: the same answer on every item of a rating block, or implausibly fast answers at "
    "the kiosk (office settings). Cronbach's α shows whether the items of a scale measure the "
    "same thing: 0,7 and above is usually taken as acceptable, 0,8 and above as good; it is "
    "computed from the respondents who answered every item of the scale.",
)


def quality_section(builder) -> None:
    """Append the section; nothing when the view has neither flags nor multi-item scales."""
    analysis, doc, tr, lang = builder.r.analysis, builder.doc, builder.tr, builder.lang
    flagged = analysis.flagged
    if not analysis.alphas and flagged is None:
        return
    doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Answer quality")))
    excluded = analysis.filter.exclude_flagged
    doc.para(
        tr(
            QT_TRANSLATE_NOOP(
                "Reports", "Sessions flagged for answer quality are left out of this report."
            )
            if excluded
            else QT_TRANSLATE_NOOP(
                "Reports", "All finished sessions are included, flagged ones too."
            )
        )
    )
    reasons = {}
    if flagged is not None:
        count = str(flagged.n) if flagged.allowed else HIDDEN
        doc.para(
            tr(QT_TRANSLATE_NOOP("Reports", "Flagged respondents in this group: %1")).replace(
                "%1", count
            )
        )
        if not flagged.allowed:
            reasons[flagged.reason] = flagged.threshold
    rows = []
    for inst_id, scales in analysis.alphas.items():
        inst = builder.r.library[inst_id]
        for scale_id, row in scales.items():
            if row["hidden"]:
                reasons[row["hidden"]] = analysis.disclosure.threshold
            alpha = row["alpha"]
            rows.append(
                [
                    inst.short_title.get(lang),
                    inst.scale(scale_id).name.get(lang),
                    str(row["k"]),
                    HIDDEN if row["hidden"] else str(row["n"]),
                    HIDDEN
                    if row["hidden"]
                    else ("–" if alpha is None else fmt_number(alpha, 2, lang)),
                ]
            )
    if rows:
        header = [
            tr(QT_TRANSLATE_NOOP("Reports", "Questionnaire")),
            tr(QT_TRANSLATE_NOOP("Reports", "Scale")),
            tr(QT_TRANSLATE_NOOP("Reports", "Items")),
            tr(QT_TRANSLATE_NOOP("Reports", "Respondents")),
            tr(QT_TRANSLATE_NOOP("Reports", "Cronbach's α")),
        ]
        builder.table(header, rows, widths=[0.3, 0.34, 0.1, 0.13, 0.13], numeric_from=2)
    for reason, threshold in reasons.items():
        doc.note(HIDDEN + " " + reason_text(reason, threshold, builder.translate))
    doc.note(tr(MEANING))
