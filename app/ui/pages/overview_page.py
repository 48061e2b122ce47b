"""Overview: the latest campaign's headline figures and what needs doing (issues 22.3, 16.5).

The figures are the campaign report's page 1, taken from the analysis service through
app/services/overview.py (computed off the GUI thread: the service needs pandas, which the
window does not load before it is on screen). Each thing to do has a button that goes there;
the main window connects the signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.scoring.privacy import reason_text
from app.ui.formatting import fmt_date, fmt_number, fmt_percent
from app.ui.pages.page import Page
from app.ui.texts import campaign_status_text
from app.ui.workers import TaskRunner, error_text

HIDDEN = "×"


class HeadlineView(QWidget):
    """The report's page-1 figures of one campaign view (app.services.overview.Headline)."""

    def __init__(self, parent=None, latest: bool = True):
        super().__init__(parent)
        self.headline = None
        self.latest = latest  # the overview's latest campaign, or the one chosen (analysis)
        self.campaign_title = QLabel()
        self.campaign_title.setObjectName("overview_campaign")
        self.campaign_title.setWordWrap(True)
        self.campaign_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("overview_reason")
        self.reason_label.setWordWrap(True)
        self.figures_box = QGroupBox()
        self.figures_box.setObjectName("overview_figures")
        self._box_layout = QVBoxLayout(self.figures_box)
        self._box_layout.setContentsMargins(4, 4, 4, 4)
        self._rows = None  # a fresh widget per headline: nothing is taken out of a layout
        self.figures = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.campaign_title)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.figures_box)
        self.value_labels: dict[str, QLabel] = {}  # key -> value label (tests read them)
        self.retranslate_ui()

    def show_headline(self, headline) -> None:
        self.headline = headline
        if self._rows is not None:
            self._rows.hide()
            self._rows.deleteLater()
        self._rows = QWidget()
        self.figures = QGridLayout(self._rows)
        self.figures.setColumnStretch(1, 1)
        self.figures.setHorizontalSpacing(16)
        self._box_layout.addWidget(self._rows)
        self.value_labels = {}
        self.figures_box.setVisible(headline is not None)
        if headline is None:
            self.campaign_title.setText(self.tr("No survey campaign yet."))
            self.reason_label.hide()
            return
        self._render_headline(headline)

    def retranslate_ui(self) -> None:
        self.figures_box.setTitle(self.tr("Headline figures (as on page 1 of the report)"))
        if self.headline is not None:
            self.show_headline(self.headline)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _add_figure(self, key: str, name: str, value: str, note: str = "") -> None:
        row = self.figures.rowCount()
        title = QLabel(name)
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        title.setMinimumWidth(200)
        shown = QLabel(value)
        shown.setObjectName("overview_" + key)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.addWidget(title, row, 0)
        self.figures.addWidget(shown, row, 1)
        if note:
            extra = QLabel(note)
            extra.setWordWrap(True)
            extra.setStyleSheet("color: #555;")
            self.figures.addWidget(extra, row + 1, 1)
        self.value_labels[key] = shown

    def _render_headline(self, h) -> None:
        status = campaign_status_text(h.status)
        title = (
            self.tr("Latest campaign: %1 (%2 – %3, %4)")
            if self.latest
            else self.tr("Campaign: %1 (%2 – %3, %4)")
        )
        self.campaign_title.setText(
            title.replace("%1", h.name)
            .replace("%2", fmt_date(h.period_start))
            .replace("%3", fmt_date(h.period_end))
            .replace("%4", status)
        )
        self.reason_label.setText(
            "" if h.shown else reason_text(h.reason, h.threshold, self._translate)
        )
        self.reason_label.setVisible(not h.shown)
        # participation: always (PRODUCT.md §8), a hidden total says so
        if h.respondents is None:
            value = self.tr("%1 of %2").replace("%1", HIDDEN).replace("%2", str(h.headcount))
            note = reason_text("below_threshold", h.threshold, self._translate)
        else:
            value = (
                self.tr("%1 of %2 (%3)")
                .replace("%1", str(h.respondents))
                .replace("%2", str(h.headcount))
                .replace("%3", fmt_percent(h.share) or "–")
            )
            note = (
                self.tr("at least 35 % taken part")
                if h.meets_target
                else self.tr("below the 35 % the methodology asks")
            )
        self._add_figure("participation", self.tr("Participation"), value, note)
        if not h.shown:
            return
        if h.level is not None:
            note = self._level_words(h.level_label)
            if h.level_before_hidden:
                note += "; " + self.tr("previous campaign: %1").replace("%1", HIDDEN)
            elif h.level_before is not None:
                note += "; " + self.tr("previous campaign «%1»: %2, change %3").replace(
                    "%1", h.previous_name
                ).replace("%2", fmt_number(h.level_before, 3)).replace(
                    "%3", self._change_words(h.level_change, 3, h.level_significant)
                )
            self._add_figure(
                "level", self.tr("Integral motivation level"), fmt_number(h.level, 3), note
            )
        if h.motivators:
            self._add_figure(
                "motivators",
                self.tr("Strongest motivators"),
                "\n".join(
                    self.tr("%1: significance %2, satisfaction %3")
                    .replace("%1", name)
                    .replace("%2", fmt_number(imp, 2))
                    .replace("%3", fmt_number(per, 2))
                    for name, imp, per in h.motivators
                ),
            )
        if h.reserves:
            self._add_figure(
                "reserves",
                self.tr("Reserves: satisfaction below significance"),
                "\n".join(
                    self.tr("%1 (gap %2)").replace("%1", name).replace("%2", fmt_number(gap, 2))
                    for name, gap in h.reserves
                ),
            )
        if h.demotivators:
            self._add_figure(
                "demotivators",
                self.tr("Key demotivators"),
                "\n".join(
                    self.tr("%1: %2 rated it 0–2")
                    .replace("%1", name)
                    .replace("%2", fmt_percent(share))
                    for name, share in h.demotivators
                ),
            )
        if h.leave_reasons:
            self._add_figure(
                "leave_reasons",
                self.tr("Main reasons to leave"),
                "\n".join(
                    self.tr("%1 (%2 %)").replace("%1", name).replace("%2", fmt_number(v, 1))
                    for name, v in h.leave_reasons
                ),
            )
        if h.job_total is not None:
            value = fmt_number(h.job_total, 1) + " %"
            if h.job_shares:
                value += (
                    " ("
                    + self.tr("high %1, medium %2, low %3")
                    .replace("%1", fmt_percent(h.job_shares.get("high"), 0))
                    .replace("%2", fmt_percent(h.job_shares.get("medium"), 0))
                    .replace("%3", fmt_percent(h.job_shares.get("low"), 0))
                    + ")"
                )
            note = (
                ""
                if h.job_before is None
                else self.tr("change %1").replace(
                    "%1",
                    self._change_words(h.job_total - h.job_before, 1, h.job_significant),
                )
            )
            self._add_figure("job", self.tr("Job satisfaction (% of maximum)"), value, note)
        if h.types or h.types_hidden:
            parts = [f"{name}: {count} ({fmt_percent(share, 0)})" for name, count, share in h.types]
            if h.types_mixed is not None:
                parts.append(self.tr("Mixed type") + f": {h.types_mixed}")
            if h.types_hidden:
                parts.append(", ".join(h.types_hidden) + ": " + HIDDEN)
            self._add_figure(
                "types",
                self.tr("Gerchikov types (people)"),
                "\n".join(parts),
                "\n".join(
                    HIDDEN + " " + reason_text(r, h.threshold, self._translate)
                    for r in h.types_hidden_reasons
                ),
            )
        for inst_id, reason in h.hidden_parts.items():
            self._add_figure(
                "hidden_" + inst_id,
                self._instrument_title(inst_id),
                HIDDEN,
                reason_text(reason, h.threshold, self._translate),
            )

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def _change_words(self, value: float | None, decimals: int, significant: bool | None) -> str:
        """The change with ↑/↓ only beyond noise, and the words saying which it is."""
        if significant:
            words = self.tr("beyond noise")
        elif significant is None:
            words = self.tr("not assessed")
        else:
            words = self.tr("within noise, not a change")
        return _signed(value, decimals, significant) + " (" + words + ")"

    def _level_words(self, label_id: str | None) -> str:
        from app.scoring.level import LEVEL_LABELS

        text = next((t for i, _lower, t in LEVEL_LABELS if i == label_id), "")
        return self._translate("Levels", text) if text else ""

    def _instrument_title(self, inst_id: str) -> str:
        """A hidden part's title: by the part its instrument plays, else its id."""
        from app.scoring import roles

        inst = self.service.library.get(inst_id) if self.service is not None else None
        return {
            roles.SIGNIFICANCE: self.tr("Significance"),
            roles.SATISFACTION: self.tr("Satisfaction"),
            roles.LEAVING: self.tr("Reasons for leaving"),
            roles.JOB_SATISFACTION: self.tr("Job satisfaction"),
            roles.CLIMATE: self.tr("Climate"),
            roles.MOTIVATION_TYPES: self.tr("Motivation types"),
        }.get(inst.role if inst is not None else "", inst_id)


