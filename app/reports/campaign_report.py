"""The campaign report: every table and chart of the analysis workspace, as one PDF.

Input is the same `CampaignAnalysis` the screen shows, so the printed figures cannot differ from
the displayed ones. Groups below the anonymity threshold print the reason instead of numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.labels import NO_TENURE, TENURE_BAND
from app.markers import QT_TRANSLATE_NOOP
from app.reports.charts import bar_chart, radar_chart
from app.reports.pdf import PdfDocument, Translate, fmt_number, identity
from app.scoring.analysis import CampaignAnalysis, InstrumentFigures
from app.scoring.level import LEVEL_LABELS, Parameter
from app.scoring.model import Instrument
from app.scoring.privacy import Disclosure, reason_text


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


def _pct(value: float | None, lang: str) -> str:
    return "–" if value is None else fmt_number(value * 100, 1, lang) + " %"


def _item_name(inst: Instrument, item_id: str, lang: str) -> str:
    item = inst.item(item_id)
    if item.text is not None:
        return item.text.get(lang)
    return f"{item.left.get(lang)} – {item.right.get(lang)}"


class _Builder:
    def __init__(self, report: CampaignReport, lang: str, translate: Translate):
        self.r, self.lang = report, lang
        self.doc = PdfDocument(title=report.campaign, organisation=report.organisation,
                               translate=translate, lang=lang)
        self.tr = self.doc.tr
        self.translate = translate

    def suppressed(self, disclosure: Disclosure) -> None:
        self.doc.note(reason_text(disclosure.reason, disclosure.threshold, self.translate))

    def hidden_note(self) -> None:
        self.doc.note(self.tr(QT_TRANSLATE_NOOP(
            "Reports", "×: hidden to protect anonymity (too few respondents in the group).")))

    def build(self) -> bytes:
        r, doc, tr, lang = self.r, self.doc, self.tr, self.lang
        period = f"{r.period_start:%d.%m.%Y} – {r.period_end:%d.%m.%Y}"
        doc.heading(tr(QT_TRANSLATE_NOOP("Reports", "Motivation survey report")),
                    f"{r.campaign}\n{period}")
        if r.analysis.disclosure.reason == "out_of_scope":  # a head outside the campaign
            doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Results")))
            self.suppressed(r.analysis.disclosure)
            return doc.render()
        doc.para(tr(QT_TRANSLATE_NOOP("Reports", "Group covered")) + ": " + self.group())
        self.participation()
        if not r.analysis.disclosure.allowed:
            doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Results")))
            self.suppressed(r.analysis.disclosure)
            return doc.render()
        self.level()
        for inst_id, figures in r.analysis.instruments.items():
            self.instrument(r.library[inst_id], figures)
        return doc.render()

    def group(self) -> str:
        """The view's conditions in words: which respondents this report is about."""
        tr, flt = self.tr, self.r.analysis.filter
        parts = [self.r.covers] if self.r.covers else []
        if flt.tenure_band is not None:
            src = TENURE_BAND.get(flt.tenure_band, NO_TENURE)
            parts.append(tr(QT_TRANSLATE_NOOP("Reports", "length of service")) + " "
                         + (self.translate("Texts", src) or src))
        if flt.gender is not None:
            parts.append(tr(QT_TRANSLATE_NOOP("Reports", "women")) if flt.gender == "female"
                         else tr(QT_TRANSLATE_NOOP("Reports", "men")))
        if flt.is_manager is not None:
            parts.append(tr(QT_TRANSLATE_NOOP("Reports", "managers")) if flt.is_manager
                         else tr(QT_TRANSLATE_NOOP("Reports", "staff (non-managers)")))
        return ", ".join(parts) or tr(QT_TRANSLATE_NOOP("Reports", "all respondents"))

    def participation(self) -> None:
        doc, tr, lang = self.doc, self.tr, self.lang
        doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Participation")))
        rows = []
        no_department = tr(QT_TRANSLATE_NOOP("Reports", "Department not given"))
        for line in self.r.participation:
            name = line.department or no_department
            if line.hidden:
                rows.append([name, line.headcount or "–", "×", "×"])
                continue
            share = line.finished / line.headcount if line.headcount else None
            rows.append([name, line.headcount or "–", line.finished, _pct(share, lang)])
        total_head = sum(x.headcount for x in self.r.participation)
        total = sum(x.finished for x in self.r.participation)
        rows.append([tr(QT_TRANSLATE_NOOP("Reports", "Total")), total_head, total,
                     _pct(total / total_head if total_head else None, lang)])
        doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Department")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Headcount")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Respondents")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Share of headcount"))],
                  rows, widths=[0.52, 0.16, 0.16, 0.16], numeric_from=1)
        doc.note(tr(QT_TRANSLATE_NOOP(
            "Reports", "The methodology recommends that at least 35 % of the staff take part.")))
        if any(line.hidden for line in self.r.participation):
            doc.note(tr(QT_TRANSLATE_NOOP(
                "Reports", "×: hidden to protect anonymity (too few respondents in the group).")))

    def level(self) -> None:
        level = self.r.analysis.level
        if level is None:
            return
        doc, tr, lang = self.doc, self.tr, self.lang
        names = {p.id: (p.name_kk if lang == "kk" else p.name_ru) for p in self.r.parameters}
        doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Motivation level")))
        label = next(t for i, _lower, t in LEVEL_LABELS if i == level.label)
        doc.para(tr(QT_TRANSLATE_NOOP("Reports", "Integral motivation level")) + ": "
                 + fmt_number(level.shown, 3, lang) + " — "
                 + (self.translate("Levels", label) or label))
        rows = [[names.get(p.parameter, p.parameter), fmt_number(p.importance, 2, lang),
                 fmt_number(p.perception, 2, lang), fmt_number(p.d, 3, lang),
                 fmt_number(p.level, 3, lang)] for p in level.parameters]
        doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Parameter")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Significance")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Satisfaction")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Relative significance d")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Partial level"))],
                  rows, widths=[0.44, 0.14, 0.14, 0.14, 0.14], numeric_from=1)
        doc.space(3)
        labels = [names.get(p.parameter, p.parameter) for p in level.parameters]
        doc.story.append(radar_chart(
            labels, [[p.importance for p in level.parameters],
                     [p.perception for p in level.parameters]], 280,
            legend=[tr(QT_TRANSLATE_NOOP("Reports", "Significance")),
                    tr(QT_TRANSLATE_NOOP("Reports", "Satisfaction"))]))
        balance = self.r.analysis.balance
        if balance is not None:
            doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Motivational balance")))
            rows = [[names.get(p.parameter, p.parameter), fmt_number(p.gap, 2, lang),
                     tr(QT_TRANSLATE_NOOP("Reports", "motivator"))] for p in balance.motivators]
            rows += [[names.get(p.parameter, p.parameter), fmt_number(p.gap, 2, lang),
                      tr(QT_TRANSLATE_NOOP("Reports", "demotivator (reserve)"))]
                     for p in balance.demotivators]
            doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Parameter")),
                       tr(QT_TRANSLATE_NOOP("Reports", "Gap (significance − satisfaction)")),
                       tr(QT_TRANSLATE_NOOP("Reports", "Role"))],
                      rows, widths=[0.55, 0.2, 0.25], numeric_from=1)

    def instrument(self, inst: Instrument, figures: InstrumentFigures) -> None:
        doc, tr, lang = self.doc, self.tr, self.lang
        doc.section(inst.title.get(lang))
        if not figures.disclosure.allowed:
            self.suppressed(figures.disclosure)
            return
        doc.note(tr(QT_TRANSLATE_NOOP("Reports", "Respondents")) + ": " + str(figures.disclosure.n))
        if figures.factors is not None:
            self.factors(inst, figures)
            return
        if figures.types is not None:
            self.types(inst, figures)
        scales = inst.all_scales()
        rows = [[s.name.get(lang), fmt_number(figures.profile.get(s.id), 2, lang)] for s in scales]
        doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Scale")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Group mean"))],
                  rows, widths=[0.75, 0.25], numeric_from=1)
        if inst.scales:
            doc.space(2)
            doc.story.append(bar_chart([s.short_name.get(lang) for s in inst.scales],
                                       [[figures.profile.get(s.id) for s in inst.scales]],
                                       doc.frame_width))
        if figures.by_tenure is not None:
            self.tenure(inst, figures)
        if figures.shares is not None:
            doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Respondents by total satisfaction")))
            doc.table([tr(QT_TRANSLATE_NOOP("Reports", "High (60 % and more)")),
                       tr(QT_TRANSLATE_NOOP("Reports", "Medium (40–60 %)")),
                       tr(QT_TRANSLATE_NOOP("Reports", "Low (under 40 %)"))],
                      [[_pct(figures.shares.get(k), lang) for k in ("high", "medium", "low")]],
                      numeric_from=0)

    def factors(self, inst: Instrument, figures: InstrumentFigures) -> None:
        doc, tr, lang = self.doc, self.tr, self.lang
        factors = figures.factors
        hidden = factors["hidden"] != "" if "hidden" in factors else factors["n"] != factors["n"]
        frame = factors[(factors["n"] > 0) | hidden].sort_values("strength_pct", ascending=False)
        rows = []
        for item, row in frame.iterrows():
            if row.get("hidden"):
                rows.append([_item_name(inst, item, lang)] + ["×"] * 5)
                continue
            rows.append([_item_name(inst, item, lang), int(row["n"]),
                         fmt_number(row["mean"], 2, lang), fmt_number(row["strength_pct"], 1, lang),
                         _pct(row["positive_share"], lang), _pct(row["negative_share"], lang)])
        doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Factor")), "n",
                   tr(QT_TRANSLATE_NOOP("Reports", "Mean")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Strength, %")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Scores 3–5")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Scores 0–2"))],
                  rows, widths=[0.5, 0.07, 0.1, 0.11, 0.11, 0.11], numeric_from=1)
        if bool(hidden.any()):
            self.hidden_note()
        frame = frame[frame["n"] > 0]
        top = frame.head(15)
        doc.space(2)
        doc.story.append(bar_chart([_item_name(inst, i, lang) for i in top.index],
                                   [list(top["mean"])], doc.frame_width, value_max=5))
        if inst.id == "satisfaction" and self.r.analysis.key_demotivators:
            doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Key demotivators")))
            doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Factor")),
                       tr(QT_TRANSLATE_NOOP("Reports", "Scores 0–2"))],
                      [[_item_name(inst, i, lang), _pct(v, lang)]
                       for i, v in self.r.analysis.key_demotivators],
                      widths=[0.8, 0.2], numeric_from=1)

    def types(self, inst: Instrument, figures: InstrumentFigures) -> None:
        doc, tr, lang = self.doc, self.tr, self.lang
        t = figures.types
        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Distribution of leading types")))
        rows = [[s.name.get(lang), t["counts"][s.id], _pct(t["shares"][s.id], lang)]
                if s.id in t["counts"] else [s.name.get(lang), "×", "×"] for s in inst.scales]
        rows.append([tr(QT_TRANSLATE_NOOP("Reports", "Mixed type"))]
                    + (["×", "×"] if t["mixed"] is None else
                       [t["mixed"], _pct(t["mixed"] / t["scored"] if t["scored"] else None,
                                         lang)]))
        doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Type")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Respondents")),
                   tr(QT_TRANSLATE_NOOP("Reports", "Share"))],
                  rows, widths=[0.6, 0.2, 0.2], numeric_from=1)
        if t.get("hidden"):
            self.hidden_note()
        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "Group mean")))

    def tenure(self, inst: Instrument, figures: InstrumentFigures) -> None:
        doc, tr, lang = self.doc, self.tr, self.lang
        table = figures.by_tenure
        bands = list(table.columns)

        def band_name(b: str) -> str:
            if b == "all":
                return tr(QT_TRANSLATE_NOOP("Reports", "All"))
            src = TENURE_BAND.get(b, NO_TENURE)
            return self.translate("Texts", src) or src

        doc.subsection(tr(QT_TRANSLATE_NOOP("Reports", "By tenure band, % of maximum")))
        rows = []
        for s in inst.all_scales():
            row = [s.short_name.get(lang)]
            for b in bands:
                d = figures.by_tenure_disclosure.get(b)
                row.append("×" if d is not None and not d.allowed
                           else fmt_number(table.loc[s.id, b], 1, lang))
            rows.append(row)
        rows.append([tr(QT_TRANSLATE_NOOP("Reports", "Respondents"))]
                    + [int(table.loc["_n", b]) if figures.by_tenure_disclosure.get(
                        b, Disclosure(True, 0)).allowed else "×" for b in bands])
        first = 0.28
        rest = (1 - first) / len(bands)
        doc.table([tr(QT_TRANSLATE_NOOP("Reports", "Factor"))] + [band_name(b) for b in bands],
                  rows, widths=[first] + [rest] * len(bands), numeric_from=1)
        if any(not d.allowed for d in figures.by_tenure_disclosure.values()):
            self.hidden_note()


def render_campaign_report(report: CampaignReport, lang: str,
                           translate: Translate = identity) -> bytes:
    return _Builder(report, lang, translate).build()
