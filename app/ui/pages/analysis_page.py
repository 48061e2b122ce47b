"""Analysis: a campaign's figures by tab, with filters; computed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.data.queries import PARTICIPATION_TARGET, list_campaigns
from app.reports import tables
from app.scoring.analysis import Filter
from app.scoring.instruments import default_library
from app.scoring.level import load_parameters
from app.scoring.privacy import Disclosure
from app.scoring.roles import (
    CLIMATE,
    JOB_SATISFACTION,
    LEAVING,
    MOTIVATION_TYPES,
    SATISFACTION,
    SIGNIFICANCE,
    role_id,
    role_instrument,
)
from app.scoring.vocab import TENURE_BANDS
from app.services.analysis import AnalysisService
from app.ui.formatting import fmt_number, fmt_percent
from app.ui.item_models.numbers import spec_columns
from app.ui.item_models.rows_table_model import RowsTableModel
from app.ui.pages import analysis_tabs as tabs
from app.ui.pages.change_marks import level_note
from app.ui.pages.page import Page
from app.ui.shortcuts import bind, tip
from app.ui.texts import tenure_band_text
from app.ui.workers import TaskRunner, error_text

_BELOW_TARGET = QColor("#fde2e1")


# the roles (app/scoring/roles.py) whose instruments the fixed sections show; any other
# questionnaire gets a section of its own
SHOWN_ELSEWHERE = (
    SIGNIFICANCE,
    SATISFACTION,
    LEAVING,
    CLIMATE,
    JOB_SATISFACTION,
    MOTIVATION_TYPES,
)


class AnalysisPage(Page):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.library = default_library()
        self.service = AnalysisService(self.library)
        self.analysis = None
        self.result = None  # the service's AnalysisResult on display
        # a filter clicked twice supersedes the first run: it never lands last (issue 16.1)
        self.tasks = TaskRunner(self)
        self.print_tasks = TaskRunner(self)
        self.campaign_label = QLabel()
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("analysis_campaign_combo")
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_changed)
        self.filter_label = QLabel()
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("analysis_department_filter")
        self.tenure_combo = QComboBox()
        self.tenure_combo.setObjectName("analysis_tenure_filter")
        self.gender_combo = QComboBox()
        self.gender_combo.setObjectName("analysis_gender_filter")
        self.manager_combo = QComboBox()
        self.manager_combo.setObjectName("analysis_manager_filter")
        for combo in (
            self.department_combo,
            self.tenure_combo,
            self.gender_combo,
            self.manager_combo,
        ):
            combo.currentIndexChanged.connect(self._recompute)
        # answer quality (issue 20.3): leave flagged sessions out; off by default, audited
        self.exclude_flagged_check = QCheckBox()
        self.exclude_flagged_check.setObjectName("analysis_exclude_flagged")
        self.exclude_flagged_check.toggled.connect(self._on_exclude_flagged)
        self.status_label = QLabel()
        self.status_label.setObjectName("analysis_status")
        self.status_label.setWordWrap(True)
        # Nine sections and the overview do not fit a 1366 px row of tabs in Kazakh or
        # Russian (issue 16.5): a list to choose from, the tab bar hidden.
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("analysis_tabs")
        self.tab_widget.tabBar().hide()
        self.tab_widget.setDocumentMode(True)
        self.section_label = QLabel()
        self.section_combo = QComboBox()
        self.section_combo.setObjectName("analysis_section")
        self.section_combo.setMaxVisibleItems(12)
        self.section_combo.currentIndexChanged.connect(self.select_section)
        self.tab_widget.currentChanged.connect(self._on_tab_changed)
        self._build_overview_tab()
        self._build_participation_tab()
        self._build_figure_tabs()
        self.print_button = QPushButton()
        self.print_button.setObjectName("analysis_print")
        self.print_button.clicked.connect(self.print_report)
        bind(self.print_button, "Ctrl+Shift+E")
        self.printer_button = QPushButton()
        self.printer_button.setObjectName("analysis_printer")
        self.printer_button.clicked.connect(lambda: self.print_report_on_printer())
        bind(self.printer_button, QKeySequence.StandardKey.Print)
        top = QHBoxLayout()
        top.addWidget(self.campaign_label)
        top.addWidget(self.campaign_combo, 2)
        top.addWidget(self.section_label)
        top.addWidget(self.section_combo, 1)
        top.addWidget(self.printer_button)
        top.addWidget(self.print_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        for combo in (
            self.department_combo,
            self.tenure_combo,
            self.gender_combo,
            self.manager_combo,
        ):
            filters.addWidget(combo, 1)
        # beside the status line, not in the filter row: in Kazakh that row would be wider
        # than a 1366x768 laptop's window
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.exclude_flagged_check)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.tab_widget, 1)
        self.retranslate_ui()

    # --- tabs -----------------------------------------------------------------------------
    def select_section(self, index: int) -> None:
        if 0 <= index < self.tab_widget.count():
            self.tab_widget.setCurrentIndex(index)

    def _on_tab_changed(self, index: int) -> None:
        if self.section_combo.currentIndex() != index:
            self.section_combo.setCurrentIndex(index)

    def _build_overview_tab(self) -> None:
        """The report's page 1 for the current campaign and filter, first (issue 16.5)."""
        from app.ui.pages.overview_page import HeadlineView

        self.overview_view = HeadlineView(latest=False)
        scroll = QScrollArea()
        scroll.setObjectName("analysis_overview")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview_view)
        self.overview_tab = scroll
        self.tab_widget.addTab(scroll, "")

    def _build_participation_tab(self) -> None:
        # participation as app/reports/tables.py defines it (the report prints the same)
        self.model = RowsTableModel(
            spec_columns(
                tables.PARTICIPATION_TABLE,
                background={"share": lambda r: _BELOW_TARGET if r.below_target else None},
            ),
            self,
        )
        self.table_view = QTableView()
        self.table_view.setObjectName("participation_table")
        self.table_view.setModel(self.model)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole headings
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table_view.verticalHeader().hide()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.table_view, 1)
        box.addWidget(self.target_label)
        self.participation_tab = page
        self.tab_widget.addTab(page, "")

    def _build_figure_tabs(self) -> None:
        # tables 2.1, 2.2 and 2.6 as app/reports/tables.py defines them (the report prints them)
        self.significance_tab = tabs.FigureTab(
            tabs.factor_columns(tables.SIGNIFICANCE_TABLE), name_column=1
        )
        self.satisfaction_tab = tabs.FigureTab(
            tabs.factor_columns(tables.SATISFACTION_TABLE), name_column=1
        )
        self.dismissal_tab = tabs.FigureTab(
            tabs.factor_columns(tables.LEAVING_TABLE), name_column=1
        )
        self.level_tab = tabs.FigureTab(
            tabs.level_columns(_BELOW_TARGET),
            with_chart=True,
        )
        # table 3.4 as app/reports/tables.py defines it (the report prints the same)
        self.job_tab = tabs.FigureTab(
            spec_columns(tables.tenure_table(list(TENURE_BANDS) + ["not_given", "all"]))
        )
        # table 2.7 as app/reports/tables.py defines it (the report prints the same)
        climate = role_instrument(self.library, CLIMATE)
        self.climate_tab = tabs.FigureTab(
            tabs.climate_columns(climate),
            with_chart=True,
        )
        self.types_tab = tabs.FigureTab(
            spec_columns(tables.TYPES_TABLE),
            with_chart=True,
        )
        # the motivational balance, tables 2.5 and 2.3 beside the level's chart; 3.6 and 3.5
        # under job satisfaction by tenure (app/reports/tables.py; the report prints the same)
        self.balance_table = self.level_tab.add_table(spec_columns(tables.BALANCE_TABLE))
        self.level_scale_table = self.level_tab.add_table(
            spec_columns(tables.LEVEL_SCALE_TABLE), name_column=1
        )
        self.calculation_table = self.level_tab.add_table(spec_columns(tables.CALCULATION_TABLE))
        self.job_factors_table = self.job_tab.add_table(
            tabs.change_columns(tables.SATISFACTION_FACTORS_TABLE, 1), name_column=3
        )
        self.job_scale_table = self.job_tab.add_table(
            spec_columns(tables.SATISFACTION_SCALE_TABLE), name_column=1
        )
        self.figure_tabs = [
            self.significance_tab,
            self.satisfaction_tab,
            self.level_tab,
            self.dismissal_tab,
            self.job_tab,
            self.climate_tab,
            self.types_tab,
        ]
        for tab in self.figure_tabs:
            self.tab_widget.addTab(tab, "")
        from app.ui.pages.profiles_tab import ProfilesTab

        self.profiles_tab = ProfilesTab(self.context, self.library)
        self.tab_widget.addTab(self.profiles_tab, "")
        from app.ui.pages.drivers_tab import DriversTab

        self.drivers_tab = DriversTab(self.context.content_language)
        self.tab_widget.addTab(self.drivers_tab, "")
        from app.ui.pages.quality_tab import QualityTab

        self.quality_tab = QualityTab(self.library, self.context.content_language)
        self.tab_widget.addTab(self.quality_tab, "")
        # an office's own questionnaire (issue 19.3): a section of its own, laid out from its
        # scoring method — a factor table (factor_matrix) or its scales' means
        self.extra_tabs: dict[str, tabs.FigureTab] = {}
        for inst in self.library.values():
            if inst.kind != "questionnaire" or not inst.active or inst.role in SHOWN_ELSEWHERE:
                continue
            if inst.scoring.method == "factor_matrix":
                tab = tabs.FigureTab(tabs.factor_columns(), name_column=1)
            else:
                tab = tabs.FigureTab(
                    tabs.profile_columns(),
                    with_chart=True,
                )
            tab.setObjectName(f"analysis_{inst.id}")
            self.extra_tabs[inst.id] = tab
            self.tab_widget.addTab(tab, "")

    # --- data -----------------------------------------------------------------------------
    def _department_name(self, row) -> str:
        if row.department_id is None:
            return self.tr("Department not given")
        return self.context.pick(row.department_ru, row.department_kk)

    def refresh(self) -> None:
        campaigns = []
        departments = []
        if self.context.database is not None:
            with self.context.database.session() as session:
                campaigns = [c for c in list_campaigns(session) if c.finished]
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        for c in campaigns:
            self.campaign_combo.addItem(c.name, c.id)
        self.campaign_combo.blockSignals(False)
        self._departments = departments
        self.show_empty(not campaigns)
        self._on_campaign_changed()

    def _fill_filters(self, rows) -> None:
        combos = (self.department_combo, self.tenure_combo, self.gender_combo, self.manager_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        if self.context.department_scope() is None:
            self.department_combo.addItem(self.tr("All departments"), None)
        for r in rows:
            if r.department_id is not None:
                self.department_combo.addItem(
                    self.context.pick(r.department_ru, r.department_kk), r.department_id
                )
        self.tenure_combo.addItem(self.tr("Any length of service"), None)
        for band in TENURE_BANDS:
            self.tenure_combo.addItem(tenure_band_text(band), band)
        self.gender_combo.addItem(self.tr("Any gender"), None)
        self.gender_combo.addItem(self.tr("Female"), "female")
        self.gender_combo.addItem(self.tr("Male"), "male")
        self.manager_combo.addItem(self.tr("Managers and staff"), None)
        self.manager_combo.addItem(self.tr("Managers"), True)
        self.manager_combo.addItem(self.tr("Staff (non-managers)"), False)
        for combo in combos:
            combo.blockSignals(False)

    def _refill_filters(self, rows) -> None:
        """The filter lists worded anew (a language switch), each keeping its choice: the view
        shown does not change, so nothing is analysed again."""
        combos = (self.department_combo, self.tenure_combo, self.gender_combo, self.manager_combo)
        chosen = [combo.currentData() for combo in combos]
        self._fill_filters(rows)
        for combo, data in zip(combos, chosen, strict=True):
            index = combo.findData(data)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

    def _on_campaign_changed(self) -> None:
        campaign_id = self.campaign_combo.currentData()
        rows = []
        if campaign_id is not None and self.context.database is not None:
            with self.context.database.session() as session:
                # a department head: only his departments that the campaign covers
                rows = self.service.departments(
                    session, campaign_id, self.context.department_scope()
                )
        self._show_participation(rows)
        self._fill_filters(rows)
        self._recompute()

    def current_filter(self) -> Filter:
        return Filter(
            self.department_combo.currentData(),
            self.tenure_combo.currentData(),
            self.gender_combo.currentData(),
            self.manager_combo.currentData(),
            exclude_flagged=self.exclude_flagged_check.isChecked(),
        )

    def _on_exclude_flagged(self, exclude: bool) -> None:
        """HR's choice to leave flagged sessions out (or take them back) is audited."""
        from app.services.quality import record_exclusion

        campaign_id = self.campaign_combo.currentData()
        if campaign_id is not None and self.context.database is not None:
            with self.context.database.session() as session:
                record_exclusion(
                    session,
                    campaign_id,
                    exclude,
                    "analysis page",
                    user_id=self.context.principal.user_id
                    if self.context.principal is not None
                    else None,
                )
                session.commit()
        self._recompute()

    def _recompute(self) -> None:
        self.profiles_tab.set_department(self.department_combo.currentData())
        campaign_id = self.campaign_combo.currentData()
        if campaign_id is None or self.context.database is None:
            return
        database, service, flt = self.context.database, self.service, self.current_filter()
        scope = self.context.department_scope()

        def compute():
            # The service loads the campaign once per data revision (a filter change reuses
            # it), analyses the previous campaign with the same filter and applies the
            # disclosure rule to both.
            with database.session() as session:
                return service.analyse(session, campaign_id, flt, scope=scope)

        self.status_label.setText(self.tr("Computing…"))
        self.tasks.submit(
            compute, self.show_result, lambda error: self._on_failed(error_text(error))
        )

    def show_result(self, result) -> None:
        from app.services.overview import headline_of

        self.result = result
        self.overview_view.show_headline(
            headline_of(
                result, self.library, self.service.parameters, self.context.content_language
            )
        )
        self._show_participation(result.participation)
        self._participation_note()
        self.show_analysis(result.analysis)

    def _show_participation(self, lines) -> None:
        """The departments' participation and the total (`row.line`: a department's own)."""
        self.model.set_rows(
            tables.participation_rows(
                lines, self._department_name, QCoreApplication.translate, PARTICIPATION_TARGET
            )
        )

    def _participation_note(self) -> None:
        text = self.tr(
            "Target: at least %1 of the headcount of each department (methodology §3.1). "
            "Departments below the target are highlighted."
        ).replace("%1", fmt_percent(PARTICIPATION_TARGET, 0))
        rows = self.result.participation if self.result is not None else []
        for reason in dict.fromkeys(r.reason or "below_threshold" for r in rows if r.hidden):
            text += (
                "\n"
                + tabs.HIDDEN
                + " "
                + tabs.suppression_text(Disclosure(False, 0, reason, rows[0].threshold))
            )
        self.target_label.setText(text)

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(self.tr("The analysis failed: %1").replace("%1", message))

    def show_analysis(self, analysis) -> None:
        self.analysis = analysis
        lang = self.context.content_language
        from app.ui.pages.quality_tab import exclusion_note

        note = (" · " + exclusion_note(analysis.filter)) if analysis.filter.exclude_flagged else ""
        if not analysis.disclosure.allowed:
            self.status_label.setText(tabs.suppression_text(analysis.disclosure) + note)
            for tab in self.figure_tabs + list(self.extra_tabs.values()):
                tab.show_suppressed(analysis.disclosure)
            self.quality_tab.show_suppressed(analysis.disclosure)
            self.drivers_tab.show_suppressed(tabs.suppression_text(analysis.disclosure))
            self.profiles_tab.setEnabled(
                analysis.disclosure.reason not in ("out_of_scope", "department_required")
            )
            return
        self.profiles_tab.setEnabled(True)
        self.status_label.setText(
            self.tr("Respondents in this selection: %1").replace("%1", str(analysis.n)) + note
        )
        self.quality_tab.show_quality(analysis, analysis.filter)
        for role, tab in (
            (SIGNIFICANCE, self.significance_tab),
            (SATISFACTION, self.satisfaction_tab),
            (LEAVING, self.dismissal_tab),
        ):
            inst_id = role_id(self.library, role)
            figures = analysis.instruments.get(inst_id)
            if figures is None:
                tab.show_rows([], self.tr("This campaign did not include this questionnaire."))
            elif not figures.disclosure.allowed:
                tab.show_suppressed(figures.disclosure)
            else:
                rows = tabs.factor_rows(self.library[inst_id], figures, lang, analysis)
                tab.show_rows(rows, tabs.hidden_rows_note(rows, analysis.disclosure.threshold))
        self._show_level(analysis, lang)
        self._show_profile_tab(JOB_SATISFACTION, self.job_tab, lang)
        self._show_profile_tab(CLIMATE, self.climate_tab, lang)
        self._show_profile_tab(MOTIVATION_TYPES, self.types_tab, lang)
        for inst_id, tab in self.extra_tabs.items():
            self._show_extra_tab(inst_id, tab, lang)
        self.drivers_tab.show_drivers(analysis.drivers, analysis.disclosure.threshold, lang)

    def _show_level(self, analysis, lang: str) -> None:
        params = {p.id: self.context.pick(p.name_ru, p.name_kk) for p in load_parameters()}
        rows = tabs.level_rows(analysis, params)
        if not rows:
            self.level_tab.show_rows(
                [],
                self.tr(
                    "The motivation level needs both the significance and the satisfaction "
                    "questionnaire with enough respondents."
                ),
            )
            return
        level = analysis.level
        changes = analysis.changes
        note = (
            self.tr("Integral motivation level: %1 — %2")
            .replace("%1", fmt_number(level.shown, 3))
            .replace("%2", tabs.level_label_text(level.label))
        )
        if changes is not None and changes.level is not None:
            note += " " + level_note(changes.level)
        if analysis.balance and analysis.balance.demotivators:
            note += "\n" + self.tr("Reserves (satisfaction below significance): %1").replace(
                "%1",
                ", ".join(
                    params.get(p.parameter, p.parameter) for p in analysis.balance.demotivators
                ),
            )
        self.level_tab.show_rows(rows, note)
        translate = QCoreApplication.translate
        balance = analysis.balance
        for table, spec, extra in (
            (
                self.balance_table,
                tables.BALANCE_TABLE,
                [] if balance is None else tables.balance_rows(balance, params, translate),
            ),
            (
                self.level_scale_table,
                tables.LEVEL_SCALE_TABLE,
                tables.level_scale_rows(level, translate),
            ),
            (
                self.calculation_table,
                tables.CALCULATION_TABLE,
                tables.calculation_rows(level, translate),
            ),
        ):
            self.level_tab.show_table(table, tabs.table_label(spec), tabs.spec_title(spec), extra)
        ordered = sorted((r for r in rows if not r.total), key=lambda r: -r.gap)
        self.level_tab.chart.set_bars(
            [r.name[:40] for r in ordered],
            [r.gap for r in ordered],
            highlight={i for i, r in enumerate(ordered) if r.gap > 0},
            decimals=2,
            signed=True,
        )

    def _show_extra_tab(self, inst_id: str, tab, lang: str) -> None:
        """An office's own questionnaire, by its scoring method."""
        figures = self.analysis.instruments.get(inst_id)
        if figures is None:
            tab.show_rows([], self.tr("This campaign did not include this questionnaire."))
        elif not figures.disclosure.allowed:
            tab.show_suppressed(figures.disclosure)
        elif figures.factors is not None:
            rows = tabs.factor_rows(self.library[inst_id], figures, lang, self.analysis)
            tab.show_rows(rows, tabs.hidden_rows_note(rows, self.analysis.disclosure.threshold))
        else:
            rows = tabs.profile_rows(self.library[inst_id], figures, lang, self.analysis)
            tab.show_rows(rows)
            tab.chart.set_bars([r.name for r in rows], [r.mean for r in rows], decimals=2)

    def _show_profile_tab(self, role: str, tab, lang: str) -> None:
        inst_id = role_id(self.library, role)
        figures = self.analysis.instruments.get(inst_id)
        if figures is None:
            tab.show_rows([], self.tr("This campaign did not include this questionnaire."))
            return
        if not figures.disclosure.allowed:
            tab.show_suppressed(figures.disclosure)
            return
        inst = self.library[inst_id]
        if role == JOB_SATISFACTION:
            shares = figures.shares
            note = (
                self.tr("Total satisfaction: high (≥ 60 %) %1, medium %2, low (< 40 %) %3")
                .replace("%1", fmt_percent(shares["high"]))
                .replace("%2", fmt_percent(shares["medium"]))
                .replace("%3", fmt_percent(shares["low"]))
            )
            hidden = {d.reason for d in figures.by_tenure_disclosure.values() if not d.allowed}
            note += "".join(
                "\n" + tabs.HIDDEN + " " + tabs.suppression_text(d)
                for d in {
                    d.reason: d for d in figures.by_tenure_disclosure.values() if d.reason in hidden
                }.values()
            )
            tab.show_rows(tabs.tenure_rows(inst, figures, lang), note)
            translate, a = QCoreApplication.translate, self.analysis
            spec = tables.SATISFACTION_FACTORS_TABLE
            rows = tables.satisfaction_factor_rows(
                inst, figures, lang, translate, a.changes, a.previous
            )
            tab.show_table(
                self.job_factors_table, tabs.table_label(spec), tabs.spec_title(spec), rows
            )
            spec = tables.SATISFACTION_SCALE_TABLE
            rows = tables.satisfaction_scale_rows(figures.profile.get("total"), translate)
            tab.show_table(
                self.job_scale_table, tabs.table_label(spec), tabs.spec_title(spec), rows
            )
        elif role == MOTIVATION_TYPES:
            if figures.types is None:  # every type hidden
                tab.show_rows(
                    [],
                    tabs.suppression_text(
                        Disclosure(False, 0, "below_threshold", figures.disclosure.threshold)
                    ),
                )
                return
            rows = tabs.distribution_rows(inst, figures, lang, self.analysis)
            tab.show_rows(
                rows,
                "\n".join(
                    f"{tabs.HIDDEN} "
                    + tabs.suppression_text(
                        Disclosure(False, 0, reason, figures.disclosure.threshold)
                    )
                    for reason in dict.fromkeys(figures.types["hidden"].values())
                ),
            )
            tab.chart.set_bars(
                [r.name for r in rows],
                [None if r.hidden else r.share * 100 for r in rows],
                decimals=1,
                suffix=" %",
            )
        else:
            rows = tabs.climate_rows(inst, figures, lang, self.analysis)
            tab.show_rows(rows, self.tr("Lower is better: 10 (most favourable) … 80."))
            pairs = [r for r in rows if not r.total]
            tab.chart.set_bars(
                [r.left for r in pairs], [r.mean for r in pairs], x_range=(1, 8), decimals=1
            )

    def _report_builder(self, campaign_id: int, lang: str):
        """A function (run off the GUI thread) that renders the campaign report PDF of the
        current campaign and filter in `lang`."""
        from app.reports.campaign_report import render_campaign_report
        from app.services.report_data import load_campaign_report
        from app.ui.i18n import report_translator

        database, library, flt = self.context.database, self.library, self.current_filter()
        scope, service = self.context.department_scope(), self.service
        translate = report_translator(lang)

        def build() -> bytes:
            with database.session() as session:
                report = load_campaign_report(
                    session,
                    campaign_id,
                    library,
                    service.parameters,
                    lang,
                    flt,
                    departments=scope,
                    service=service,
                )
            return render_campaign_report(report, lang, translate)

        return build

    def print_report(self, lang: str | None = None, target=None) -> None:
        """The campaign report PDF for the current campaign and filter, built off the GUI thread."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.reports.pdf import write_atomically
        from app.ui.dialogs.print_dialog import ask_language

        campaign_id = self.campaign_combo.currentData()
        if campaign_id is None or self.context.database is None:
            return
        lang = lang or ask_language(self, self.context)
        if lang is None:
            return
        if target is None:
            name, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Save PDF"),
                str(Path.home() / f"campaign-{campaign_id}-{lang}.pdf"),
                "PDF (*.pdf)",
            )
            if not name:
                return
            target = Path(name)
        build = self._report_builder(campaign_id, lang)
        self.status_label.setText(self.tr("Printing…"))
        self.print_tasks.submit(
            lambda: write_atomically(build(), target),
            lambda path: self.status_label.setText(self.tr("Saved: %1").replace("%1", str(path))),
            lambda error: self._on_failed(error_text(error)),
        )

    def print_report_on_printer(self, lang: str | None = None, printer=None, wait: bool = False):
        """The campaign report of the view shown on a printer (issue 23.4): built off the GUI
        thread, then Qt's print dialog (unless `printer` is given)."""
        from app.ui.dialogs.print_dialog import ask_language
        from app.ui.printing import Printable, run_print

        campaign_id = self.campaign_combo.currentData()
        if campaign_id is None or self.context.database is None:
            return None
        lang = lang or ask_language(self, self.context)
        if lang is None:
            return None
        build, name = self._report_builder(campaign_id, lang), f"campaign-{campaign_id}-{lang}"
        return run_print(self, lambda: [Printable(build(), name)], printer=printer, wait=wait)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Analysis"))
        self.print_button.setText(self.tr("Print PDF…"))
        self.printer_button.setText(self.tr("Print…"))
        tip(
            self.printer_button,
            self.tr("Print the campaign report of the view shown (filters included) on a printer"),
        )
        tip(
            self.print_button,
            self.tr("Save the campaign report of the view shown (filters included) as a PDF"),
        )
        self.campaign_label.setText(self.tr("Campaign:"))
        self.filter_label.setText(self.tr("Filter:"))
        self.section_label.setText(self.tr("Section:"))
        self.exclude_flagged_check.setText(self.tr("Leave out flagged sessions"))
        tip(
            self.exclude_flagged_check,
            self.tr(
                "Leave out sessions flagged for answer quality (the same answer throughout a "
                "rating block, or implausibly fast). Shown only where the anonymity rule allows; "
                "recorded in the audit log."
            ),
        )
        titles = [
            self.tr("Overview"),
            self.tr("Participation"),
            self.tr("Significance"),
            self.tr("Satisfaction"),
            self.tr("Motivation level"),
            self.tr("Reasons for leaving"),
            self.tr("Job satisfaction"),
            self.tr("Climate"),
            self.tr("Motivation types"),
            self.tr("Test profiles"),
            self.tr("Key drivers"),
            self.tr("Answer quality"),
        ]
        titles += [
            self.library[i].short_title.get(self.context.content_language) for i in self.extra_tabs
        ]
        self.section_combo.blockSignals(True)
        current = self.tab_widget.currentIndex()
        self.section_combo.clear()
        for index, title in enumerate(titles):
            self.tab_widget.setTabText(index, title)
            self.section_combo.addItem(f"{index + 1}. {title}")
        self.section_combo.setCurrentIndex(max(current, 0))
        self.section_combo.blockSignals(False)
        self._participation_note()
        self.empty_state.set_texts(
            self.tr("Nothing to analyse yet"),
            self.tr(
                "Figures appear here as soon as a campaign has finished questionnaires. "
                "Open the demo database to explore a finished campaign."
            ),
            self.tr("Open the demo database"),
        )
        # the departments' names and the total row in the new language
        departments = [r.line for r in self.model.rows if not r.total]
        self._show_participation(departments)
        self._refill_filters(departments)
        for tab in [*self.figure_tabs, self.quality_tab]:
            tab.model.retranslate()
        for table in (t for tab in self.figure_tabs for t in tab.extra_tables):
            table.model.retranslate()
        self.drivers_tab.retranslate_ui()
        if self.analysis is not None:
            self.show_analysis(self.analysis)
