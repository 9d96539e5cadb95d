"""Day aggregates for trends and insights: every query groups by local_date in SQL and
returns NumPy arrays (or small domain dataclasses), never ORM rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import Executable, Integer, Select, cast, func, select
from sqlalchemy.orm import Session

from wellness_app.domain.trends import DailySeries, Marker, MoodPoints, merge_columns
from wellness_app.domain.vocabulary import METRIC_SLEEP_HOURS, METRIC_STEPS
from wellness_app.storage.rows import (
    ActivitySession,
    DailyMetric,
    LightSession,
    Medication,
    MoodEntryRow,
    SelfCareItem,
    SelfCareLog,
    TagRow,
    TreatmentSession,
    mood_entry_tags,
)

JULIAN_EPOCH = 2440587.5  # julianday('1970-01-01')
_Select = TypeVar("_Select", bound=Select[*tuple[Any, ...]])


def epoch_day(column: Any) -> Any:
    """SQL: a local_date column as days since 1970-01-01 (an integer)."""
    return cast(func.julianday(column) - JULIAN_EPOCH, Integer)


def _bounded(stmt: _Select, column: Any, start: date | None, end: date | None) -> _Select:
    if start is not None:
        stmt = stmt.where(column >= start)
    if end is not None:
        stmt = stmt.where(column <= end)
    return stmt


def _rows(session: Session, stmt: Executable) -> Sequence[tuple[Any, ...]]:
    """Plain tuples through the Core connection: the ORM's result handling costs ~20×
    the query itself on years of day rows (these queries return no ORM entities)."""
    result = session.connection().execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _pairs(session: Session, stmt: Any) -> tuple[np.ndarray, np.ndarray]:
    rows = _rows(session, stmt)
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    array = np.array(rows, dtype=float)
    return array[:, 0].astype(np.int64), array[:, 1]


def mood_by_day(session: Session, start: date | None = None,
                end: date | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(epoch days, mean mood, number of check-ins) for each day with a check-in."""
    col = MoodEntryRow.local_date
    stmt = _bounded(
        select(epoch_day(col), func.avg(MoodEntryRow.mood), func.count()), col, start, end
    ).group_by(col).order_by(col)
    rows = _rows(session, stmt)
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=np.int64)
    array = np.array(rows, dtype=float)
    return array[:, 0].astype(np.int64), array[:, 1], array[:, 2].astype(np.int64)


