"""PDFs of the five motivational cards (App. 8-12), laid out like the seed's tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.data.card_forms import (
    CARD_TITLES,
    CAREER_BLOCKS,
    CHOICE_QUESTIONS,
    DIAGNOSTIC_SECTIONS,
    GROWTH_SECTIONS,
    PERSONAL_EMPLOYEE_FIELDS,
    PERSONAL_HR_FIELDS,
    PLAN_STATUS,
    STOP_REASONS,
    STRATEGIC_COLUMNS,
    STRATEGIC_COMPONENTS,
    TERMS,
    is_overdue,
)
from app.labels import CARD_STATUS
from app.markers import QT_TRANSLATE_NOOP
from app.reports.pdf import COPY_LABELS, PdfDocument, Translate, identity

# The cards whose document holds three copies, one per addressee, each from a new page
# (App. 9-10: the employee, the direct manager, the HR service): growth and career.
KINDS_IN_COPIES = ("growth", "career")


def copies_in(kind: str) -> int:
    """How many copies of itself the document of a card of `kind` holds."""
    return len(COPY_LABELS) if kind in KINDS_IN_COPIES else 1


@dataclass(frozen=True)
class PlanRowView:
    section: str
    measure: str
    form: str
    executor: str
    deadline: date | None
    expected_result: str
    confirming_document: str
    status: str
    result: str


@dataclass
class CardView:
    """A card as printed: names already resolved in the document's language."""

    id: int
    kind: str
    organisation: str
    filled_on: date
    status: str
    employee: str = ""
    position: str = ""
    department: str = ""
    campaign: str = ""
    term: str | None = None
    stop_reason: str = ""
    approved_by: str = ""
    approved_on: date | None = None
    next_review_on: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    fields: dict = field(default_factory=dict)
    choices: dict[str, list[str]] = field(default_factory=dict)  # kind -> ranked names
    plan: list[PlanRowView] = field(default_factory=list)
    reviews: list[tuple[date, str, str]] = field(default_factory=list)
    strategic: dict[str, dict[str, str]] = field(default_factory=dict)  # component -> column


