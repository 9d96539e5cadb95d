"""The medication list."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.selfcare import Medication
from wellness_app.storage.rows import Medication as Row


def to_domain(row: Row) -> Medication:
    return Medication(row.name, row.dose, row.start_date, row.stop_date, row.note, row.id)


def all_(session: Session) -> list[Medication]:
    query = select(Row).order_by(Row.name, Row.id)
    return [to_domain(row) for row in session.scalars(query)]


def save(session: Session, med: Medication) -> Medication:
    """Insert (id None) or update."""
    if med.id is None:
        row = Row()
        session.add(row)
    else:
        found = session.get(Row, med.id)
        if found is None:
            raise NotFoundError("That medication no longer exists")
        row = found
    row.name, row.dose, row.note = med.name, med.dose, med.note
    row.start_date, row.stop_date = med.start, med.stop
    session.flush()
    return to_domain(row)


def restore(session: Session, med: Medication) -> Medication:
    """Put a deleted medication back with its old id (undo)."""
    row = Row(id=med.id, name=med.name, dose=med.dose, note=med.note,
              start_date=med.start, stop_date=med.stop)
    session.add(row)
    session.flush()
    return to_domain(row)


def delete(session: Session, med_id: int) -> Medication:
    """Delete and return the medication (so undo can put it back)."""
    row = session.get(Row, med_id)
    if row is None:
        raise NotFoundError("That medication no longer exists")
    gone = to_domain(row)
    session.delete(row)
    session.flush()
    return gone


def by_name(session: Session, name: str) -> list[Medication]:
    query = select(Row).where(func.lower(Row.name) == name.lower())
    return [to_domain(row) for row in session.scalars(query)]