@dataclass(frozen=True)
class MoodGroups:
    """Check-ins grouped by (day, mood level) in one scan: points, daily means, sleep."""

    points: MoodPoints
    sleep_max: np.ndarray  # per group: the largest hours slept noted (NaN if none)

    def by_day(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(days, mean mood, check-ins, hours slept noted) per day, from the groups."""
        p = self.points
        if not p.days.size:
            empty = np.zeros(0)
            return np.zeros(0, dtype=np.int64), empty, np.zeros(0, dtype=np.int64), empty
        days, starts = np.unique(p.days, return_index=True)
        counts = np.add.reduceat(p.counts, starts)
        means = np.add.reduceat(p.moods * p.counts, starts) / counts
        sleep = np.fmax.reduceat(self.sleep_max, starts)  # fmax ignores NaN
        return days, means, counts, sleep


def mood_groups(session: Session, start: date | None = None,
                end: date | None = None) -> MoodGroups:
    """One pass over the check-ins: GROUP BY local_date, mood (at most five rows a day)."""
    col = MoodEntryRow.local_date
    stmt = _bounded(
        select(epoch_day(col), MoodEntryRow.mood, func.count(), func.max(MoodEntryRow.sleep_hours)),
        col, start, end,
    ).group_by(col, MoodEntryRow.mood).order_by(col, MoodEntryRow.mood)
    rows = _rows(session, stmt)
    array = np.array(rows, dtype=float).reshape(-1, 4)  # None → NaN
    points = MoodPoints(array[:, 0].astype(np.int64), array[:, 1], array[:, 2].astype(np.int64))
    return MoodGroups(points, array[:, 3])


def _light(session: Session, kind: str, start: date | None, end: date | None) -> Any:
    col = LightSession.local_date
    stmt = _bounded(select(epoch_day(col), func.sum(LightSession.minutes))
                    .where(LightSession.kind == kind), col, start, end)
    return _pairs(session, stmt.group_by(col).order_by(col))


def _metric(session: Session, metric: str, start: date | None, end: date | None) -> Any:
    """One value per day; with several sources (manual + an import) the largest wins."""
    col = DailyMetric.local_date
    stmt = _bounded(select(epoch_day(col), func.max(DailyMetric.value))
                    .where(DailyMetric.metric == metric), col, start, end)
    return _pairs(session, stmt.group_by(col).order_by(col))


def daily_series(session: Session, start: date | None = None, end: date | None = None,
                 groups: MoodGroups | None = None) -> DailySeries:
    """Everything the trends page plots, one row per day with any data."""
    if groups is None:
        groups = mood_groups(session, start, end)
    days, mood, count, checkin_sleep = groups.by_day()
    act_col = ActivitySession.local_date
    activity = _pairs(session, _bounded(
        select(epoch_day(act_col), func.sum(ActivitySession.minutes)), act_col, start, end
    ).group_by(act_col).order_by(act_col))
    merged = merge_columns({
        "mood_mean": (days, mood),
        "mood_count": (days, count.astype(float)),
        "daylight_min": _light(session, "daylight", start, end),
        "lamp_min": _light(session, "lamp", start, end),
        "activity_min": activity,
        "sleep_metric": _metric(session, METRIC_SLEEP_HOURS, start, end),
        "sleep_checkin": (days, checkin_sleep),
        "steps": _metric(session, METRIC_STEPS, start, end),
    })
    sleep = np.where(np.isfinite(merged["sleep_metric"]), merged["sleep_metric"],
                     merged["sleep_checkin"])
    return DailySeries(
        days=merged["days"], mood_mean=merged["mood_mean"],
        mood_count=np.nan_to_num(merged["mood_count"]).astype(np.int64),
        daylight_min=merged["daylight_min"], lamp_min=merged["lamp_min"],
        activity_min=merged["activity_min"], sleep_hours=sleep, steps=merged["steps"],
    )


def _named_days(session: Session, stmt: Any) -> dict[str, np.ndarray]:
    out: dict[str, list[int]] = {}
    for day, name in _rows(session, stmt):
        out.setdefault(name, []).append(int(day))
    return {name: np.array(sorted(days), dtype=np.int64) for name, days in out.items()}


def tag_days(session: Session, start: date | None = None,
             end: date | None = None) -> dict[str, np.ndarray]:
    """Tag name → epoch days on which a check-in carried it."""
    col = MoodEntryRow.local_date
    stmt = _bounded(
        select(epoch_day(col), TagRow.name)
        .join(mood_entry_tags, mood_entry_tags.c.entry_id == MoodEntryRow.id)
        .join(TagRow, TagRow.id == mood_entry_tags.c.tag_id), col, start, end
    ).group_by(col, TagRow.name)
    return _named_days(session, stmt)


def selfcare_days(session: Session, start: date | None = None,
                  end: date | None = None) -> dict[str, np.ndarray]:
    """Self-care item name → epoch days on which it was logged."""
    col = SelfCareLog.local_date
    stmt = _bounded(
        select(epoch_day(col), SelfCareItem.name)
        .join(SelfCareItem, SelfCareItem.id == SelfCareLog.item_id), col, start, end
    ).group_by(col, SelfCareItem.name)
    return _named_days(session, stmt)


def markers(session: Session, start: date | None = None,
            end: date | None = None) -> list[Marker]:
    """Medication starts/stops and treatment sessions, oldest first."""
    found: list[Marker] = []
    for name, dose, started, stopped in session.execute(
        select(Medication.name, Medication.dose, Medication.start_date, Medication.stop_date)
    ):
        label = f"{name} {dose}".strip()
        if started is not None:
            found.append(Marker(started, "medication_start", label))
        if stopped is not None:
            found.append(Marker(stopped, "medication_stop", label))
    col = TreatmentSession.local_date
    for day, kind in session.execute(
        _bounded(select(col, TreatmentSession.kind), col, start, end).order_by(col)
    ):
        found.append(Marker(day, "treatment", kind))
    found = [m for m in found if (start is None or m.day >= start)
             and (end is None or m.day <= end)]
    return sorted(found, key=lambda m: (m.day, m.kind))


def date_span(session: Session) -> tuple[date | None, date | None]:
    """First and last day with a check-in."""
    first, last = session.execute(
        select(func.min(MoodEntryRow.local_date), func.max(MoodEntryRow.local_date))
    ).one()
    return first, last
