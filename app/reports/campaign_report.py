"""The campaign report: a board paper (issue 16.3), then the methodology's tables complete.

Page 1 is an executive summary: the motivation level and its change since the previous
campaign, participation against headcount and the 35 % rule, the strongest motivators, the
reserves and key demotivators, the main reasons to leave, job satisfaction, the Gerchikov types,
the climate, the national target, and conclusions worded after the seed (App. 2-4). Then the
seed's tables (2.1-2.7, 3.4-3.6, fig. 4.2) with a column of change against the previous
campaign, numbered figures, and a department x factor heatmap.

Every figure comes from the `CampaignAnalysis` of the analysis service (app/services/analysis.py),
so the printed figures cannot differ from the displayed ones; a hidden cell prints "×" and the
reason, never a number. Only PdfDocument's building blocks and Drawings are used, so the same
builder can write a Word file (app/reports/docx_document.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.data.queries import PARTICIPATION_TARGET
from app.labels import NO_TENURE, TENURE_BAND
from app.markers import QT_TRANSLATE_NOOP
from app.reports import tables
from app.reports.charts import bar_chart, heatmap, pole_profile_chart, radar_chart
from app.reports.drivers_section import drivers_section
from app.reports.measures_section import MeasureEffect, measures_section
from app.reports.pdf import PdfDocument, Translate, fmt_number, identity, p
from app.reports.quality_section import quality_section
from app.scoring.analysis import CampaignAnalysis, InstrumentFigures
from app.scoring.change import Difference, no_changes
from app.scoring.definitions import Instrument
from app.scoring.level import LEVEL_LABELS, Parameter, printed
from app.scoring.national_targets import MATERIAL_FACTORS, material_satisfaction
from app.scoring.national_targets import NAME as TARGET_NAME
from app.scoring.privacy import Disclosure, reason_text
from app.scoring.roles import (
    CLIMATE,
    JOB_SATISFACTION,
    LEAVING,
    MOTIVATION_TYPES,
    SATISFACTION,
    SIGNIFICANCE,
    role_id,
)

HIDDEN = "×"
NONE = "–"


@dataclass(frozen=True)
class ParticipationLine:
    department: str
    headcount: int
    finished: int
    threshold: int = 5
    reason: str = ""  # why the count is hidden (app/scoring/privacy.py), "" = shown

    @property
    def hidden(self) -> bool:  # PRODUCT.md §8: no count for a group under the threshold
        return bool(self.reason) or 0 < self.finished < self.threshold


@dataclass(frozen=True)
class DepartmentView:
    """One department's view under the report's filter (the service's rule applied)."""

    name: str
    analysis: CampaignAnalysis


@dataclass(frozen=True)
class CampaignReport:
    organisation: str
    campaign: str
    period_start: date
    period_end: date
    participation: list[ParticipationLine]
    analysis: CampaignAnalysis
    library: dict[str, Instrument]
    parameters: list[Parameter]
    covers: str = ""  # the department of the view ("" = every department)
    previous: str = ""  # the previous comparable campaign's name ("" = none)
    threshold: int = 5
    departments: list[DepartmentView] = field(default_factory=list)  # for the heatmap
    measures: list[MeasureEffect] = field(default_factory=list)  # did the measures work


def _pct(value: float | None, lang: str, decimals: int = 1) -> str:
    return (
        NONE if value is None or value != value else fmt_number(value * 100, decimals, lang) + " %"
    )


def change(
    current: float | None,
    before: float | str | None,
    decimals: int,
    lang: str,
    unit: str = "",
    significant: bool | None = None,
) -> str:
    """The change against the previous campaign: "↑ +0,05" / "↓ −0,05" only when it is beyond
    noise (`significant`, from the analysis service's comparison: app/scoring/change.py),
    otherwise "+0,05" / "−0,05" / "0,00" with no arrow; "×" when the previous figure is hidden,
    "–" when there is none."""
    if isinstance(before, str):
        return before
    if current is None or before is None or current != current or before != before:
        return NONE
    # half-up, as every table's change column rounds (Python's round() goes half to even)
    delta = float(printed(current - before, decimals))
    text = fmt_number(abs(delta), decimals, lang) + unit
    if delta == 0:
        return text
    if significant:
        return ("↑ +" if delta > 0 else "↓ −") + text
    return ("+" if delta > 0 else "−") + text


class _Builder:
    def __init__(self, report: CampaignReport, lang: str, translate: Translate, doc=None):
        self.r, self.lang = report, lang
        self.doc = doc or PdfDocument(
            title=report.campaign, organisation=report.organisation, translate=translate, lang=lang
        )
        self.tr = self.doc.tr
        self.translate = translate
        self.figure_no = 0
        self.pending = ""  # the respondents note of a questionnaire, printed under its table
        self.num_style = ParagraphStyle(
            "num", parent=self.doc.styles["cell"], fontSize=7.2, leading=8.6, alignment=TA_RIGHT
        )
        self.name_style = ParagraphStyle(
            "name", parent=self.doc.styles["cell"], fontSize=7.5, leading=9
        )
        a = report.analysis
        self.before = a.previous if report.previous else None
        # every comparison, with its interval and mark (the analysis service's, never redone)
        self.changes = (
            a.changes if self.before is not None and a.changes is not None else no_changes()
        )
        # role -> the id of the instrument playing it (app/scoring/roles.py), None when none
        # does; in the order of the report's sections
        self.ids = {
            role: role_id(report.library, role)
            for role in (
                SIGNIFICANCE,
                SATISFACTION,
                LEAVING,
                CLIMATE,
                JOB_SATISFACTION,
                MOTIVATION_TYPES,
            )
        }

    # --- small helpers ---------------------------------------------------------------------
    def n(self, value) -> object:
        """A compact right-aligned number cell (the seed's wide tables)."""
        return p("" if value is None else value, self.num_style)

    def name(self, text: str) -> object:
        return p(text, self.name_style)

    def num(self, value: float | None, decimals: int = 2) -> str:
        return fmt_number(value, decimals, self.lang)

    def pct(self, value: float | None, decimals: int = 1) -> str:
        return _pct(value, self.lang, decimals)

    def words(self, context: str, source: str) -> str:
        return self.translate(context, source) or source

    def suppressed(self, disclosure: Disclosure) -> None:
        self.doc.note(reason_text(disclosure.reason, disclosure.threshold, self.translate))

    def hidden_note(self) -> None:
        self.doc.note(
            self.tr(
                QT_TRANSLATE_NOOP(
                    "Reports", "×: hidden to protect anonymity (too few respondents in the group)."
                )
            )
        )

    def change_note(self) -> None:
        if self.before is not None:
            self.doc.note(
                self.tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Δ: change against the previous campaign «%1». ↑ higher, ↓ lower: "
                        "a change beyond noise (its 95 % interval leaves out 0); a number without an "
                        "arrow: no change beyond noise; × hidden there, – not asked there.",
                    )
                ).replace("%1", self.r.previous)
            )

    @staticmethod
    def marked(difference: Difference | None) -> bool | None:
        return None if difference is None else difference.significant

    def summary_change(
        self, current, before, decimals: int, difference: Difference | None
    ) -> object:
        """Page 1's change cell: the change, and the words when it is not beyond noise."""
        text = change(current, before, decimals, self.lang, significant=self.marked(difference))
        if difference is not None and not difference.significant and text not in (NONE, HIDDEN):
            words = (
                QT_TRANSLATE_NOOP("Reports", "not assessed")
                if difference.significant is None
                else QT_TRANSLATE_NOOP("Reports", "no change beyond noise")
            )
            text += "\n" + self.tr(words)
        return p(text, self.doc.styles["small"])

    def table(self, *args, **kwargs) -> None:
        """doc.table, then the questionnaire's respondents note if it is still to come."""
        self.doc.table(*args, **kwargs)
        if self.pending:
            self.doc.note(self.pending)
            self.pending = ""

    def figure(self, drawing, title: str, note: str = "") -> None:
        """A numbered figure: the drawing(s), then "Figure N – title" and a note."""
        self.figure_no += 1
        self.doc.space(2)
        for part in drawing if isinstance(drawing, list) else [drawing]:
            self.doc.story.append(part)
        caption = (
            self.tr(QT_TRANSLATE_NOOP("Reports", "Figure %1 – %2"))
            .replace("%1", str(self.figure_no))
            .replace("%2", title)
        )
        self.doc.para(caption, "small")
        if note:
            self.doc.note(note)
        self.doc.space(2)

    def bars(self, labels: list[str], values: list, **options) -> list:
        """A bar chart of every row, in parts of at most 20 rows (a part fits a page)."""
        size = 20
        parts = max(1, -(-len(labels) // size))
        step = -(-len(labels) // parts)
        return [
            bar_chart(
                labels[k : k + step], [values[k : k + step]], self.width, wrap=True, **options
            )
            for k in range(0, len(labels), step)
        ]

    @property
    def width(self) -> float:
        return self.doc.frame_width - 14  # the frame's padding

    def previous_figures(self, inst_id: str) -> InstrumentFigures | str | None:
        """The previous campaign's figures of one questionnaire: "×" when hidden there,
        None when there is no previous campaign or it did not ask this questionnaire."""
        before = self.before
        if before is None:
            return None
        if not before.disclosure.allowed:
            return HIDDEN
        figures = before.instruments.get(inst_id)
        if figures is None:
            return None
        return figures if figures.disclosure.allowed else HIDDEN

    def previous_profile(self, inst_id: str, scale: str) -> float | str | None:
        figures = self.previous_figures(inst_id)
        if figures is None or isinstance(figures, str):
            return figures
        return figures.profile.get(scale)

    def level_words(self, label_id: str) -> str:
        source = next(t for i, _lower, t in LEVEL_LABELS if i == label_id)
        return self.words("Levels", source)

    def param_names(self) -> dict[str, str]:
        return {p.id: (p.name_kk if self.lang == "kk" else p.name_ru) for p in self.r.parameters}

    # --- the document ----------------------------------------------------------------------
    def build(self) -> bytes:
        r, doc, tr = self.r, self.doc, self.tr
        period = f"{r.period_start:%d.%m.%Y} – {r.period_end:%d.%m.%Y}"
        doc.heading(
            tr(QT_TRANSLATE_NOOP("Reports", "Motivation survey report")), f"{r.campaign}\n{period}"
        )
        if r.analysis.disclosure.reason == "out_of_scope":  # a head outside the campaign
            doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Results")))
            self.suppressed(r.analysis.disclosure)
            return doc.render()
        doc.para(tr(QT_TRANSLATE_NOOP("Reports", "Group covered")) + ": " + self.group())
        if self.before is not None:
            doc.para(
                tr(QT_TRANSLATE_NOOP("Reports", "Compared with the previous campaign"))
                + ": "
                + r.previous
            )
        if not r.analysis.disclosure.allowed:
            self.participation()
            doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Results")))
            self.suppressed(r.analysis.disclosure)
            return doc.render()
        self.summary()
        doc.page_break()
        self.participation()
        self.level()
        a = r.analysis
        order = [i for i in self.ids.values() if i is not None]
        for inst_id in order + [k for k in a.instruments if k not in order]:
            figures = a.instruments.get(inst_id)
            if figures is not None:
                self.instrument(r.library[inst_id], figures)
        self.departments()
        drivers_section(self)
        measures_section(self)
        quality_section(self)
        return doc.render()

    def group(self) -> str:
        """The view's conditions in words: which respondents this report is about."""
        tr, flt = self.tr, self.r.analysis.filter
        parts = [self.r.covers] if self.r.covers else []
        if flt.tenure_band is not None:
            src = TENURE_BAND.get(flt.tenure_band, NO_TENURE)
            parts.append(
                tr(QT_TRANSLATE_NOOP("Reports", "length of service"))
                + " "
                + (self.translate("Texts", src) or src)
            )
        if flt.gender is not None:
            parts.append(
                tr(QT_TRANSLATE_NOOP("Reports", "women"))
                if flt.gender == "female"
                else tr(QT_TRANSLATE_NOOP("Reports", "men"))
            )
        if flt.is_manager is not None:
            parts.append(
                tr(QT_TRANSLATE_NOOP("Reports", "managers"))
                if flt.is_manager
                else tr(QT_TRANSLATE_NOOP("Reports", "staff (non-managers)"))
            )
        if flt.exclude_flagged:  # answer quality (docs/answer_quality.md): always said
            parts.append(
                tr(QT_TRANSLATE_NOOP("Reports", "sessions flagged for answer quality left out"))
            )
        return ", ".join(parts) or tr(QT_TRANSLATE_NOOP("Reports", "all respondents"))

    # --- page 1: the executive summary -------------------------------------------------------
    def participation_figures(self) -> tuple[int, int, bool]:
        """(headcount, respondents, any hidden) of the group the report covers."""
        lines = self.r.participation
        if self.r.covers:
            own = [x for x in lines if x.department == self.r.covers]
            if own:
                lines = own
        return (
            sum(x.headcount for x in lines),
            sum(x.finished for x in lines),
            any(x.hidden for x in lines),
        )

    def summary(self) -> None:
        doc, tr, lang, a = self.doc, self.tr, self.lang, self.r.analysis
        doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Executive summary")))
        rows, conclusions = [], []
        level = a.level
        if level is not None:
            before = None
            if self.before is not None:
                before = (
                    HIDDEN
                    if not self.before.disclosure.allowed or self.before.level is None
                    else self.before.level.shown
                )
            rows.append(
                [
                    tr(QT_TRANSLATE_NOOP("Reports", "Integral motivation level")),
                    self.num(level.shown, 3),
                    self.summary_change(level.shown, before, 3, self.changes.level),
                    self.level_words(level.label),
                ]
            )
            if level.label in ("excellent", "very_good", "good"):
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "The results show a good level of self-motivation and motivation "
                            "of the staff; the motivation system does not need significant "
                            "corrections.",
                        )
                    )
                )
            else:
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "The motivation level is «%1» (%2): the motivation system needs "
                            "corrections, first of all in the reserves named above.",
                        )
                    )
                    .replace("%1", self.level_words(level.label))
                    .replace("%2", self.num(level.shown, 3))
                )
            moved = self.changes.level
            if moved is not None and moved.significant is not None:
                conclusions.append(
                    (
                        tr(
                            QT_TRANSLATE_NOOP(
                                "Reports",
                                "Since the previous campaign «%1» the motivation level has "
                                "changed from %2 to %3: a change beyond noise.",
                            )
                        )
                        if moved.significant
                        else tr(
                            QT_TRANSLATE_NOOP(
                                "Reports",
                                "Against the previous campaign «%1» (%2, now %3) the "
                                "motivation level shows no change beyond noise.",
                            )
                        )
                    )
                    .replace("%1", self.r.previous)
                    .replace("%2", self.num(moved.before, 3))
                    .replace("%3", self.num(level.shown, 3))
                )
        head, answered, _hidden = self.participation_figures()
        share = answered / head if head else None
        ok = share is not None and share >= 0.35
        rows.append(
            [
                tr(QT_TRANSLATE_NOOP("Reports", "Participation")),
                tr(QT_TRANSLATE_NOOP("Reports", "%1 of %2"))
                .replace("%1", str(answered))
                .replace("%2", str(head))
                + " ("
                + self.pct(share)
                + ")",
                NONE
                if self.before is None or self.before.n is None
                else tr(QT_TRANSLATE_NOOP("Reports", "before: %1")).replace(
                    "%1", str(self.before.n)
                ),
                tr(QT_TRANSLATE_NOOP("Reports", "at least 35 % taken part"))
                if ok
                else tr(QT_TRANSLATE_NOOP("Reports", "below the 35 % the methodology asks")),
            ]
        )
        if not ok:
            conclusions.append(
                tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Fewer than 35 % of the staff took part: the methodology asks for at "
                        "least 35 % to define the organisation's motivation strategy.",
                    )
                )
            )
        js = a.instruments.get(self.ids[JOB_SATISFACTION])
        if js is not None and js.disclosure.allowed and js.profile.get("total") is not None:
            total = js.profile["total"]
            label = self.words(tables.CONTEXT, tables.satisfaction_label_source(total))
            shares = (
                ""
                if js.shares is None
                else " ("
                + tr(QT_TRANSLATE_NOOP("Reports", "high %1, medium %2, low %3"))
                .replace("%1", self.pct(js.shares.get("high"), 0))
                .replace("%2", self.pct(js.shares.get("medium"), 0))
                .replace("%3", self.pct(js.shares.get("low"), 0))
                + ")"
            )
            rows.append(
                [
                    tr(QT_TRANSLATE_NOOP("Reports", "Job satisfaction (% of maximum)")),
                    fmt_number(total, 1, lang) + " %" + shares,
                    self.summary_change(
                        total,
                        self.previous_profile(self.ids[JOB_SATISFACTION], "total"),
                        1,
                        self.changes.profile(self.ids[JOB_SATISFACTION], "total"),
                    ),
                    label,
                ]
            )
            if total < 40:
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "Low satisfaction with one's own work lowers the staff's "
                            "effectiveness and leads to turnover and weaker discipline.",
                        )
                    )
                )
            elif total >= 80:
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "Job satisfaction should be optimal rather than maximal: a fully "
                            "satisfied employee loses the wish to improve.",
                        )
                    )
                )
        climate = a.instruments.get(self.ids[CLIMATE])
        if (
            climate is not None
            and climate.disclosure.allowed
            and climate.profile.get("total") is not None
        ):
            total = climate.profile["total"]
            better = total < 45
            rows.append(
                [
                    tr(QT_TRANSLATE_NOOP("Reports", "Climate in the team (10 best – 80 worst)")),
                    fmt_number(total, 1, lang),
                    self.summary_change(
                        total,
                        self.previous_profile(self.ids[CLIMATE], "total"),
                        1,
                        self.changes.profile(self.ids[CLIMATE], "total"),
                    ),
                    tr(QT_TRANSLATE_NOOP("Reports", "nearer the favourable poles"))
                    if better
                    else tr(QT_TRANSLATE_NOOP("Reports", "nearer the unfavourable poles")),
                ]
            )
            if better:
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "The answers speak of a favourable psychological atmosphere in "
                            "the team (below the middle of the 10–80 scale).",
                        )
                    )
                )
            else:
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "The climate in the team is rated nearer the unfavourable poles "
                            "(above the middle of the 10–80 scale): it needs attention.",
                        )
                    )
                )
        target = self.target()
        if target is not None:
            current, before_share = target
            year_target = current.target_pct
            rows.append(
                [
                    self.words("NationalTargets", TARGET_NAME),
                    fmt_number(current.share_pct, 1, lang) + " %",
                    self.summary_change(current.share_pct, before_share, 1, self.target_change()),
                    NONE
                    if year_target is None
                    else tr(QT_TRANSLATE_NOOP("Reports", "target %1: %2 %"))
                    .replace("%1", str(current.year))
                    .replace("%2", fmt_number(year_target, 0, lang)),
                ]
            )
            if year_target is not None:
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "Satisfied with pay (scores 4–5): %1 % against the national "
                            "target of %2 % for %3 (%4 points).",
                        )
                    )
                    .replace("%1", fmt_number(current.share_pct, 1, lang))
                    .replace("%2", fmt_number(year_target, 0, lang))
                    .replace("%3", str(current.year))
                    .replace(
                        "%4",
                        ("+" if current.gap_pp >= 0 else "−")
                        + fmt_number(abs(current.gap_pp), 1, lang),
                    )
                )
        types = a.instruments.get(self.ids[MOTIVATION_TYPES])
        if types is not None and types.types is not None:
            inst = self.r.library[self.ids[MOTIVATION_TYPES]]
            t = types.types
            parts = [
                f"{s.name.get(lang)} {t['counts'][s.id]} ({self.pct(t['shares'][s.id], 0)})"
                for s in sorted(inst.scales, key=lambda s: -t["counts"].get(s.id, -1))
                if s.id in t["counts"]
            ]
            if t["mixed"] is not None:
                parts.append(tr(QT_TRANSLATE_NOOP("Reports", "Mixed type")) + f" {t['mixed']}")
            hidden = [s.name.get(lang) for s in inst.scales if s.id not in t["counts"]]
            if hidden:
                parts.append(", ".join(hidden) + ": " + HIDDEN)
            rows.append(
                [
                    tr(QT_TRANSLATE_NOOP("Reports", "Gerchikov types (people)")),
                    p("; ".join(parts), doc.styles["small"]),
                    "",
                    "",
                ]
            )
            if t["counts"]:
                lead = max(t["counts"], key=lambda k: t["counts"][k])
                conclusions.append(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "The prevailing type of motivation is «%1» (%2, or %3 people).",
                        )
                    )
                    .replace("%1", next(s.name.get(lang) for s in inst.scales if s.id == lead))
                    .replace("%2", self.pct(t["shares"][lead]))
                    .replace("%3", str(t["counts"][lead]))
                )
        doc.table(
            [
                tr(QT_TRANSLATE_NOOP("Reports", "Indicator")),
                tr(QT_TRANSLATE_NOOP("Reports", "Value")),
                tr(QT_TRANSLATE_NOOP("Reports", "Change")),
                tr(QT_TRANSLATE_NOOP("Reports", "Assessment")),
            ],
            rows,
            widths=[0.24, 0.33, 0.16, 0.27],
        )
        self.change_note()
        self.key_lists()
        balance = a.balance
        if balance is not None and balance.demotivators:
            names = self.param_names()
            conclusions.insert(
                1 if level is not None else 0,
                tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Reserves and the guide for motivation measures are the parameters "
                        "whose satisfaction is below their significance; here these are: %1.",
                    )
                ).replace(
                    "%1",
                    ", ".join(
                        "«" + names.get(x.parameter, x.parameter) + "»"
                        for x in sorted(balance.demotivators, key=lambda x: -x.gap)
                    ),
                ),
            )
        if conclusions:
            doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Conclusions")))
            doc.para("\n".join("• " + text for text in conclusions), "small")

    def target(self):
        """The national target 7 against this campaign's own share (and the previous one's)."""
        a = self.r.analysis
        sat = a.instruments.get(self.ids[SATISFACTION])
        if sat is None or sat.factors is None:
            return None
        factors = (
            sat.factors[sat.factors["hidden"] == ""] if "hidden" in sat.factors else sat.factors
        )
        year = self.r.period_end.year
        current = material_satisfaction(factors, year)
        if current is None:
            return None
        before = self.previous_figures(self.ids[SATISFACTION])
        before_share = None
        if isinstance(before, str):
            before_share = before
        elif before is not None and before.factors is not None:
            shown = (
                before.factors[before.factors["hidden"] == ""]
                if "hidden" in before.factors
                else before.factors
            )
            previous = material_satisfaction(shown, year)
            before_share = HIDDEN if previous is None else previous.share_pct
        return current, before_share

    def target_change(self) -> Difference | None:
        """The comparison of the national target's share: its one factor's 4–5 share (in
        points), or none when the target pools several factors."""
        if len(MATERIAL_FACTORS) != 1:
            return None
        d = self.changes.factor(self.ids[SATISFACTION], MATERIAL_FACTORS[0], "high_share")
        return None if d is None else d.scaled(100.0)

    def key_lists(self) -> None:
        """Motivators and reserves, demotivators and reasons to leave: two lists side by side
        (page 1 has to hold them all)."""
        doc, tr, lang, a = self.doc, self.tr, self.lang, self.r.analysis
        names = self.param_names()
        small = doc.styles["small"]
        cells: list[tuple[str, str]] = []
        level = a.level
        if level is not None:
            strongest = sorted(level.parameters, key=lambda p: -p.importance)[:3]
            cells.append(
                (
                    tr(QT_TRANSLATE_NOOP("Reports", "Strongest motivators")),
                    "\n".join(
                        "• "
                        + tr(
                            QT_TRANSLATE_NOOP(
                                "Reports", "%1: significance %2 (%3 %), satisfaction %4"
                            )
                        )
                        .replace("%1", names.get(x.parameter, x.parameter))
                        .replace("%2", self.num(x.importance))
                        .replace("%3", fmt_number(x.importance * 20, 1, lang))
                        .replace("%4", self.num(x.perception))
                        for x in strongest
                    ),
                )
            )
        balance = a.balance
        if balance is not None and balance.demotivators:
            reserves = sorted(balance.demotivators, key=lambda x: -x.gap)[:4]
            cells.append(
                (
                    tr(QT_TRANSLATE_NOOP("Reports", "Reserves: satisfaction below significance")),
                    "\n".join(
                        "• "
                        + tr(
                            QT_TRANSLATE_NOOP(
                                "Reports", "%1: significance %2, satisfaction %3 (gap %4)"
                            )
                        )
                        .replace("%1", names.get(x.parameter, x.parameter))
                        .replace("%2", self.num(x.importance))
                        .replace("%3", self.num(x.perception))
                        .replace("%4", self.num(x.gap))
                        for x in reserves
                    ),
                )
            )
        sat = a.instruments.get(self.ids[SATISFACTION])
        if a.key_demotivators and sat is not None:
            inst = self.r.library[self.ids[SATISFACTION]]
            cells.append(
                (
                    tr(QT_TRANSLATE_NOOP("Reports", "Key demotivators")),
                    "\n".join(
                        "• "
                        + tr(QT_TRANSLATE_NOOP("Reports", "%1: %2 rated it 0–2"))
                        .replace("%1", tables.item_name(inst, item, lang))
                        .replace("%2", self.pct(share))
                        for item, share in a.key_demotivators[:3]
                    ),
                )
            )
        dismissal = a.instruments.get(self.ids[LEAVING])
        if a.dismissal_ranking and dismissal is not None and dismissal.factors is not None:
            inst = self.r.library[self.ids[LEAVING]]
            top = [(i, v) for i, v in a.dismissal_ranking if not inst.item(i).own_variant][:3]
            lines = []
            for item, strength in top:
                high = dismissal.factors.loc[item, "high_share"]
                lines.append(
                    tr(QT_TRANSLATE_NOOP("Reports", "%1 (%2 %, of whom %3 rate it 4–5)"))
                    .replace("%1", tables.item_name(inst, item, lang))
                    .replace("%2", fmt_number(strength, 1, lang))
                    .replace("%3", self.pct(high))
                )
            cells.append(
                (
                    tr(QT_TRANSLATE_NOOP("Reports", "Main reasons to leave")),
                    "\n".join("• " + x for x in lines),
                )
            )
        for k in range(0, len(cells), 2):
            pair = cells[k : k + 2]
            if len(pair) == 1:
                pair.append(("", ""))
            doc.space(2)
            doc.table(
                [head for head, _text in pair],
                [[p(text, small) for _h, text in pair]],
                widths=[0.5, 0.5],
            )

    # --- 1. participation ------------------------------------------------------------------
    def participation(self) -> None:
        doc, tr = self.doc, self.tr
        doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Participation")))
        no_department = tr(QT_TRANSLATE_NOOP("Reports", "Department not given"))
        rows = tables.participation_rows(
            self.r.participation,
            lambda line: line.department or no_department,
            self.translate,
            PARTICIPATION_TARGET,
        )
        self.spec_table(tables.PARTICIPATION_TABLE, rows)
        doc.note(
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The methodology recommends that at least 35 % of the staff take part.",
                )
            )
        )
        if any(line.hidden for line in self.r.participation):
            self.hidden_note()

    # --- 2. motivation level: tables 2.3, 2.4, 2.5 -----------------------------------------
    def level(self) -> None:
        level = self.r.analysis.level
        if level is None:
            return
        doc, tr, lang = self.doc, self.tr, self.lang
        names = self.param_names()
        doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Motivation level")))
        doc.para(
            tr(QT_TRANSLATE_NOOP("Reports", "Integral motivation level"))
            + ": "
            + fmt_number(level.shown, 3, lang)
            + " — "
            + self.level_words(level.label)
        )
        self.spec_table(tables.CALCULATION_TABLE, tables.calculation_rows(level, self.translate))
        rows = tables.parameter_rows(level, names, self.translate, self.changes, self.before)
        self.spec_table(tables.LEVEL_TABLE, rows)
        self.change_note()
        self.spec_table(tables.LEVEL_SCALE_TABLE, tables.level_scale_rows(level, self.translate))
        labels = [names.get(x.parameter, x.parameter) for x in level.parameters]
        self.figure(
            radar_chart(
                labels,
                [
                    [x.importance for x in level.parameters],
                    [x.perception for x in level.parameters],
                ],
                300,
                value_max=5,
                wrap=True,
                legend=[
                    tr(QT_TRANSLATE_NOOP("Reports", "Significance")),
                    tr(QT_TRANSLATE_NOOP("Reports", "Satisfaction")),
                ],
            ),
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Significance and satisfaction of the motivation parameters, mean score 0–5",
                )
            ),
        )
        balance = self.r.analysis.balance
        if balance is not None:
            rows = tables.balance_rows(balance, names, self.translate)
            self.spec_table(tables.BALANCE_TABLE, rows)

    # --- one questionnaire -----------------------------------------------------------------
    def instrument(self, inst: Instrument, figures: InstrumentFigures) -> None:
        doc, tr, lang = self.doc, self.tr, self.lang
        doc.section(inst.title.get(lang))
        if not figures.disclosure.allowed:
            self.suppressed(figures.disclosure)
            return
        respondents = (
            tr(QT_TRANSLATE_NOOP("Reports", "Respondents")) + ": " + str(figures.disclosure.n)
        )
        if figures.factors is not None:
            doc.note(respondents)
        else:  # under the first table: the heading stays with the table, not alone
            self.pending = respondents
        if figures.factors is not None:
            if inst.role == LEAVING:
                self.dismissal(inst, figures)
            else:
                self.factors(inst, figures)
            return
        if inst.role == CLIMATE:
            self.climate(inst, figures)
            return
        if figures.types is not None:
            self.types(inst, figures)
        if figures.shares is None:  # job satisfaction: its scales are in table 3.6
            self.profile(inst, figures)
        if figures.by_tenure is not None:
            self.tenure(inst, figures)
        if figures.shares is not None:
            self.satisfaction_scale(inst, figures)

    def profile(self, inst: Instrument, figures: InstrumentFigures) -> None:
        tr, lang = self.tr, self.lang
        rows = tables.profile_rows(inst, figures, lang, self.changes, self.before)
        self.spec_table(tables.PROFILE_TABLE, rows)
        self.change_note()
        if inst.scales:
            self.figure(
                bar_chart(
                    [s.short_name.get(lang) for s in inst.scales],
                    [[figures.profile.get(s.id) for s in inst.scales]],
                    self.width,
                    wrap=True,
                ),
                inst.short_title.get(lang)
                + ": "
                + tr(QT_TRANSLATE_NOOP("Reports", "group mean per scale")),
            )

    def rows_of(self, figures: InstrumentFigures):
        factors = figures.factors
        hidden = factors["hidden"] != "" if "hidden" in factors else factors["n"] != factors["n"]
        return factors[(factors["n"] > 0) | hidden], hidden

    def spec_table(self, spec: tables.TableSpec, rows: list, part: int = 1) -> None:
        """One printed part of a seed table, as app/reports/tables.py defines it (the screen
        and the XLSX export render the same definition): headings, rounding, hidden cells."""
        doc = self.doc
        columns = spec.part(part)
        if spec.parts:
            # a title kept with a table longer than a page would push it whole to the next page
            title = self.words(tables.CONTEXT, spec.parts[part - 1]).replace("%1", spec.id)
            doc.para(title, "cellbold")
        elif spec.title:
            doc.subsection(self.words(tables.CONTEXT, spec.title).replace("%1", spec.id))
        name, number = (self.name, self.n) if spec.compact else (str, str)
        cells = []
        for row in rows:
            line = []
            for col in columns:
                value = col.value(row)
                if not col.numeric:
                    text = tables.number_text(value, 0, self._fmt)
                    line.append(p(text, doc.styles["small"]) if col.small else name(text))
                    continue
                line.append(
                    number(
                        tables.number_text(
                            value,
                            col.decimals,
                            self._fmt,
                            col.percent,
                            col.signed,
                            percent_sign=col.print_sign,
                            missing=NONE,
                        )
                    )
                )
            cells.append(line)
        self.table(
            [col.title(self.translate, short=True) for col in columns],
            cells,
            widths=spec.widths(columns),
            numeric=[col.numeric for col in columns],
        )
        if len(spec.notes) >= part and spec.notes[part - 1]:
            doc.note(self.words(tables.CONTEXT, spec.notes[part - 1]))

    def _fmt(self, value: float, decimals: int) -> str:
        return fmt_number(value, decimals, self.lang)

    def factors(self, inst: Instrument, figures: InstrumentFigures) -> None:
        """Tables 2.1 / 2.2: counts per score, Σ, maximum, strength, mean; then the shares."""
        tr, lang = self.tr, self.lang
        frame, hidden = self.rows_of(figures)
        if inst.role == SIGNIFICANCE:
            spec = tables.SIGNIFICANCE_TABLE
        elif inst.role == SATISFACTION:
            spec = tables.SATISFACTION_TABLE
        else:  # an office's own factor questionnaire: its own title, no seed number
            spec = tables.own_factor_table(inst.title.get(lang))
        rows = tables.factor_rows(inst, figures, lang, self.changes, self.before)
        self.spec_table(spec, rows, 1)
        if self.before is not None:
            self.change_note()
        if bool(hidden.any()):
            self.hidden_note()
        self.doc.space(3)
        self.spec_table(spec, rows, 2)
        shown = frame[frame["n"] > 0].sort_values("mean", ascending=False)
        if len(shown):
            title = (
                tr(QT_TRANSLATE_NOOP("Reports", "Significance of the factors, mean score 0–5"))
                if inst.role == SIGNIFICANCE
                else tr(
                    QT_TRANSLATE_NOOP("Reports", "Satisfaction with the factors, mean score 0–5")
                )
            )
            left = len(frame) - len(shown)
            note = (
                ""
                if not left
                else tr(
                    QT_TRANSLATE_NOOP(
                        "Reports", "Not shown: %1 factors hidden to protect anonymity."
                    )
                ).replace("%1", str(left))
            )
            self.figure(
                self.bars(
                    [tables.item_name(inst, i, lang) for i in shown.index],
                    list(shown["mean"]),
                    value_max=5,
                    label_share=0.5,
                ),
                title,
                note,
            )

    def dismissal(self, inst: Instrument, figures: InstrumentFigures) -> None:
        """Table 2.6: every share column of the seed (4–5, 3–5, 0–2, 0) and the strength."""
        tr, lang = self.tr, self.lang
        frame, hidden = self.rows_of(figures)
        rows = tables.factor_rows(inst, figures, lang, self.changes, self.before)
        self.spec_table(tables.LEAVING_TABLE, rows)
        self.change_note()
        if bool(hidden.any()):
            self.hidden_note()
        shown = frame[frame["n"] > 0].sort_values("strength_pct", ascending=False)
        if len(shown):
            self.figure(
                self.bars(
                    [tables.item_name(inst, i, lang) for i in shown.index],
                    list(shown["strength_pct"]),
                    value_max=100,
                    decimals=1,
                    label_share=0.5,
                ),
                tr(QT_TRANSLATE_NOOP("Reports", "Reasons for leaving, strength %")),
            )

    def climate(self, inst: Instrument, figures: InstrumentFigures) -> None:
        """Table 2.7 (respondents per point 1–8 of each pair) and the profile between poles."""
        doc, tr, lang = self.doc, self.tr, self.lang
        spec = tables.climate_table(tables.climate_points(inst))
        self.spec_table(spec, tables.climate_rows(inst, figures, lang, self.changes, self.before))
        items = [it for it in inst.items if it.format.type in ("rating", "bipolar")]
        scale_of = {s.items[0]: s.id for s in inst.scales if s.items}
        total = figures.profile.get("total")
        total_scale = next((s for s in inst.all_scales() if s.id == "total"), None)
        if total_scale is not None:
            doc.para(total_scale.name.get(lang) + ": " + self.num(total, 1))
        doc.note(
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "1–8: respondents who put their mark at that point (1 next to the "
                    "positive pole); mean: 1 best – 8 worst.",
                )
            )
        )
        self.change_note()
        series = [[figures.profile.get(scale_of.get(it.id, "")) for it in items]]
        legend = []
        before = self.previous_figures(inst.id)
        if before is not None and not isinstance(before, str):
            series.append([before.profile.get(scale_of.get(it.id, "")) for it in items])
            legend = [self.r.campaign, self.r.previous]
        self.figure(
            pole_profile_chart(
                [it.left.get(lang) for it in items],
                [it.right.get(lang) for it in items],
                series,
                self.width,
                legend=legend,
                better=tr(QT_TRANSLATE_NOOP("Reports", "better")),
                worse=tr(QT_TRANSLATE_NOOP("Reports", "worse")),
            ),
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports", "Psychological atmosphere: mean mark between the poles"
                )
            ),
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The nearer a mark is to the left (positive) pole, the better the atmosphere.",
                )
            ),
        )

    def types(self, inst: Instrument, figures: InstrumentFigures) -> None:
        """Fig. 4.2: how many people have each Gerchikov type (counts)."""
        doc, tr, lang = self.doc, self.tr, self.lang
        t = figures.types
        rows = tables.type_rows(inst, figures, lang, self.translate, self.changes, self.before)
        self.spec_table(tables.TYPES_TABLE, rows)
        self.change_note()
        if t.get("hidden"):
            self.hidden_note()
        labels = [s.name.get(lang) for s in inst.scales if s.id in t["counts"]]
        values = [t["counts"][s.id] for s in inst.scales if s.id in t["counts"]]
        if t["mixed"] is not None:
            labels.append(tr(QT_TRANSLATE_NOOP("Reports", "Mixed type")))
            values.append(t["mixed"])
        hidden = [s.name.get(lang) for s in inst.scales if s.id not in t["counts"]]
        note = (
            ""
            if not hidden
            else tr(
                QT_TRANSLATE_NOOP("Reports", "Not shown (hidden to protect anonymity): %1.")
            ).replace("%1", ", ".join(hidden))
        )
        if values:
            self.figure(
                bar_chart(labels, [values], self.width, decimals=0, wrap=True),
                tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Motivation profile of the staff: people per leading type (fig. 4.2)",
                    )
                ),
                note,
            )
        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Group mean")))

    def tenure(self, inst: Instrument, figures: InstrumentFigures) -> None:
        """Table 3.4: job satisfaction by tenure band, including "not stated"."""
        spec = tables.tenure_table(list(figures.by_tenure.columns))
        self.spec_table(spec, tables.tenure_rows(inst, figures, self.lang, self.translate))
        if any(not d.allowed for d in figures.by_tenure_disclosure.values()):
            self.hidden_note()

    def satisfaction_scale(self, inst: Instrument, figures: InstrumentFigures) -> None:
        """Table 3.5 (the scale, this campaign marked), 3.6 (each factor assessed), the
        high / medium / low shares."""
        doc, tr, lang = self.doc, self.tr, self.lang
        total = figures.profile.get("total")
        rows = tables.satisfaction_scale_rows(total, self.translate)
        self.spec_table(tables.SATISFACTION_SCALE_TABLE, rows)
        rows = tables.satisfaction_factor_rows(
            inst, figures, lang, self.translate, self.changes, self.before
        )
        self.spec_table(tables.SATISFACTION_FACTORS_TABLE, rows)
        doc.note(
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Characteristic: the seed's description (table 3.6), printed where the "
                    "factor's level is in the band the seed describes.",
                )
            )
        )
        self.change_note()
        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Respondents by total satisfaction")))
        self.table(
            [
                tr(QT_TRANSLATE_NOOP("Reports", "High (60 % and more)")),
                tr(QT_TRANSLATE_NOOP("Reports", "Medium (40–60 %)")),
                tr(QT_TRANSLATE_NOOP("Reports", "Low (under 40 %)")),
            ],
            [[_pct(figures.shares.get(k), lang) for k in ("high", "medium", "low")]],
            numeric_from=0,
        )
        if inst.scales:
            self.figure(
                bar_chart(
                    [s.name.get(lang) for s in inst.scales],
                    [[figures.profile.get(s.id) for s in inst.scales]],
                    self.width,
                    value_max=100,
                    decimals=1,
                    wrap=True,
                ),
                tr(QT_TRANSLATE_NOOP("Reports", "Job satisfaction factors, % of maximum")),
            )

    # --- department x factor heatmap -------------------------------------------------------
    def departments(self) -> None:
        views = self.r.departments
        inst = self.r.library.get(self.ids[SATISFACTION])
        sat = self.r.analysis.instruments.get(self.ids[SATISFACTION])
        if len(views) < 2 or inst is None or sat is None or sat.factors is None:
            return
        doc, tr, lang = self.doc, self.tr, self.lang
        doc.page_break()
        doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Departments")))
        items = [
            i
            for i in sat.factors.index
            if sat.factors.loc[i, "n"] > 0 or sat.factors.loc[i, "hidden"]
        ]
        columns = []
        for view in views:
            figures = (
                view.analysis.instruments.get(self.ids[SATISFACTION])
                if view.analysis.disclosure.allowed
                else None
            )
            columns.append(None if figures is None or figures.factors is None else figures.factors)

        def cell(factors, item):
            if factors is None:
                return HIDDEN
            if item not in factors.index:
                return None
            row = factors.loc[item]
            if row.get("hidden"):
                return HIDDEN
            return float(row["mean"]) if row["n"] > 0 else None

        values = [[cell(f, item) for f in columns] + [cell(sat.factors, item)] for item in items]
        heads = [str(k) for k in range(1, len(views) + 1)] + [
            tr(QT_TRANSLATE_NOOP("Reports", "All"))
        ]
        legend = []
        for k, view in enumerate(views, 1):
            d = view.analysis.disclosure
            legend.append(
                f"{k} — {view.name}"
                + (
                    ""
                    if d.allowed
                    else " (" + reason_text(d.reason, d.threshold, self.translate) + ")"
                )
            )
        self.figure(
            heatmap([tables.item_name(inst, i, lang) for i in items], heads, values, self.width),
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports", "Satisfaction with the factors by department, mean score 0–5"
                )
            ),
            tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Red: low, green: high. ×: hidden to "
                    "protect anonymity (too few respondents in the "
                    "department or in the cell).",
                )
            ),
        )
        doc.para("\n".join(legend), "small")


def render_campaign_report(
    report: CampaignReport, lang: str, translate: Translate = identity, fmt: str = "pdf"
) -> bytes:
    """The report as PDF bytes, or (fmt="docx") as an editable Word file with the same
    content (charts as pictures)."""
    doc = None
    if fmt == "docx":
        from app.reports.docx_document import DocxDocument

        doc = DocxDocument(
            title=report.campaign, organisation=report.organisation, translate=translate, lang=lang
        )
    return _Builder(report, lang, translate, doc=doc).build()
