"""Day-summary contributor for imported data (daily_metrics, light and activity rows).

Owns `sleep_hours` from daily_metrics (preferred over the check-in value: a tracker
measured it) and adds `mindful_minutes` to `extra`. Fills steps, daylight and activity
minutes only where no other contributor did (the trackers feature owns those; the
lead merges the two).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.day_summary import DaySummary
from wellness_app.domain.vocabulary import (
    METRIC_MINDFUL_MINUTES,
    METRIC_SLEEP_HOURS,
    METRIC_STEPS,
)
from wellness_app.storage.rows import ActivitySession, DailyMetric, LightSession

#: which source wins when several give the same metric for a day
SOURCE_ORDER = ("manual", "apple-health", "csv", "daylio", "json", "demo")


def _metric(session: Session, summary: DaySummary, metric: str) -> float | None:
    values = dict(session.execute(
        select(DailyMetric.source, DailyMetric.value)
        .where(DailyMetric.local_date == summary.day, DailyMetric.metric == metric)).all())
    for source in (*SOURCE_ORDER, *sorted(values)):
        if source in values:
            return values[source]
    return None


def contribute(session: Session, summary: DaySummary) -> None:
    sleep = _metric(session, summary, METRIC_SLEEP_HOURS)
    if sleep is not None:
        summary.sleep_hours = sleep
    mindful = _metric(session, summary, METRIC_MINDFUL_MINUTES)
    if mindful is not None:
        summary.extra.setdefault("mindful_minutes", mindful)
    if summary.steps is None:
        steps = _metric(session, summary, METRIC_STEPS)
        summary.steps = None if steps is None else int(steps)
    if summary.daylight_minutes is None:
        summary.daylight_minutes = session.scalar(
            select(func.sum(LightSession.minutes))
            .where(LightSession.local_date == summary.day, LightSession.kind == "daylight"))
    if summary.activity_minutes is None:
        summary.activity_minutes = session.scalar(
            select(func.sum(ActivitySession.minutes))
            .where(ActivitySession.local_date == summary.day))
