"""Light sessions: add (or put back with the old id), delete, day lists and day totals."""

from __future__ import annotations

from datetime import UTC, date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.light import LightSession
from wellness_app.domain.timestamps import Moment
from wellness_app.storage.rows import LightSession as Row


def to_domain(row: Row) -> LightSession:
    return LightSession(Moment(row.at_utc, row.utc_offset_min), row.kind, row.minutes,
                        row.lux, row.distance_cm, row.note, row.id, row.source)


def add(session: Session, light: LightSession) -> LightSession:
    row = Row(id=light.id, at_utc=light.moment.utc.astimezone(UTC),
              utc_offset_min=light.moment.offset_minutes,
              local_date=light.moment.local_date, kind=light.kind, minutes=light.minutes,
              lux=light.lux, distance_cm=light.distance_cm, note=light.note, source=light.source)
    session.add(row)
    session.flush()
    return to_domain(row)


def delete(session: Session, session_id: int) -> LightSession:
    row = session.get(Row, session_id)
    if row is None:
        raise NotFoundError("That light session no longer exists")
    gone = to_domain(row)
    session.delete(row)
    session.flush()
    return gone


def for_day(session: Session, day: date) -> list[LightSession]:
    query = select(Row).where(Row.local_date == day).order_by(Row.at_utc, Row.id)
    return [to_domain(row) for row in session.scalars(query)]


def day_minutes(session: Session, day: date, kind: str) -> float:
    total = session.scalar(
        select(func.sum(Row.minutes)).where(Row.local_date == day, Row.kind == kind)
    )
    return float(total or 0.0)


def has_lamp(session: Session, day: date) -> bool:
    lamps = session.scalar(
        select(func.count(Row.id)).where(Row.local_date == day, Row.kind == "lamp")
    )
    return (lamps or 0) > 0
