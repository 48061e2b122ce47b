"""Analysis page, section «Answer quality» (issue 20.3, docs/answer_quality.md): how many of
the view's respondents are flagged, whether they are left out, and Cronbach's alpha per
multi-item scale — from `CampaignAnalysis.alphas` and `.flagged`, no computation here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.scoring import office
from app.scoring.analysis import CampaignAnalysis, Filter
from app.scoring.definitions import Instrument
from app.scoring.privacy import Disclosure
from app.services.quality import EXCLUDED_NOTE, INCLUDED_NOTE
from app.ui.formatting import fmt_number
from app.ui.item_models.numbers import num
from app.ui.item_models.rows_table_model import Column
from app.ui.pages import analysis_tabs as tabs


def exclusion_note(flt: Filter) -> str:
    """The sentence every view carries about flagged sessions, in the UI language."""
    return QCoreApplication.translate(
        "AnswerQuality", EXCLUDED_NOTE if flt.exclude_flagged else INCLUDED_NOTE
    )


class QualityTab(tabs.FigureTab):
    def __init__(self, library: dict[str, Instrument], lang: str, parent=None):
        self.library, self.lang = library, lang
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("AnswerQuality", "Questionnaire"),
                    lambda r: r["instrument"],
                ),
                Column(
                    lambda: QCoreApplication.translate("AnswerQuality", "Scale"),
                    lambda r: r["scale"],
                ),
                Column(
                    lambda: QCoreApplication.translate("AnswerQuality", "Items"),
                    **num(lambda r: r["k"], 0),
                ),
                Column(
                    lambda: QCoreApplication.translate("AnswerQuality", "Respondents"),
                    **num(lambda r: tabs.HIDDEN if r["hidden"] else r["n"], 0),
                ),
                Column(
                    lambda: QCoreApplication.translate("AnswerQuality", "Cronbach's α"),
                    **num(
                        lambda r: (
                            tabs.HIDDEN
                            if r["hidden"]
                            else ("–" if r["alpha"] is None else r["alpha"])
                        ),
                        2,
                    ),
                ),
            ],
            parent=parent,
            name_column=1,
        )
        self.setObjectName("analysis_quality")

    def show_quality(self, analysis: CampaignAnalysis, flt: Filter) -> None:
        rows, reasons = [], {}
        for inst_id, scales in analysis.alphas.items():
            inst = self.library[inst_id]
            for scale_id, row in scales.items():
                rows.append(
                    {
                        "instrument": inst.short_title.get(self.lang),
                        "scale": inst.scale(scale_id).name.get(self.lang),
                        **row,
                    }
                )
                if row["hidden"]:
                    reasons[row["hidden"]] = Disclosure(
                        False, 0, row["hidden"], analysis.disclosure.threshold
                    )
        flagged = analysis.flagged
        lines = [exclusion_note(flt)]
        if flagged is not None:
            lines.append(
                QCoreApplication.translate(
                    "AnswerQuality", "Flagged respondents in this selection: %1"
                ).replace("%1", str(flagged.n) if flagged.allowed else tabs.HIDDEN)
            )
            if not flagged.allowed:
                reasons.setdefault(flagged.reason, flagged)
        lines.append(
            QCoreApplication.translate(
                "AnswerQuality",
                "Flagged: the same answer on every item of a rating block of at "
                "least %1 answered items, or a median under %2 s per item at the "
                "kiosk (office settings). Cronbach's α of a scale: 0.7 and above "
                "is usually taken as acceptable, 0.8 and above as good; it is "
                "computed from the respondents who answered every item of the "
                "scale.",
            )
            .replace("%1", str(int(office.current(office.STRAIGHT_LINING_MIN_ITEMS))))
            .replace("%2", fmt_number(office.current(office.FAST_SECONDS_PER_ITEM), 1))
        )
        for reason in reasons.values():
            lines.append(tabs.HIDDEN + " " + tabs.suppression_text(reason))
        if not rows:
            lines.append(
                QCoreApplication.translate(
                    "AnswerQuality",
                    "No questionnaire of this campaign has a scale of several items.",
                )
            )
        self.show_rows(rows, "\n".join(lines))
