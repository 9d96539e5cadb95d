"""Read-only queries for the treatment summary, the escalation banner and the clinician
report. Aggregations happen in SQL (GROUP BY local day / ISO week)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Integer, SQLColumnExpression, case, cast, func, select
from sqlalchemy.orm import Session

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.storage.repositories import assessments as assessment_rows
from wellness_app.storage.rows import (
    ActivitySession,
    LightSession,
    Medication,
    MoodEntryRow,
)


def daily_moods(session: Session, start: date, end: date) -> list[DayMood]:
    """Mean mood per local day in [start, end], oldest first."""
    stmt = (
        select(MoodEntryRow.local_date, func.avg(MoodEntryRow.mood), func.count())
        .where(MoodEntryRow.local_date.between(start, end))
        .group_by(MoodEntryRow.local_date)
        .order_by(MoodEntryRow.local_date)
    )
    return [DayMood(day, float(mean), int(n)) for day, mean, n in session.execute(stmt)]


def assessments(session: Session, start: date | None, end: date | None,
                kind: str | None = None) -> list[AssessmentRecord]:
    """Questionnaires in [start, end] (open ends allowed), oldest first."""
    return assessment_rows.history(session, kind, start=start, end=end)


def medications(session: Session, start: date, end: date) -> list[tuple[str, str, date | None,
                                                                         date | None]]:
    """(name, dose, start, stop) of medications taken at some point in [start, end]."""
    stmt = (
        select(Medication.name, Medication.dose, Medication.start_date, Medication.stop_date)
        .where((Medication.start_date.is_(None)) | (Medication.start_date <= end))
        .where((Medication.stop_date.is_(None)) | (Medication.stop_date >= start))
        .order_by(Medication.start_date, Medication.name)
    )
    return [(n, d, s, e) for n, d, s, e in session.execute(stmt)]


def _week(column: SQLColumnExpression[date]) -> ColumnElement[str]:
    """ISO week label 'YYYY-Www' computed in SQLite (Thursday of the week gives the year)."""
    thursday = func.date(column, "-3 days", "weekday 4")
    week_no = (cast(func.strftime("%j", thursday), Integer) - 1) / 7 + 1
    return func.strftime("%Y", thursday).concat("-W").concat(func.printf("%02d", week_no))


def weekly_light(session: Session, start: date, end: date) -> list[tuple[str, float, int]]:
    """(ISO week, minutes, sessions) of light (daylight + lamp) per week in [start, end]."""
    week = _week(LightSession.local_date).label("week")
    stmt = (
        select(week, func.sum(LightSession.minutes), func.count())
        .where(LightSession.local_date.between(start, end))
        .group_by(week).order_by(week)
    )
    return [(w, float(m or 0), int(n)) for w, m, n in session.execute(stmt)]


def weekly_activity(session: Session, start: date,
                    end: date) -> list[tuple[str, float, float, int]]:
    """(ISO week, moderate-equivalent minutes, total minutes, sessions) in [start, end].

    A vigorous minute counts as two moderate minutes (WHO 2020), light counts as logged.
    """
    week = _week(ActivitySession.local_date).label("week")
    weighted = func.sum(
        ActivitySession.minutes
        * case((ActivitySession.intensity == "vigorous", 2), else_=1)
    )
    stmt = (
        select(week, weighted, func.sum(ActivitySession.minutes), func.count())
        .where(ActivitySession.local_date.between(start, end))
        .group_by(week).order_by(week)
    )
    return [(w, float(e or 0), float(m or 0), int(n)) for w, e, m, n in session.execute(stmt)]


def mood_notes(session: Session, start: date, end: date) -> list[tuple[date, str, str]]:
    """(day, title, note) of check-ins with a note in [start, end], oldest first."""
    stmt = (
        select(MoodEntryRow.local_date, MoodEntryRow.note_title, MoodEntryRow.note)
        .where(MoodEntryRow.local_date.between(start, end))
        .where((MoodEntryRow.note != "") | (MoodEntryRow.note_title != ""))
        .order_by(MoodEntryRow.at_utc)
    )
    return [(d, t, n) for d, t, n in session.execute(stmt)]