class OverviewPage(Page):
    page_requested = Signal(str)  # a page id of the main window
    campaign_requested = Signal(int)  # the campaigns page with this campaign selected
    analysis_requested = Signal(int)  # the analysis page on this campaign
    overdue_requested = Signal()  # the cards page showing overdue plans only
    setup_requested = Signal()  # the first-run assistant

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.setObjectName("overview_page")
        self.overview = None  # app.services.overview.Overview on display
        self.service = None  # the analysis service, made on first use (pandas)
        self.tasks = TaskRunner(self)  # a newer refresh supersedes a slower older one
        # a head of several departments sees one at a time (chosen here)
        self.department_id: int | None = None
        self.department_label = QLabel()
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("overview_department")
        self.department_combo.currentIndexChanged.connect(self._on_department_chosen)
        self.department_label.hide()
        self.department_combo.hide()
        self.headline_view = HeadlineView()
        self.details_button = QPushButton()
        self.details_button.setObjectName("overview_open_analysis")
        self.details_button.clicked.connect(self._open_analysis)
        self.todo_box = QGroupBox()
        self.todo_box.setObjectName("overview_todos")
        self._todo_box_layout = QVBoxLayout(self.todo_box)
        self._todo_rows = None
        self.todo_layout = None
        self.status_label = QLabel()
        self.status_label.setObjectName("overview_status")
        self.status_label.setWordWrap(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        choose = QHBoxLayout()
        choose.addWidget(self.department_label)
        choose.addWidget(self.department_combo)
        choose.addStretch(1)
        column.addLayout(choose)
        column.addWidget(self.headline_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.details_button)
        column.addLayout(row)
        column.addWidget(self.todo_box)
        column.addWidget(self.status_label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("overview_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.todo_buttons: dict[str, QPushButton] = {}
        self.retranslate_ui()

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        context = self.context
        if context.database is None:
            self.show_overview(None)
            return
        database, scope = context.database, context.department_scope()
        lang, admin = context.content_language, context.principal.is_admin
        department_id = self.department_id
        self._lang = lang  # names of factors and types come in this language
        if self.service is None:
            from app.scoring.instruments import default_library
            from app.services.analysis import AnalysisService

            self.service = AnalysisService(default_library())
        service = self.service

        def compute():
            from app.services.overview import build_overview

            with database.session() as session:
                return build_overview(
                    session, service, scope, lang, admin=admin, department_id=department_id
                )

        self.status_label.setText(self.tr("Computing…"))
        self.tasks.submit(compute, self.show_overview, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(
            self.tr("The overview failed: %1").replace("%1", error_text(error))
        )

    def show_overview(self, overview) -> None:
        self.overview = overview
        self.status_label.setText("")
        self._render()

    # --- drawing ------------------------------------------------------------------------
    def _render(self) -> None:
        if self._todo_rows is not None:
            self._todo_rows.hide()
            self._todo_rows.deleteLater()
        self._todo_rows = QWidget()
        self.todo_layout = QVBoxLayout(self._todo_rows)
        self.todo_layout.setContentsMargins(0, 0, 0, 0)
        self._todo_box_layout.addWidget(self._todo_rows)
        self.todo_buttons = {}
        o = self.overview
        if o is None or not o.has_organisation:
            self.show_empty(True)
            return
        self.show_empty(False)
        self._show_departments(o.headline)
        self.headline_view.show_headline(o.headline)
        self.details_button.setVisible(o.headline is not None)
        self._render_todos(o.todos)

    def _show_departments(self, headline) -> None:
        choices = headline.departments if headline is not None else []
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        for dept_id, name in choices:
            self.department_combo.addItem(name, dept_id)
        if choices:
            self.department_combo.setCurrentIndex(
                max(0, self.department_combo.findData(headline.department_id))
            )
        self.department_combo.blockSignals(False)
        for widget in (self.department_label, self.department_combo):
            widget.setVisible(len(choices) > 1)

    def _on_department_chosen(self, _index: int) -> None:
        self.department_id = self.department_combo.currentData()
        self.refresh()

    def _render_todos(self, todos) -> None:
        admin = self.context.principal.is_admin
        if not todos:
            done = QLabel(self.tr("Nothing needs doing right now."))
            done.setObjectName("overview_nothing_to_do")
            self.todo_layout.addWidget(done)
            return
        for todo in todos:
            text, action, slot = self._todo_texts(todo, admin)
            row = QHBoxLayout()
            label = QLabel(text)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            if action:
                button = QPushButton(action)
                button.setObjectName("todo_" + todo.kind)
                button.setToolTip(text)  # what the button is for, beside its short verb
                button.clicked.connect(slot)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.todo_buttons[todo.kind] = button
            self.todo_layout.addLayout(row)

    def _todo_texts(self, todo, admin: bool):
        if todo.kind == "low_participation":
            text = (
                self.tr(
                    "Campaign «%1» is open and only %2 of the headcount have taken part "
                    "(%3 people); the methodology asks for at least 35 %."
                )
                .replace("%1", todo.name)
                .replace("%2", fmt_percent(todo.share))
                .replace("%3", str(todo.count))
            )
            if admin:
                return (
                    text,
                    self.tr("Open the campaign"),
                    lambda: self.campaign_requested.emit(todo.campaign_id),
                )
            return (
                text,
                self.tr("Participation"),
                lambda: self.analysis_requested.emit(todo.campaign_id),
            )
        if todo.kind == "overdue_plans":
            return (
                self.tr("%1 card(s) have plan items past their deadline (%2 items).")
                .replace("%1", str(todo.count))
                .replace("%2", str(todo.items)),
                self.tr("Show overdue cards"),
                self.overdue_requested.emit,
            )
        if todo.kind == "reviews_due":
            return (
                self.tr("%1 card(s) are due for their yearly review within 30 days.").replace(
                    "%1", str(todo.count)
                ),
                self.tr("Open the cards"),
                lambda: self.page_requested.emit("cards"),
            )
        if todo.kind == "no_departments":
            return (
                self.tr("The organisation has no departments yet: add them with their headcounts."),
                self.tr("Setup assistant…"),
                self.setup_requested.emit,
            )
        if todo.kind == "no_employees":
            return (
                self.tr("No employees yet: type the staff list or import it from Excel."),
                self.tr("Open the employees"),
                lambda: self.page_requested.emit("employees"),
            )
        if todo.kind == "no_campaign":
            return (
                self.tr("No survey campaign yet: create the first one."),
                self.tr("Open the campaigns"),
                lambda: self.page_requested.emit("campaigns"),
            )
        return todo.kind, "", None

    def _open_analysis(self) -> None:
        if self.overview is not None and self.overview.headline is not None:
            self.analysis_requested.emit(self.overview.headline.campaign_id)

    def _on_empty_action(self) -> None:
        self.setup_requested.emit()

    # --- words --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Overview"))
        self.details_button.setText(self.tr("Open the analysis"))
        self.details_button.setToolTip(
            self.tr("All figures of this campaign, with filters by department and group")
        )
        self.todo_box.setTitle(self.tr("What needs doing"))
        self.department_label.setText(self.tr("Department:"))
        self.department_combo.setToolTip(
            self.tr(
                "You head several departments: the figures are shown for one department at a "
                "time, each under the anonymity rule"
            )
        )
        admin = self.context.principal.is_admin
        self.empty_state.set_texts(
            self.tr("Start here"),
            self.tr(
                "The database is empty. First set up the organisation, its departments "
                "with headcounts and the staff list (typed or imported from Excel); then "
                "create the first survey campaign. Or open the demo database to look "
                "around."
            )
            if admin
            else self.tr("The organisation is not set up yet. Ask the HR administrator."),
            self.tr("Setup assistant…") if admin else "",
        )
        self.empty_demo_button.setText(self.tr("Open the demo database"))
        self.empty_demo_button.setVisible(admin)
        if self.overview is not None:
            if getattr(self, "_lang", None) != self.context.content_language:
                self.refresh()  # the factor names in the other language
            else:
                self._render()

    @property
    def value_labels(self) -> dict[str, QLabel]:
        return self.headline_view.value_labels


def _signed(value: float | None, decimals: int, significant: bool | None = True) -> str:
    """ "↑ +0,05" only when the change is beyond noise; otherwise "+0,05" with no arrow."""
    if value is None:
        return "–"
    value = round(value, decimals)
    if not significant:
        sign = "+" if value > 0 else ("−" if value < 0 else "")
        return sign + fmt_number(abs(value), decimals)
    arrow = "↑ +" if value > 0 else ("↓ −" if value < 0 else "= ")
    return arrow + fmt_number(abs(value), decimals)
