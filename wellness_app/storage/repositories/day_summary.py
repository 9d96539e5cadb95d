"""Builds the day summary. Each feature adds one contributor function to CONTRIBUTORS,
so the summary grows without this module knowing every tracker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from wellness_app.domain.day_summary import DaySummary
from wellness_app.storage.repositories import (
    assessments,
    imports_summary,
    mood_entries,
    trackers_day,
    treatments,
)

Contributor = Callable[[Session, DaySummary], None]


def _mood(session: Session, summary: DaySummary) -> None:
    summary.tags = mood_entries.day_tags(session, summary.day)
    summary.sleep_hours = mood_entries.day_sleep_hours(session, summary.day)


CONTRIBUTORS: list[Contributor] = [
    _mood,
    trackers_day.contribute,
    imports_summary.contribute,
    assessments.contribute_day,
    treatments.contribute_day,
]


def build(session: Session, day: date) -> DaySummary:
    summary = DaySummary(day=day, mood=mood_entries.day_stats(session, day))
    for contribute in CONTRIBUTORS:
        contribute(session, summary)
    return summary
