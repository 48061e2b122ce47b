"""One analysis for every output (issue 16.1; the disclosure rule of issue 14, PRODUCT.md §8).

The analysis page, its XLSX exports, the campaign report PDF, the diagnostic card and
`motivdesk analyse` all get their figures from here, so they cannot differ and none of them can
show what the rule hides. Qt-free.

API
---
    service = AnalysisService(library)            # one per process/page: it caches
    result = service.analyse(session, campaign_id, Filter(...), scope=None)

- `scope`: None for an HR administrator; a set of department ids for a department head. A head
  sees the intersection of his departments and the campaign's, everywhere (participation
  included). An empty intersection shows nothing (reason "out_of_scope"); a head who chose no
  department gets his only department, or nothing with "department_required" when he has
  several.
- `result` is an `AnalysisResult`: `shown` (bool), `reason` (a key of
  app.scoring.privacy.REASONS, or None), `n` (None when not shown), `participation`
  (rows, always shown under the partition rule), `analysis` (a `CampaignAnalysis` whose hidden
  cells are already blanked: factor rows with a "hidden" reason, types left out, tenure columns
  marked; `analysis.previous` is the previous comparable campaign under the same filter and the
  same rule; `analysis.changes` holds every comparison with it — each a
  `change.Difference` with its 95 % interval and `significant`, beyond noise or not — computed
  here once so that every output marks the same changes, and never for a hidden figure) and
  `previous` (which campaign that was). Use `reason_text(result.reason,
  result.threshold, translate)` for the words.
- An open (or draft) campaign shows participation only: its figures appear when it is closed,
  so that no figure changes with one more finished questionnaire — kiosk, paper import or
  bundle alike (reason "campaign_open").
- Cached per (database, campaign, campaign.vector_revision, number of finished sessions,
  threshold, status) for the loaded answers and per filter and scope for the results: a filter
  change does not reload the campaign.

For the diagnostic card (app/services/diagnostic.py): `AnalysisService(library,
parameters).analyse(session, campaign_id).analysis` replaces `analyse(load_campaign_data(...))`;
check `result.shown` first; `analysis.instruments[...].types["counts"/"shares"]` hold only the
shown types; use `result.participation` instead of `queries.participation`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.data.answer_store import CampaignData, load_campaign_data
from app.data.queries import ParticipationRow, participation, previous_campaign
from app.data.respondents import insufficient_count
from app.models.base import CampaignStatus, SessionKind, SessionState
from app.models.campaign import Campaign, SurveySession
from app.scoring import office
from app.scoring.analysis import CampaignAnalysis, Filter, analyse, hidden_analysis
from app.scoring.change import Changes, Difference, compare
from app.scoring.definitions import Instrument
from app.scoring.drivers import drivers_dict
from app.scoring.level import Parameter, load_parameters
from app.scoring.privacy import Disclosure, effective_threshold

__all__ = ["AnalysisResult", "AnalysisService", "CampaignNotFound", "PreviousCampaign", "Filter"]


class CampaignNotFound(LookupError):
    def __init__(self, campaign_id: int):
        super().__init__(f"campaign {campaign_id} not found")
        self.campaign_id = campaign_id


@dataclass(frozen=True)
class PreviousCampaign:
    campaign_id: int
    name: str
    period_start: date
    period_end: date


@dataclass
class AnalysisResult:
    """Everything an output may show about one view of one campaign."""

    campaign_id: int
    campaign_name: str
    organisation_id: int
    period_start: date
    period_end: date
    status: str
    threshold: int
    filter: Filter  # as applied (a head's only department filled in)
    scope: frozenset[int] | None  # None: every department
    shown: bool
    reason: str | None  # key of app.scoring.privacy.REASONS when not shown
    n: int | None  # respondents in the view; None when not shown
    participation: list[ParticipationRow]  # hidden rows carry their reason
    analysis: CampaignAnalysis  # figures of the view (empty when not shown)
    previous: PreviousCampaign | None = None  # analysis.previous holds its figures
    departments: list[ParticipationRow] = field(default_factory=list)  # selectable
    # finished with too few answers to count (app/data/respondents.py), in this viewer's
    # departments: 0, or at least the threshold; None = 1..t-1, not shown (a small count)
    insufficient: int | None = 0

    @property
    def drivers(self):
        """Key drivers of the view (app/scoring/drivers.py); None when nothing is shown."""
        return self.analysis.drivers if self.shown else None

    @property
    def participation_total(self) -> tuple[int, int]:
        """(headcount, respondents) over the rows shown to this viewer: the hidden rows are
        in it, but the partition rule keeps them at 0 or at least t together."""
        return (
            sum(r.headcount for r in self.participation),
            sum(r.finished for r in self.participation),
        )


class AnalysisService:
    """Loads, applies the rule, caches. Safe to call from background threads."""

    def __init__(
        self,
        library: dict[str, Instrument],
        parameters: list[Parameter] | None = None,
        cached_campaigns: int = 4,
        cached_results: int = 64,
    ):
        self.library = library
        self.parameters = parameters if parameters is not None else load_parameters()
        self._lock = threading.Lock()
        self._data: OrderedDict[tuple, CampaignData] = OrderedDict()
        self._results: OrderedDict[tuple, CampaignAnalysis] = OrderedDict()
        self._changes: OrderedDict[tuple, tuple] = OrderedDict()
        self._sizes = (cached_campaigns, cached_results)
        self.loads = 0  # campaigns read from the database (tests check the cache with it)

    # --- public -------------------------------------------------------------------------
    def analyse(
        self,
        session: Session,
        campaign_id: int,
        flt: Filter = Filter(),
        scope: set[int] | frozenset[int] | None = None,
    ) -> AnalysisResult:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise CampaignNotFound(campaign_id)
        t = effective_threshold(campaign.anonymity_threshold)
        scope = frozenset(scope) if scope is not None else None
        covered = {cd.department_id for cd in campaign.departments}
        allowed = None if scope is None else scope & covered
        rows = participation(session, campaign_id, departments=allowed)
        too_few = insufficient_count(session, campaign_id, allowed)
        too_few = too_few if too_few == 0 or too_few >= t else None

        def result(
            analysis: CampaignAnalysis,
            reason: str | None,
            applied: Filter,
            previous: PreviousCampaign | None = None,
        ) -> AnalysisResult:
            return AnalysisResult(
                campaign.id,
                campaign.name,
                campaign.organisation_id,
                campaign.period_start,
                campaign.period_end,
                campaign.status,
                t,
                applied,
                scope,
                reason is None,
                reason,
                analysis.n if reason is None else None,
                [] if allowed is not None and not allowed else rows,
                analysis,
                previous,
                [r for r in rows if r.department_id is not None],
                too_few,
            )

        def hidden(reason: str, applied: Filter = flt) -> AnalysisResult:
            return result(
                hidden_analysis(applied, Disclosure(False, 0, reason, t)), reason, applied
            )

        if allowed is not None:
            if not allowed:
                return hidden("out_of_scope")
            if flt.department_id is None:
                if len(allowed) != 1:
                    return hidden("department_required")
                flt = replace(flt, department_id=next(iter(allowed)))
            elif flt.department_id not in allowed:
                return hidden("out_of_scope")
        if campaign.status != CampaignStatus.CLOSED.value:
            return hidden("campaign_open")
        analysis = self._analysis(session, campaign, flt)
        before = None
        previous_id = previous_campaign(session, campaign_id)
        if previous_id is not None:
            prev = session.get(Campaign, previous_id)
            before = PreviousCampaign(prev.id, prev.name, prev.period_start, prev.period_end)
            prev_analysis = (
                self._analysis(session, prev, flt)
                if prev.status == CampaignStatus.CLOSED.value
                else hidden_analysis(
                    flt,
                    Disclosure(
                        False, 0, "campaign_open", effective_threshold(prev.anonymity_threshold)
                    ),
                )
            )
            # a copy: the cached analysis of this campaign stays without a comparison; every
            # output reads the same marks of change (app/scoring/change.py)
            analysis = replace(
                analysis, previous=prev_analysis, changes=self._compare(analysis, prev_analysis)
            )
        if not analysis.disclosure.allowed:
            return result(analysis, analysis.disclosure.reason, flt, before)
        return result(analysis, None, flt, before)

    def departments(
        self, session: Session, campaign_id: int, scope: set[int] | frozenset[int] | None = None
    ) -> list[ParticipationRow]:
        """The participation rows this viewer may see (the head's departments that the
        campaign covers), without computing figures: for filter lists."""
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise CampaignNotFound(campaign_id)
        allowed = (
            None
            if scope is None
            else frozenset(scope) & {cd.department_id for cd in campaign.departments}
        )
        if allowed is not None and not allowed:
            return []
        return participation(session, campaign_id, departments=allowed)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._results.clear()
            self._changes.clear()

    # --- cache --------------------------------------------------------------------------
    def _data_key(self, session: Session, campaign: Campaign) -> tuple:
        session.refresh(campaign, ["vector_revision", "status", "anonymity_threshold"])
        finished = session.scalar(
            select(func.count())
            .select_from(SurveySession)
            .where(
                SurveySession.campaign_id == campaign.id,
                SurveySession.kind == SessionKind.ANONYMOUS.value,
                SurveySession.state == SessionState.FINISHED.value,
            )
        )
        return (
            str(session.get_bind().url),
            campaign.id,
            campaign.vector_revision,
            int(finished or 0),
            campaign.anonymity_threshold,
            campaign.status,
        )

    def _compare(self, analysis: CampaignAnalysis, previous: CampaignAnalysis) -> Changes:
        """`change.compare`, kept while both (cached) analyses are: keyed by the two objects'
        identities, checked against the objects themselves so a reused id cannot match."""
        key = (id(analysis), id(previous))
        with self._lock:
            cached = self._changes.get(key)
            if cached is not None and cached[0] is analysis and cached[1] is previous:
                return cached[2]
        changes = compare(analysis, previous)
        with self._lock:
            self._changes[key] = (analysis, previous, changes)
            while len(self._changes) > self._sizes[1]:
                self._changes.popitem(last=False)
        return changes

    def _analysis(self, session: Session, campaign: Campaign, flt: Filter) -> CampaignAnalysis:
        key = self._data_key(session, campaign)
        # an office setting that changes a figure is part of the result's key
        result_key = (key, flt, office.current(office.DRIVERS_MIN_RESPONDENTS))
        with self._lock:
            cached = self._results.get(result_key)
            if cached is not None:
                self._results.move_to_end(result_key)
                return cached
            data = self._data.get(key)
        if data is None:
            data = load_campaign_data(session, campaign.id, self.library)
            with self._lock:
                self.loads += 1
                self._data[key] = data
                while len(self._data) > self._sizes[0]:
                    self._data.popitem(last=False)
        analysis = analyse(data, self.library, self.parameters, flt)
        with self._lock:
            self._results[result_key] = analysis
            while len(self._results) > self._sizes[1]:
                self._results.popitem(last=False)
        return analysis


# --- a plain-data form (motivdesk analyse --json, tests) --------------------------------------
def _number(value) -> float | int | None:
    if value is None:
        return None
    value = float(value)
    if value != value:  # NaN: nothing to show
        return None
    return int(value) if value.is_integer() else value


def _change(difference: Difference | None) -> dict | None:
    """A comparison as JSON: previous value, delta, 95 % interval, significant (true = beyond
    noise, false = within noise, null = cannot be assessed), method; None = not compared (no
    previous campaign, or the figure is hidden or missing on either side)."""
    return (
        None
        if difference is None
        else {
            k: (_number(v) if k in ("previous", "delta") else v)
            for k, v in difference.to_json().items()
        }
    )


def _figures_dict(figures, changes: Changes | None = None) -> dict:
    inst = figures.instrument_id
    out: dict = {
        "shown": figures.disclosure.allowed,
        "reason": None if figures.disclosure.allowed else figures.disclosure.reason,
        "n": figures.disclosure.n if figures.disclosure.allowed else None,
    }
    if not figures.disclosure.allowed:
        return out
    if figures.factors is not None:
        rows = []
        for item, row in figures.factors.iterrows():
            if row.get("hidden"):
                rows.append({"item": item, "hidden": row["hidden"]})
            elif row["n"] > 0:
                rows.append(
                    {
                        "item": item,
                        "hidden": None,
                        **{k: _number(v) for k, v in row.items() if k != "hidden"},
                        "change": None
                        if changes is None
                        else {
                            column: _change(changes.factor(inst, item, column))
                            for column in ("mean", "strength_pct", "high_share", "low_share")
                        },
                    }
                )
        out["factors"] = rows
    if figures.profile:
        out["profile"] = {k: _number(v) for k, v in figures.profile.items()}
        out["profile_change"] = {
            k: _change(None if changes is None else changes.profile(inst, k))
            for k in figures.profile
        }
    if figures.types is not None:
        t = figures.types
        out["types"] = {
            "counts": dict(t["counts"]),
            "shares": dict(t["shares"]),
            "mixed": t["mixed"],
            "mixed_share": t["mixed_share"],
            "hidden": dict(t["hidden"]),
            "share_change": {
                k: _change(None if changes is None else changes.types.get(inst, {}).get(k))
                for k in [*t["shares"], "mixed"]
            },
        }
    if figures.by_tenure is not None:
        table = figures.by_tenure
        columns = {}
        for band in table.columns:
            d = figures.by_tenure_disclosure.get(band)
            if d is not None and not d.allowed:
                columns[band] = {"hidden": d.reason}
            else:
                columns[band] = {
                    "hidden": None,
                    "n": int(table.loc["_n", band]),
                    "means": {s: _number(table.loc[s, band]) for s in table.index if s != "_n"},
                }
        out["by_tenure"] = columns
    if figures.shares is not None:
        out["satisfaction_groups"] = {k: _number(v) for k, v in figures.shares.items()}
        out["satisfaction_groups_change"] = {
            k: _change(None if changes is None else changes.satisfaction_groups.get(k))
            for k in figures.shares
        }
    return out


def analysis_dict(analysis: CampaignAnalysis) -> dict:
    out: dict = {
        "shown": analysis.disclosure.allowed,
        "reason": None if analysis.disclosure.allowed else analysis.disclosure.reason,
        "n": analysis.n if analysis.disclosure.allowed else None,
        "instruments": {
            k: _figures_dict(f, analysis.changes) for k, f in analysis.instruments.items()
        },
    }
    level = analysis.level
    changes = analysis.changes
    out["level"] = (
        None
        if level is None
        else {
            "integral": level.integral,
            "shown": level.shown,
            "label": level.label,
            "change": _change(None if changes is None else changes.level),
            "parameters": [
                {
                    "parameter": p.parameter,
                    "importance": p.importance,
                    "perception": p.perception,
                    "d": p.d,
                    "level": p.level,
                    "gap": p.gap,
                    "change": _change(
                        None if changes is None else changes.parameters.get(p.parameter)
                    ),
                }
                for p in level.parameters
            ],
        }
    )
    out["key_demotivators"] = [
        {"item": i, "negative_share": v} for i, v in analysis.key_demotivators
    ]
    out["dismissal_ranking"] = [
        {"item": i, "strength_pct": v} for i, v in analysis.dismissal_ranking
    ]
    return out


def result_dict(result: AnalysisResult, translate=None) -> dict:
    """The result as JSON-ready data: what `motivdesk analyse --json` prints."""
    from app.scoring.privacy import reason_text

    flt = result.filter
    out = {
        "campaign": {
            "id": result.campaign_id,
            "name": result.campaign_name,
            "status": result.status,
            "period": [result.period_start.isoformat(), result.period_end.isoformat()],
        },
        "filter": {
            "department": flt.department_id,
            "tenure": flt.tenure_band,
            "gender": flt.gender,
            "manager": None if flt.is_manager is None else ("yes" if flt.is_manager else "no"),
            "exclude_flagged": flt.exclude_flagged,
        },
        "threshold": result.threshold,
        "shown": result.shown,
        "reason": (
            None
            if result.reason is None
            else reason_text(result.reason, result.threshold, translate)
        ),
        "reason_key": result.reason,
        "n": result.n,
    }
    head, answered = result.participation_total
    out["participation"] = {
        "rows": [
            {
                "department": r.department_id,
                "headcount": r.headcount,
                "respondents": None if r.hidden else r.finished,
                "hidden": (r.reason or "below_threshold") if r.hidden else None,
            }
            for r in result.participation
        ],
        "headcount": head,
        "respondents": answered,
    }
    # finished with too few answers to count: 0, a count of at least the threshold, or None
    out["insufficient"] = result.insufficient
    body = analysis_dict(result.analysis) if result.shown else {}
    out["instruments"] = body.get("instruments", {})
    for key in ("level", "key_demotivators", "dismissal_ranking"):
        out[key] = body.get(key)
    out["drivers"] = drivers_dict(result.drivers, translate)
    from app.services.quality import quality_dict  # answer quality (issue 20.3)

    out["answer_quality"] = quality_dict(result.analysis, flt, result.shown, translate)
    previous = result.analysis.previous if result.shown else None
    if result.previous is not None and previous is not None:
        out["previous"] = {
            "campaign": {"id": result.previous.campaign_id, "name": result.previous.name},
            **analysis_dict(previous),
        }
        if not previous.disclosure.allowed:
            out["previous"]["reason"] = reason_text(
                previous.disclosure.reason, previous.disclosure.threshold, translate
            )
    else:
        out["previous"] = None
    return out
