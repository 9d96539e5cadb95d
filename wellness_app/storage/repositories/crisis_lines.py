"""The person's own crisis lines and their edits/hides of shipped ones (user_crisis_lines)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.storage.rows import UserCrisisLine


def _to_domain(row: UserCrisisLine) -> CrisisLine:
    return CrisisLine(row.country, row.label, row.contact, row.note, bool(row.hidden),
                      origin="own", user_id=row.id)


def for_country(session: Session, country: str) -> list[CrisisLine]:
    stmt = (select(UserCrisisLine).where(UserCrisisLine.country == country)
            .order_by(UserCrisisLine.position, UserCrisisLine.id))
    return [_to_domain(row) for row in session.scalars(stmt)]


def _find(session: Session, country: str, label: str) -> UserCrisisLine | None:
    """Labels match case-insensitively (in Python: SQLite's lower() is ASCII-only)."""
    rows = session.scalars(select(UserCrisisLine).where(UserCrisisLine.country == country))
    return next((row for row in rows if row.label.casefold() == label.casefold()), None)


def upsert(session: Session, line: CrisisLine) -> CrisisLine:
    """Create or update the person's line with this country and label."""
    row = _find(session, line.country, line.label)
    if row is None:
        last = session.execute(select(func.coalesce(func.max(UserCrisisLine.position), -1))
                               .where(UserCrisisLine.country == line.country)).scalar_one()
        row = UserCrisisLine(country=line.country, label=line.label, position=int(last) + 1)
        session.add(row)
    row.label = line.label
    row.contact = line.contact
    row.note = line.note
    row.hidden = line.hidden
    session.flush()
    return _to_domain(row)


def remove(session: Session, country: str, label: str) -> bool:
    row = _find(session, country, label)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