def _date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class _CardPdf:
    def __init__(
        self,
        card: CardView,
        lang: str,
        translate: Translate,
        today: date,
        document: type = PdfDocument,
    ):
        self.card, self.lang, self.today = card, lang, today
        self.translate = translate
        title = self.tc(CARD_TITLES[card.kind])
        personal = card.kind in ("personal", "growth", "career")
        self.doc = document(
            title=title,
            organisation=card.organisation,
            translate=translate,
            lang=lang,
            confidential=personal,
            landscape=card.kind == "strategic",
        )
        if card.status == "draft":  # issue 17.2: an unapproved card says so on every page
            self.doc.watermark = self.tr(QT_TRANSLATE_NOOP("Reports", "DRAFT"))

    def tc(self, text: str) -> str:
        return self.translate("Cards", text) or text

    def tr(self, text: str) -> str:
        return self.doc.tr(text)

    def yes_no(self, value) -> str:
        if value is None or value == "":
            return ""
        return (
            self.tr(QT_TRANSLATE_NOOP("Reports", "yes"))
            if value
            else self.tr(QT_TRANSLATE_NOOP("Reports", "no"))
        )

    # --- common parts ------------------------------------------------------------------------

    def header(self) -> None:
        c, doc = self.card, self.doc
        doc.heading(self.tc(CARD_TITLES[c.kind]), c.employee or c.campaign)
        pairs = []
        if c.employee:
            pairs += [
                (self.tr(QT_TRANSLATE_NOOP("Reports", "Employee")), c.employee),
                (self.tr(QT_TRANSLATE_NOOP("Reports", "Position")), c.position),
                (self.tr(QT_TRANSLATE_NOOP("Reports", "Department")), c.department),
            ]
        pairs.append((self.tr(QT_TRANSLATE_NOOP("Reports", "Filled on")), _date(c.filled_on)))
        if c.term:
            pairs.append(
                (self.tr(QT_TRANSLATE_NOOP("Reports", "Term")), self.tc(TERMS.get(c.term, c.term)))
            )
        status = CARD_STATUS.get(c.status, c.status)
        pairs.append(
            (
                self.tr(QT_TRANSLATE_NOOP("Reports", "Status")),
                self.translate("Texts", status) or status,
            )
        )
        if c.stop_reason:
            code, _, detail = c.stop_reason.partition(": ")
            reason = self.tc(STOP_REASONS.get(code, code))
            pairs.append(
                (
                    self.tr(QT_TRANSLATE_NOOP("Reports", "Reason to stop")),
                    reason + (f": {detail}" if detail else ""),
                )
            )
        if c.next_review_on:
            pairs.append(
                (self.tr(QT_TRANSLATE_NOOP("Reports", "Next review")), _date(c.next_review_on))
            )
        doc.fields(pairs)

    def plan_table(self, columns: tuple[str, ...], rows: list[PlanRowView]) -> None:
        names = {
            "measure": QT_TRANSLATE_NOOP("Reports", "Measure"),
            "form": QT_TRANSLATE_NOOP("Reports", "Form / kind"),
            "executor": QT_TRANSLATE_NOOP("Reports", "Executor"),
            "deadline": QT_TRANSLATE_NOOP("Reports", "Deadline"),
            "expected_result": QT_TRANSLATE_NOOP("Reports", "Expected result"),
            "confirming_document": QT_TRANSLATE_NOOP("Reports", "Confirming document"),
            "status": QT_TRANSLATE_NOOP("Reports", "Status"),
            "result": QT_TRANSLATE_NOOP("Reports", "Result, assessment"),
        }
        overdue = self.tr(QT_TRANSLATE_NOOP("Reports", "OVERDUE"))
        data = []
        for row in rows:
            cells = []
            for col in columns:
                if col == "deadline":
                    text = _date(row.deadline)
                    if is_overdue(row.deadline, row.status, self.today):
                        text += f" ({overdue})"
                    cells.append(text)
                elif col == "status":
                    cells.append(self.tc(PLAN_STATUS.get(row.status, row.status)))
                else:
                    cells.append(getattr(row, col))
            data.append(cells)
        weights = {
            "measure": 3,
            "form": 1.4,
            "executor": 1.4,
            "deadline": 1.2,
            "expected_result": 1.6,
            "confirming_document": 1.5,
            "status": 1.1,
            "result": 1.6,
        }
        total = sum(weights[c] for c in columns)
        self.doc.table(
            [self.tr(names[c]) for c in columns],
            data,
            widths=[weights[c] / total for c in columns],
            blank_rows=4,
        )

    def reviews(self) -> None:
        self.doc.subsection(self.tr(QT_TRANSLATE_NOOP("Reports", "Review log")))
        rows = [[_date(d), who, note] for d, who, note in self.card.reviews]
        self.doc.table(
            [
                self.tr(QT_TRANSLATE_NOOP("Reports", "Date")),
                self.tr(QT_TRANSLATE_NOOP("Reports", "Reviewed by")),
                self.tr(QT_TRANSLATE_NOOP("Reports", "Note")),
            ],
            rows,
            widths=[0.15, 0.25, 0.6],
            blank_rows=3,
        )

    # --- kinds --------------------------------------------------------------------------------

    def personal(self) -> None:
        c, doc = self.card, self.doc
        self.header()
        doc.section(self.tr(QT_TRANSLATE_NOOP("Reports", "Filled in by the employee")))
        for kind in ("motivator", "demotivator", "instrument"):
            doc.subsection(self.tc(CHOICE_QUESTIONS[kind]))
            names = c.choices.get(kind, [])
            rows = [[str(rank), name] for rank, name in enumerate(names, start=1)]
            doc.table(
                ["№", self.tr(QT_TRANSLATE_NOOP("Reports", "Answer"))],
                rows,
                widths=[0.07, 0.93],
                blank_rows=3,
            )
        pairs = []
        for spec in PERSONAL_EMPLOYEE_FIELDS:
            value = c.fields.get(spec.id, "")
            pairs.append(
                (self.tc(spec.label), self.yes_no(value) if spec.kind == "bool" else value)
            )
        doc.space(2)
        doc.fields(pairs)
        doc.section(self.tr(QT_TRANSLATE_NOOP("Reports", "Filled in by the HR service")))
        doc.fields([(self.tc(s.label), c.fields.get(s.id, "")) for s in PERSONAL_HR_FIELDS])
        doc.subsection(
            self.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Recommended measures to meet the employee's significant needs and "
                    "motives and to remove demotivators",
                )
            )
        )
        self.plan_table(("measure", "executor", "deadline", "result"), c.plan)
        doc.signatures(
            [
                self.tr(QT_TRANSLATE_NOOP("Reports", "Employee")),
                self.tr(QT_TRANSLATE_NOOP("Reports", "HR service")),
            ]
        )

    def growth(self) -> None:
        def body() -> None:
            self.header()
            self.doc.section(self.tr(QT_TRANSLATE_NOOP("Reports", "Professional growth plan")))
            for section_id, label, examples in GROWTH_SECTIONS:
                self.doc.subsection(self.tc(label))
                self.doc.note(self.tc(examples))
                rows = [r for r in self.card.plan if r.section == section_id]
                self.plan_table(
                    (
                        "measure",
                        "form",
                        "deadline",
                        "expected_result",
                        "confirming_document",
                        "status",
                    ),
                    rows,
                )
            self.reviews()
            self.doc.signatures(
                [
                    self.tr(QT_TRANSLATE_NOOP("Reports", "Employee")),
                    self.tr(QT_TRANSLATE_NOOP("Reports", "Direct manager")),
                    self.tr(QT_TRANSLATE_NOOP("Reports", "HR service")),
                ]
            )

        self.doc.in_copies(body)

    def career(self) -> None:
        def body() -> None:
            c = self.card
            self.header()
            for number, label, specs in CAREER_BLOCKS:
                self.doc.subsection(f"{number}. {self.tc(label)}")
                if number == "10":
                    self.plan_table(
                        ("measure", "form", "deadline", "expected_result", "status"), c.plan
                    )
                    continue
                self.doc.fields([(self.tc(s.label), c.fields.get(s.id, "")) for s in specs])
            self.reviews()
            self.doc.signatures(
                [
                    self.tr(QT_TRANSLATE_NOOP("Reports", "Employee")),
                    self.tr(QT_TRANSLATE_NOOP("Reports", "Direct manager")),
                    self.tr(QT_TRANSLATE_NOOP("Reports", "HR service")),
                ]
            )

        self.doc.in_copies(body)

    def diagnostic(self) -> None:
        c, doc = self.card, self.doc
        self.header()
        for title, specs in DIAGNOSTIC_SECTIONS:
            doc.section(self.tc(title))
            doc.fields([(self.tc(s.label), c.fields.get(s.id, "")) for s in specs])
        doc.section(self.tr(QT_TRANSLATE_NOOP("Reports", "Plan of motivational measures")))
        self.plan_table(("measure", "executor", "deadline", "status", "result"), c.plan)
        doc.signatures([self.tr(QT_TRANSLATE_NOOP("Reports", "Head of the HR service"))])

    def strategic(self) -> None:
        c, doc = self.card, self.doc
        doc.approval(
            self.tr(QT_TRANSLATE_NOOP("Reports", "Head of the organisation")),
            c.approved_by,
            c.approved_on,
        )
        self.header()
        header = [self.tr(QT_TRANSLATE_NOOP("Reports", "Component of the motivation strategy"))]
        header += [self.tc(label) for _id, label in STRATEGIC_COLUMNS]
        rows = []
        for component, label in STRATEGIC_COMPONENTS:
            values = c.strategic.get(component, {})
            rows.append([self.tc(label)] + [values.get(col, "") for col, _l in STRATEGIC_COLUMNS])
        doc.space(3)
        doc.table(header, rows, widths=[0.15, 0.19, 0.19, 0.1, 0.1, 0.09, 0.09, 0.09])
        doc.signatures(
            [
                self.tr(QT_TRANSLATE_NOOP("Reports", "Head of the organisation")),
                self.tr(QT_TRANSLATE_NOOP("Reports", "Head of the HR service")),
            ]
        )

    def render(self) -> bytes:
        getattr(self, self.card.kind)()
        return self.doc.render()


def render_card(
    card: CardView,
    lang: str,
    translate: Translate = identity,
    today: date | None = None,
    fmt: str = "pdf",
) -> bytes:
    """The card as PDF bytes, or (fmt="docx") as an editable Word file with the same content."""
    document = PdfDocument
    if fmt == "docx":
        from app.reports.docx_document import DocxDocument

        document = DocxDocument
    return _CardPdf(card, lang, translate, today or date.today(), document).render()
