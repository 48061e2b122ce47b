"""SQLAlchemy models, engine/session factories and the schema migrations (no Qt here)."""

from app.models.base import Base
from app.models.campaign import (
    Answer,
    Campaign,
    CampaignDepartment,
    CampaignInstrument,
    SessionInstrument,
    SurveySession,
)
from app.models.cards import (
    Card,
    CardChoice,
    CardReview,
    MotivationTool,
    Motivator,
    MotivatorGroup,
    PlanItem,
    StrategicRow,
)
from app.models.organisation import Department, Employee, Organisation, StaffMovements
from app.models.users import AuditEntry, Setting, User, UserDepartment

__all__ = [
    "Answer",
    "AuditEntry",
    "Base",
    "Campaign",
    "CampaignDepartment",
    "CampaignInstrument",
    "Card",
    "CardChoice",
    "CardReview",
    "Department",
    "Employee",
    "MotivationTool",
    "Motivator",
    "MotivatorGroup",
    "Organisation",
    "PlanItem",
    "SessionInstrument",
    "Setting",
    "StaffMovements",
    "StrategicRow",
    "SurveySession",
    "User",
    "UserDepartment",
]

# Registers the answer-vector revision triggers for databases built with create_all().
from app.models import triggers as _triggers  # noqa: E402,F401
