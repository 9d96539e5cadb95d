"""Day-summary contributor for daily metrics that trackers and imports record.

`sleep_hours` from daily_metrics is preferred over the check-in value (a tracker
measured it); `mindful_minutes` is always present (null without data). Steps, daylight
and activity minutes come from the trackers' contributor.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from wellness_app.domain.day_summary import DaySummary
from wellness_app.domain.vocabulary import METRIC_MINDFUL_MINUTES, METRIC_SLEEP_HOURS
from wellness_app.storage.rows import DailyMetric

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
    summary.extra["mindful_minutes"] = _metric(session, summary, METRIC_MINDFUL_MINUTES)
