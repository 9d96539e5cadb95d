"""Saved PHQ-9 / GAD-7 questionnaires: add, history, latest, delete; day-summary totals."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.day_summary import DaySummary
from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.timestamps import Moment
from wellness_app.storage.rows import Assessment


def to_domain(row: Assessment) -> AssessmentRecord:
    answers = tuple(int(a) for a in row.answers.split(",")) if row.answers else ()
    return AssessmentRecord(kind=row.kind, answers=answers, total=row.total,
                            moment=Moment(row.at_utc, row.utc_offset_min),
                            difficulty=row.difficulty, id=row.id, source=row.source)


def add(session: Session, record: AssessmentRecord, *, import_key: str | None = None
        ) -> AssessmentRecord:
    row = Assessment(
        kind=record.kind, answers=",".join(str(a) for a in record.answers), total=record.total,
        difficulty=record.difficulty, at_utc=record.moment.utc,
        utc_offset_min=record.moment.offset_minutes, local_date=record.local_date,
        source=record.source, import_key=import_key,
    )
    session.add(row)
    session.flush()
    return to_domain(row)


def delete(session: Session, record_id: int) -> AssessmentRecord:
    row = session.get(Assessment, record_id)
    if row is None:
        raise NotFoundError("That questionnaire no longer exists")
    gone = to_domain(row)
    session.delete(row)
    session.flush()
    return gone


def history(session: Session, kind: str | None = None, *, start: date | None = None,
            end: date | None = None) -> list[AssessmentRecord]:
    """Saved questionnaires, oldest first, optionally one kind and a local-date range."""
    stmt = select(Assessment).order_by(Assessment.at_utc, Assessment.id)
    if kind is not None:
        stmt = stmt.where(Assessment.kind == kind)
    if start is not None:
        stmt = stmt.where(Assessment.local_date >= start)
    if end is not None:
        stmt = stmt.where(Assessment.local_date <= end)
    return [to_domain(row) for row in session.scalars(stmt)]


def latest(session: Session, kind: str, *, before: datetime | None = None
           ) -> AssessmentRecord | None:
    stmt = (select(Assessment).where(Assessment.kind == kind)
            .order_by(Assessment.at_utc.desc(), Assessment.id.desc()).limit(1))
    if before is not None:
        stmt = stmt.where(Assessment.at_utc <= before.astimezone(UTC))
    row = session.scalars(stmt).first()
    return None if row is None else to_domain(row)


def latest_few(session: Session, kind: str, count: int, *, end: date | None = None
               ) -> list[AssessmentRecord]:
    """The last `count` questionnaires of `kind` up to the local date `end`, oldest first."""
    stmt = (select(Assessment).where(Assessment.kind == kind)
            .order_by(Assessment.at_utc.desc(), Assessment.id.desc()).limit(count))
    if end is not None:
        stmt = stmt.where(Assessment.local_date <= end)
    return [to_domain(row) for row in reversed(list(session.scalars(stmt)))]


def contribute_day(session: Session, summary: DaySummary) -> None:
    """Day summary: the day's last PHQ-9 / GAD-7 totals as `phq9_total` / `gad7_total`."""
    for kind in ("phq9", "gad7"):
        stmt = (select(Assessment.total).where(Assessment.kind == kind,
                                               Assessment.local_date == summary.day)
                .order_by(Assessment.at_utc.desc()).limit(1))
        summary.extra[f"{kind}_total"] = session.scalar(stmt)
