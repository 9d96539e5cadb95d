"""The fixed words stored in the database, shared by every feature, importer and exporter."""

from __future__ import annotations

from typing import Final

LIGHT_KINDS: Final = ("daylight", "lamp")
INTENSITIES: Final = ("light", "moderate", "vigorous")
DEFAULT_ACTIVITY_KINDS: Final = (
    "walk", "dance", "housework", "yoga", "cycling", "run", "gym", "other",
)
#: daily_metrics.metric values
METRIC_STEPS: Final = "steps"
METRIC_SLEEP_HOURS: Final = "sleep_hours"
METRIC_MINDFUL_MINUTES: Final = "mindful_minutes"
METRICS: Final = (METRIC_STEPS, METRIC_SLEEP_HOURS, METRIC_MINDFUL_MINUTES)
#: selfcare_items.category values
SELFCARE_CATEGORIES: Final = ("scent", "tea_supplement", "music", "social", "custom")
ASSESSMENT_KINDS: Final = ("phq9", "gad7")
TREATMENT_KINDS: Final = (
    "ketamine-infusion", "esketamine-nasal-spray", "psychotherapy", "tms", "ect", "other",
)
#: rows' `source` column: where a record came from
SOURCES: Final = ("manual", "demo", "daylio", "apple-health", "csv", "json", "bearable",
                  "loop")
