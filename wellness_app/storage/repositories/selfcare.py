"""Self-care items (editable, by category) and their logs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.selfcare import DEFAULT_ITEMS, SelfCareItem, SelfCareLog
from wellness_app.domain.timestamps import Moment
from wellness_app.storage.rows import SelfCareItem as ItemRow
from wellness_app.storage.rows import SelfCareLog as LogRow


def seed_items(session: Session, names: Mapping[str, str] | None = None) -> None:
    """The starter items, once, in an empty list; `names` gives an item its name in the
    interface language (first run of the app), e.g. {"Lavender": "Lavendel"}."""
    if session.scalar(select(func.count(ItemRow.id))):
        return
    names = names or {}
    for position, (name, category) in enumerate(DEFAULT_ITEMS):
        shown = names.get(name, "").strip() or name
        session.add(ItemRow(name=shown, category=category, position=position))
    session.flush()


def _item(row: ItemRow) -> SelfCareItem:
    return SelfCareItem(row.name, row.category, row.id, row.position)


def items(session: Session) -> list[SelfCareItem]:
    seed_items(session)
    query = select(ItemRow).where(ItemRow.archived.is_(False)).order_by(
        ItemRow.position, ItemRow.id)
    return [_item(row) for row in session.scalars(query)]


def find(session: Session, name: str) -> ItemRow | None:
    return session.scalar(select(ItemRow).where(ItemRow.name == name))


def add_item(session: Session, name: str, category: str) -> SelfCareItem:
    row = find(session, name)
    if row is None:
        last = session.scalar(select(func.max(ItemRow.position))) or 0
        row = ItemRow(name=name, category=category, position=last + 1)
        session.add(row)
    row.archived = False
    row.category = category
    session.flush()
    return _item(row)


def archive_item(session: Session, name: str) -> None:
    row = find(session, name)
    if row is None:
        raise NotFoundError(f"There is no self-care item '{name}'")
    row.archived = True
    session.flush()


def add_log(session: Session, item: ItemRow, moment: Moment, note: str,
            source: str = "manual", log_id: int | None = None) -> SelfCareLog:
    """A new log (`log_id` None) or a deleted one put back with its old id (undo)."""
    row = LogRow(id=log_id, at_utc=moment.utc, utc_offset_min=moment.offset_minutes,
                 local_date=moment.local_date, item_id=item.id, note=note, source=source)
    session.add(row)
    session.flush()
    return SelfCareLog(moment, item.name, item.category, note, row.id, source)


def delete_log(session: Session, log_id: int) -> SelfCareLog:
    """Delete and return the log (so undo can put it back)."""
    row = session.get(LogRow, log_id)
    if row is None:
        raise NotFoundError("That self-care entry no longer exists")
    item = session.get(ItemRow, row.item_id)
    gone = SelfCareLog(Moment(row.at_utc, row.utc_offset_min), item.name if item else "",
                       item.category if item else "custom", row.note, row.id, row.source)
    session.delete(row)
    session.flush()
    return gone


def for_day(session: Session, day: date) -> list[SelfCareLog]:
    query = (select(LogRow, ItemRow.name, ItemRow.category)
             .join(ItemRow, ItemRow.id == LogRow.item_id)
             .where(LogRow.local_date == day).order_by(LogRow.at_utc, LogRow.id))
    return [SelfCareLog(Moment(r.at_utc, r.utc_offset_min), name, cat, r.note, r.id, r.source)
            for r, name, cat in session.execute(query)]


def day_names(session: Session, day: date) -> list[str]:
    query = (select(ItemRow.name).join(LogRow, ItemRow.id == LogRow.item_id)
             .where(LogRow.local_date == day).distinct())
    return sorted(session.scalars(query), key=str.casefold)


def names_between(session: Session, start: date, end: date) -> list[tuple[date, str, str]]:
    """(local date, item name, category) of every day's distinct logged items in [start, end]."""
    query = (select(LogRow.local_date, ItemRow.name, ItemRow.category)
             .join(ItemRow, ItemRow.id == LogRow.item_id)
             .where(LogRow.local_date >= start, LogRow.local_date <= end).distinct())
    return [(day, name, category) for day, name, category in session.execute(query)]
