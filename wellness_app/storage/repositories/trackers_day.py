"""Day-summary contributor for light, movement, steps and self-care."""

from __future__ import annotations

from sqlalchemy.orm import Session

from wellness_app.domain.day_summary import DaySummary
from wellness_app.domain.light import DEFAULT_OUTDOOR_LUX, day_dose
from wellness_app.storage.repositories import activity, light, preferences, selfcare

OUTDOOR_LUX_KEY = "outdoor_lux_estimate"


def contribute(session: Session, summary: DaySummary) -> None:
    sessions = light.for_day(session, summary.day)
    if sessions:
        dose = day_dose(sessions, int(preferences.get(session, OUTDOOR_LUX_KEY,
                                                      DEFAULT_OUTDOOR_LUX)))
        summary.daylight_minutes = dose.daylight_minutes or None
        summary.light_therapy_minutes = dose.lamp_minutes or None
        summary.extra["lux_hours"] = round(dose.lux_hours, 1)
    else:
        summary.extra["lux_hours"] = None
    summary.activity_minutes = activity.day_minutes(session, summary.day)
    summary.steps = activity.day_steps(session, summary.day)
    summary.extra["selfcare"] = selfcare.day_names(session, summary.day)
