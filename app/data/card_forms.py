"""What each kind of card holds (seed 004, App. 8-12), as data shared by the forms and the PDFs.

Labels are English source strings marked for translation (context "Cards"); the ids are what
`Card.fields` and `PlanItem.section` / `StrategicRow.component` store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.markers import QT_TRANSLATE_NOOP
from app.models.base import CardKind, ChoiceKind

CHOICES_PER_KIND = (2, 6)  # App. 8: two to six ranked motivators, demotivators, instruments


@dataclass(frozen=True)
class FieldSpec:
    id: str
    label: str
    kind: str = "text"  # text | long | bool | date
    hint: str = ""


# --- Personal motivational card (App. 8, table 8.1) ------------------------------------------

PERSONAL_EMPLOYEE_FIELDS = (
    FieldSpec(
        "career_interest",
        QT_TRANSLATE_NOOP(
            "Cards",
            "Are information on possible career growth and a career programme important to you?",
        ),
        "bool",
        QT_TRANSLATE_NOOP("Cards", "If yes, a career card is created."),
    ),
    FieldSpec(
        "consent_testing",
        QT_TRANSLATE_NOOP(
            "Cards", "Do you want to know your motivational profile and agree to take the tests?"
        ),
        "bool",
        QT_TRANSLATE_NOOP("Cards", "If yes, a named test session is held."),
    ),
    FieldSpec(
        "agrees_with_results",
        QT_TRANSLATE_NOOP(
            "Cards",
            "Do you agree with the test results; did they help you know your motives better?",
        ),
        "bool",
    ),
    FieldSpec("disagreement_reason", QT_TRANSLATE_NOOP("Cards", "If not, why?"), "long"),
    FieldSpec(
        "proposals",
        QT_TRANSLATE_NOOP(
            "Cards",
            "Which measures would raise the effectiveness of your work and your "
            "satisfaction with it and with our organisation?",
        ),
        "long",
    ),
)
PERSONAL_HR_FIELDS = (
    FieldSpec(
        "conclusions_motives", QT_TRANSLATE_NOOP("Cards", "Conclusions: motives (profile)"), "long"
    ),
    FieldSpec(
        "conclusions_instruments", QT_TRANSLATE_NOOP("Cards", "Conclusions: instruments"), "long"
    ),
    FieldSpec(
        "conclusions_proposals", QT_TRANSLATE_NOOP("Cards", "Conclusions: proposals"), "long"
    ),
)
CHOICE_QUESTIONS = {
    ChoiceKind.MOTIVATOR.value: QT_TRANSLATE_NOOP(
        "Cards",
        "Motivators: which factors matter most to you now for effective work in our "
        "organisation? Rank them.",
    ),
    ChoiceKind.DEMOTIVATOR.value: QT_TRANSLATE_NOOP(
        "Cards",
        "Demotivators: which factors harm (or may harm) the effectiveness and results "
        "of your work or your interest in it? Rank them.",
    ),
    ChoiceKind.INSTRUMENT.value: QT_TRANSLATE_NOOP(
        "Cards",
        "Motivation instruments: which rewards or sanctions are the most effective "
        "for you? Rank them.",
    ),
}

# --- Professional growth card (App. 9, table 9.1): five kinds of activity -------------------

GROWTH_SECTIONS = (
    (
        "education",
        QT_TRANSLATE_NOOP("Cards", "Additional professional education"),
        QT_TRANSLATE_NOOP("Cards", "training, retraining, advanced training"),
    ),
    (
        "training",
        QT_TRANSLATE_NOOP("Cards", "Training events"),
        QT_TRANSLATE_NOOP(
            "Cards", "conferences, round tables, seminars, trainings, business games"
        ),
    ),
    (
        "experience",
        QT_TRANSLATE_NOOP(
            "Cards",
            "Studying, mastering and exchanging professional experience inside or outside "
            "the organisation",
        ),
        QT_TRANSLATE_NOOP(
            "Cards",
            "internships, business trips, rotation, acting in a position, delegation of powers",
        ),
    ),
    (
        "self_education",
        QT_TRANSLATE_NOOP("Cards", "Self-education"),
        QT_TRANSLATE_NOOP(
            "Cards",
            "papers, analytical reports and reviews on advanced practice "
            "and professional literature",
        ),
    ),
    (
        "other",
        QT_TRANSLATE_NOOP("Cards", "Other activities"),
        QT_TRANSLATE_NOOP(
            "Cards", "publications, teaching (lectures), learning a foreign language, research work"
        ),
    ),
)
GROWTH_SECTION_IDS = tuple(s[0] for s in GROWTH_SECTIONS)

TERMS = {
    "short": QT_TRANSLATE_NOOP("Cards", "short-term (1–2 years)"),
    "medium": QT_TRANSLATE_NOOP("Cards", "medium-term (3–5 years)"),
    "long": QT_TRANSLATE_NOOP("Cards", "long-term (over 5 years)"),
}
PLAN_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Cards", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("Cards", "in progress"),
    "done": QT_TRANSLATE_NOOP("Cards", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Cards", "cancelled"),
}

# --- Career card (App. 10, table 10.1): the 12 blocks ------------------------------------------

CAREER_BLOCKS: tuple[tuple[str, str, tuple[FieldSpec, ...]], ...] = (
    (
        "1",
        QT_TRANSLATE_NOOP(
            "Cards", "Position planned by the employee (its qualification requirements)"
        ),
        (
            FieldSpec("target_position", QT_TRANSLATE_NOOP("Cards", "Planned position")),
            FieldSpec(
                "target_requirements",
                QT_TRANSLATE_NOOP("Cards", "Qualification requirements"),
                "long",
            ),
        ),
    ),
    (
        "2",
        QT_TRANSLATE_NOOP("Cards", "General information on the employee and his qualification"),
        (
            FieldSpec("current_position", QT_TRANSLATE_NOOP("Cards", "Current position")),
            FieldSpec("education", QT_TRANSLATE_NOOP("Cards", "Education"), "long"),
            FieldSpec(
                "additional_education",
                QT_TRANSLATE_NOOP("Cards", "Additional professional education"),
                "long",
            ),
            FieldSpec(
                "service_length",
                QT_TRANSLATE_NOOP(
                    "Cards", "Length of service (total / civil service / organisation / position)"
                ),
            ),
            FieldSpec(
                "previous_experience",
                QT_TRANSLATE_NOOP("Cards", "Previous professional experience, positions held"),
                "long",
            ),
        ),
    ),
    (
        "3",
        QT_TRANSLATE_NOOP("Cards", "Inclusion in the reserve of promising / managerial staff"),
        (FieldSpec("reserve", QT_TRANSLATE_NOOP("Cards", "Reserve")),),
    ),
    (
        "4",
        QT_TRANSLATE_NOOP("Cards", "Characteristic"),
        (
            FieldSpec("moral_qualities", QT_TRANSLATE_NOOP("Cards", "Moral qualities"), "long"),
            FieldSpec(
                "business_qualities", QT_TRANSLATE_NOOP("Cards", "Business qualities"), "long"
            ),
        ),
    ),
    (
        "5",
        QT_TRANSLATE_NOOP("Cards", "Merits"),
        (
            FieldSpec(
                "awards", QT_TRANSLATE_NOOP("Cards", "State awards / honorary titles"), "long"
            ),
            FieldSpec("incentives", QT_TRANSLATE_NOOP("Cards", "Incentives"), "long"),
            FieldSpec(
                "public_recognition",
                QT_TRANSLATE_NOOP("Cards", "Public recognition (letters of thanks, public awards)"),
                "long",
            ),
        ),
    ),
    (
        "6",
        QT_TRANSLATE_NOOP("Cards", "Disciplinary penalties, other measures"),
        (FieldSpec("penalties", QT_TRANSLATE_NOOP("Cards", "Penalties and measures"), "long"),),
    ),
    (
        "7",
        QT_TRANSLATE_NOOP(
            "Cards", "Assessment of the effectiveness and results of professional activity"
        ),
        (
            FieldSpec(
                "discipline",
                QT_TRANSLATE_NOOP("Cards", "Indicators of labour and performance discipline"),
                "long",
            ),
            FieldSpec("attestation", QT_TRANSLATE_NOOP("Cards", "Attestations (results)"), "long"),
            FieldSpec("testing", QT_TRANSLATE_NOOP("Cards", "Testing (if taken)"), "long"),
        ),
    ),
    (
        "8",
        QT_TRANSLATE_NOOP(
            "Cards",
            "Assessment of the career goals (positive / negative / alternative ways of promotion)",
        ),
        (FieldSpec("goal_assessment", QT_TRANSLATE_NOOP("Cards", "Assessment"), "long"),),
    ),
    (
        "9",
        QT_TRANSLATE_NOOP("Cards", "Competences needed for the planned position"),
        (FieldSpec("competences", QT_TRANSLATE_NOOP("Cards", "Competences"), "long"),),
    ),
    (
        "10",
        QT_TRANSLATE_NOOP("Cards", "Professional development plan (forms, kinds, stages, term)"),
        (),
    ),
    (
        "11",
        QT_TRANSLATE_NOOP("Cards", "Period of the planned promotion"),
        (FieldSpec("promotion_period", QT_TRANSLATE_NOOP("Cards", "Period")),),
    ),
    (
        "12",
        QT_TRANSLATE_NOOP("Cards", "Results of the career card"),
        (FieldSpec("results", QT_TRANSLATE_NOOP("Cards", "Results"), "long"),),
    ),
)

# Seed §4.4: reasons to stop maintaining a career card.
STOP_REASONS = {
    "promoted": QT_TRANSLATE_NOOP("Cards", "the planned position was reached"),
    "declined": QT_TRANSLATE_NOOP("Cards", "the employee gave up the career goal"),
    "negative_assessment": QT_TRANSLATE_NOOP("Cards", "negative assessment of the career goal"),
    "left": QT_TRANSLATE_NOOP("Cards", "the employee left the organisation"),
    "other": QT_TRANSLATE_NOOP("Cards", "other reason"),
}

# --- Diagnostic motivational card (App. 11, table 11.1) --------------------------------------

DIAGNOSTIC_SECTIONS: tuple[tuple[str, tuple[FieldSpec, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Cards", "General information"),
        (
            FieldSpec("period", QT_TRANSLATE_NOOP("Cards", "Period")),
            FieldSpec("previous_diagnostic", QT_TRANSLATE_NOOP("Cards", "Last diagnostic")),
            FieldSpec(
                "respondents",
                QT_TRANSLATE_NOOP("Cards", "Departments / number of respondents"),
                "long",
            ),
            FieldSpec(
                "respondent_share",
                QT_TRANSLATE_NOOP("Cards", "Share of respondents in the headcount"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Cards", "Motivational cards and the structure of motives"),
        (
            FieldSpec("personal_cards", QT_TRANSLATE_NOOP("Cards", "Personal motivational cards")),
            FieldSpec(
                "personal_cards_assessment",
                QT_TRANSLATE_NOOP("Cards", "Their implementation"),
                "long",
            ),
            FieldSpec("career_cards", QT_TRANSLATE_NOOP("Cards", "Career cards")),
            FieldSpec(
                "career_cards_assessment",
                QT_TRANSLATE_NOOP("Cards", "Their implementation"),
                "long",
            ),
            FieldSpec("growth_cards", QT_TRANSLATE_NOOP("Cards", "Professional growth cards")),
            FieldSpec(
                "growth_cards_assessment",
                QT_TRANSLATE_NOOP("Cards", "Their implementation"),
                "long",
            ),
            FieldSpec(
                "profiles", QT_TRANSLATE_NOOP("Cards", "Employees with a motivational profile")
            ),
            FieldSpec(
                "profiles_assessment",
                QT_TRANSLATE_NOOP("Cards", "Structure of the profiles"),
                "long",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Cards", "Overall motivation level and effectiveness of incentives"),
        (
            FieldSpec(
                "methods", QT_TRANSLATE_NOOP("Cards", "Methods and instruments used"), "long"
            ),
            FieldSpec(
                "main_results", QT_TRANSLATE_NOOP("Cards", "Main results of each method"), "long"
            ),
            FieldSpec("level", QT_TRANSLATE_NOOP("Cards", "Overall motivation level"), "long"),
            FieldSpec(
                "significance", QT_TRANSLATE_NOOP("Cards", "Significance of work factors"), "long"
            ),
            FieldSpec("satisfaction", QT_TRANSLATE_NOOP("Cards", "Job satisfaction"), "long"),
            FieldSpec(
                "balance",
                QT_TRANSLATE_NOOP("Cards", "Motivational balance; key factors lowering motivation"),
                "long",
            ),
            FieldSpec(
                "drivers",
                QT_TRANSLATE_NOOP("Cards", "Key drivers: what goes with job satisfaction"),
                "long",
            ),
            FieldSpec(
                "initiatives",
                QT_TRANSLATE_NOOP("Cards", "Portfolio of employees' motivational initiatives"),
                "long",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Cards", "SWOT analysis of the motivation system"),
        (
            FieldSpec("swot_strengths", QT_TRANSLATE_NOOP("Cards", "Strengths"), "long"),
            FieldSpec("swot_weaknesses", QT_TRANSLATE_NOOP("Cards", "Weaknesses"), "long"),
            FieldSpec(
                "swot_opportunities",
                QT_TRANSLATE_NOOP("Cards", "Opportunities, incl. key significance indicators"),
                "long",
            ),
            FieldSpec(
                "swot_threats",
                QT_TRANSLATE_NOOP("Cards", "Staff threats, incl. key demotivators"),
                "long",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Cards", "Conclusions and proposals"),
        (
            FieldSpec("conclusions", QT_TRANSLATE_NOOP("Cards", "Conclusions"), "long"),
            FieldSpec(
                "proposals", QT_TRANSLATE_NOOP("Cards", "Proposals (recommendations)"), "long"
            ),
        ),
    ),
)
DIAGNOSTIC_AUTO_FIELDS = (
    "period",
    "previous_diagnostic",
    "respondents",
    "respondent_share",
    "personal_cards",
    "career_cards",
    "growth_cards",
    "profiles",
    "methods",
    "main_results",
    "level",
    "significance",
    "satisfaction",
    "balance",
    "drivers",
    "initiatives",
    "swot_strengths",
    "swot_weaknesses",
    "swot_opportunities",
    "swot_threats",
    # not on the form: sources of strategic rows 1.3 and 5
    "climate",
    "profile_structure",
)

# --- Strategic motivational card (App. 12, table 12.1) ---------------------------------------

STRATEGIC_COMPONENTS = (
    ("level", QT_TRANSLATE_NOOP("Cards", "1. Overall motivation level")),
    ("significance", QT_TRANSLATE_NOOP("Cards", "1.1. Key factors of work significance")),
    ("satisfaction", QT_TRANSLATE_NOOP("Cards", "1.2. Job satisfaction")),
    (
        "commitment",
        QT_TRANSLATE_NOOP("Cards", "1.3. Organisational commitment, incl. psychological climate"),
    ),
    ("balance", QT_TRANSLATE_NOOP("Cards", "2. Motivational balance")),
    ("demotivators", QT_TRANSLATE_NOOP("Cards", "2.1. Main demotivators")),
    ("rewards_sanctions", QT_TRANSLATE_NOOP("Cards", "3. Balance of rewards and sanctions")),
    ("effectiveness", QT_TRANSLATE_NOOP("Cards", "4. Effectiveness and results of work")),
    ("profile", QT_TRANSLATE_NOOP("Cards", "5. Motivational profile")),
    ("risks", QT_TRANSLATE_NOOP("Cards", "6. Staff risks, threats / problems")),
    ("turnover", QT_TRANSLATE_NOOP("Cards", "6.1. Staff turnover")),
    ("potential", QT_TRANSLATE_NOOP("Cards", "6.2. Development of staff potential")),
    (
        "initiatives",
        QT_TRANSLATE_NOOP("Cards", "6.3. Portfolio of employees' strategic initiatives"),
    ),
)
STRATEGIC_COLUMNS = (
    ("previous", QT_TRANSLATE_NOOP("Cards", "Previous state (period, sample)")),
    ("actual", QT_TRANSLATE_NOOP("Cards", "Actual state (sample)")),
    ("target", QT_TRANSLATE_NOOP("Cards", "Expectation / target")),
    ("measures", QT_TRANSLATE_NOOP("Cards", "Motivational measures")),
    ("methods", QT_TRANSLATE_NOOP("Cards", "Methods / instruments")),
    ("deadline_executor", QT_TRANSLATE_NOOP("Cards", "Deadline / stages / executor")),
    ("results", QT_TRANSLATE_NOOP("Cards", "Results, conclusions")),
)
# Which diagnostic-card field feeds the previous / actual state of a strategic component.
STRATEGIC_FROM_DIAGNOSTIC = {
    "level": ("level",),
    "significance": ("significance",),
    "satisfaction": ("satisfaction",),
    "commitment": ("climate",),
    "balance": ("balance",),
    "demotivators": ("swot_threats",),
    "profile": ("profiles_assessment", "profile_structure"),
    "initiatives": ("initiatives",),
}

CARD_TITLES = {
    CardKind.PERSONAL.value: QT_TRANSLATE_NOOP("Cards", "Personal motivational card"),
    CardKind.GROWTH.value: QT_TRANSLATE_NOOP("Cards", "Professional growth card"),
    CardKind.CAREER.value: QT_TRANSLATE_NOOP("Cards", "Career card"),
    CardKind.DIAGNOSTIC.value: QT_TRANSLATE_NOOP("Cards", "Diagnostic motivational card"),
    CardKind.STRATEGIC.value: QT_TRANSLATE_NOOP("Cards", "Strategic motivational card"),
}
PERSONAL_KINDS = (CardKind.PERSONAL.value, CardKind.GROWTH.value, CardKind.CAREER.value)


def is_overdue(deadline: date | None, status: str, today: date) -> bool:
    """A plan row past its deadline and neither done nor cancelled."""
    return deadline is not None and deadline < today and status in ("planned", "in_progress")
