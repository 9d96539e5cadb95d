"""ORM rows. Repositories turn these into domain objects; nothing above storage sees them."""

from wellness_app.storage.rows.base import Base
from wellness_app.storage.rows.care import (
    Assessment,
    SafetyContact,
    SafetyPlanItem,
    TreatmentSession,
    UserCrisisLine,
)
from wellness_app.storage.rows.drafts import Draft
from wellness_app.storage.rows.meta import ImportBatch, Preference, ShownCaution
from wellness_app.storage.rows.mood import MoodEntryRow, TagRow, mood_entry_tags
from wellness_app.storage.rows.trackers import (
    ActivityKind,
    ActivitySession,
    DailyMetric,
    LightSession,
    Medication,
    SelfCareItem,
    SelfCareLog,
)

__all__ = [
    "ActivityKind", "ActivitySession", "Assessment", "Base", "DailyMetric", "Draft", "ImportBatch",
    "LightSession", "Medication", "MoodEntryRow", "Preference", "SafetyContact",
    "SafetyPlanItem", "SelfCareItem", "SelfCareLog", "ShownCaution", "TagRow",
    "TreatmentSession", "UserCrisisLine", "mood_entry_tags",
]
