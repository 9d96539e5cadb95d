"""Treatment sessions: add, edit, delete, list, and the day summary's contributor."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wellness_app.domain.day_summary import DaySummary
from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.treatments import TreatmentSession
from wellness_app.storage.rows import TreatmentSession as TreatmentRow


def to_domain(row: TreatmentRow) -> TreatmentSession:
    return TreatmentSession(
        moment=Moment(row.at_utc, row.utc_offset_min), kind=row.kind, clinic=row.clinic,
        note=row.note, mood_before=row.mood_before, mood_after=row.mood_after, id=row.id,
        source=row.source,
    )


def _apply(row: TreatmentRow, item: TreatmentSession) -> None:
    row.at_utc = item.moment.utc
    row.utc_offset_min = item.moment.offset_minutes
    row.local_date = item.local_date
    row.kind = item.kind
    row.clinic = item.clinic
    row.note = item.note
    row.mood_before = item.mood_before
    row.mood_after = item.mood_after


def add(session: Session, item: TreatmentSession) -> TreatmentSession:
    row = TreatmentRow(id=item.id, source=item.source)
    _apply(row, item)
    session.add(row)
    session.flush()
    return to_domain(row)


def _row(session: Session, session_id: int) -> TreatmentRow:
    row = session.get(TreatmentRow, session_id)
    if row is None:
        raise NotFoundError("That treatment session no longer exists")
    return row


def get(session: Session, session_id: int) -> TreatmentSession:
    return to_domain(_row(session, session_id))


def update(session: Session, item: TreatmentSession) -> TreatmentSession:
    assert item.id is not None
    row = _row(session, item.id)
    _apply(row, item)
    session.flush()
    return to_domain(row)


def delete(session: Session, session_id: int) -> TreatmentSession:
    row = _row(session, session_id)
    gone = to_domain(row)
    session.delete(row)
    session.flush()
    return gone


def between(session: Session, start: date | None = None,
            end: date | None = None) -> list[TreatmentSession]:
    """Sessions with local dates in [start, end] (open ends allowed), oldest first."""
    stmt = select(TreatmentRow).order_by(TreatmentRow.at_utc, TreatmentRow.id)
    if start is not None:
        stmt = stmt.where(TreatmentRow.local_date >= start)
    if end is not None:
        stmt = stmt.where(TreatmentRow.local_date <= end)
    return [to_domain(row) for row in session.scalars(stmt)]


def contribute_day(session: Session, summary: DaySummary) -> None:
    """Day summary: `extra["treatments"]` = the day's sessions (kind, time, moods), or []."""
    summary.extra["treatments"] = [
        {"kind": t.kind, "at": t.moment.local.isoformat(timespec="minutes"),
         "mood_before": t.mood_before, "mood_after": t.mood_after}
        for t in between(session, summary.day, summary.day)
    ]
