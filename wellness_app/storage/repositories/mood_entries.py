"""Mood entries: add, edit, delete/restore, day queries and search."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, Integer, column, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from wellness_app.domain.errors import NotFoundError
from wellness_app.domain.moods import JournalQuery, MoodDayStats, MoodEntry
from wellness_app.storage import search_index
from wellness_app.storage.mood_mapping import MOOD_COLUMNS, MoodRow, entry_values, to_entry
from wellness_app.storage.repositories.tags import ensure_tags
from wellness_app.storage.rows import MoodEntryRow, TagRow, mood_entry_tags


def to_domain(row: MoodEntryRow) -> MoodEntry:
    """The check-in in `row`, through the one mapping of mood rows (`mood_mapping`)."""
    return to_entry(MoodRow._make(getattr(row, name) for name in MOOD_COLUMNS),
                    (tag.name for tag in row.tags))


def _apply(row: MoodEntryRow, entry: MoodEntry, session: Session) -> None:
    for name, value in entry_values(entry).items():
        setattr(row, name, value)
    row.tags = ensure_tags(session, entry.tags)
    row.updated_at = datetime.now(UTC)


def add(session: Session, entry: MoodEntry, *, import_key: str | None = None) -> MoodEntry:
    """Insert; keeps `entry.id` when given (used by undo of a delete)."""
    now = datetime.now(UTC)
    row = MoodEntryRow(id=entry.id, source=entry.source, import_key=import_key, created_at=now,
                       mood_label=entry.mood_label)
    _apply(row, entry, session)
    session.add(row)
    session.flush()
    return to_domain(row)


def get(session: Session, entry_id: int) -> MoodEntry:
    row = session.get(MoodEntryRow, entry_id)
    if row is None:
        raise NotFoundError("That entry no longer exists")
    return to_domain(row)


def update(session: Session, entry: MoodEntry) -> MoodEntry:
    assert entry.id is not None
    row = session.get(MoodEntryRow, entry.id)
    if row is None:
        raise NotFoundError("That entry no longer exists")
    _apply(row, entry, session)
    session.flush()
    return to_domain(row)


def delete(session: Session, entry_id: int) -> MoodEntry:
    """Delete and return what was deleted (so the caller can offer undo)."""
    row = session.get(MoodEntryRow, entry_id)
    if row is None:
        raise NotFoundError("That entry no longer exists")
    gone = to_domain(row)
    session.delete(row)
    session.flush()
    return gone


def for_day(session: Session, day: date) -> list[MoodEntry]:
    """A day's entries, oldest first."""
    query = (
        select(MoodEntryRow)
        .where(MoodEntryRow.local_date == day)
        .order_by(MoodEntryRow.at_utc, MoodEntryRow.id)
    )
    return [to_domain(row) for row in session.scalars(query)]


def search(session: Session, query: JournalQuery) -> list[MoodEntry]:
    """Entries matching the text (note or title) and all the tags, newest first."""
    stmt = select(MoodEntryRow).order_by(MoodEntryRow.at_utc.desc(), MoodEntryRow.id.desc())
    words = query.text.strip()
    if words and len(words) >= search_index.MIN_MATCH_CHARS and _has_index(session):
        stmt = stmt.where(_full_text_match(session, words, query.limit))
    elif words:  # too short for trigrams, or no FTS5 here: scan
        pattern = f"%{_escape_like(words)}%"
        stmt = stmt.where(
            or_(
                MoodEntryRow.note.ilike(pattern, escape="\\"),
                MoodEntryRow.note_title.ilike(pattern, escape="\\"),
            )
        )
    for tag in query.tags:
        tagged = (
            select(mood_entry_tags.c.entry_id)
            .join(TagRow, TagRow.id == mood_entry_tags.c.tag_id)
            .where(TagRow.name == tag)
        )
        stmt = stmt.where(MoodEntryRow.id.in_(tagged))
    if query.limit:
        stmt = stmt.limit(query.limit)
    return [to_domain(row) for row in session.scalars(stmt)]


def day_stats(session: Session, day: date) -> MoodDayStats:
    count, mean, low, high = session.execute(
        select(
            func.count(MoodEntryRow.id),
            func.avg(MoodEntryRow.mood),
            func.min(MoodEntryRow.mood),
            func.max(MoodEntryRow.mood),
        ).where(MoodEntryRow.local_date == day)
    ).one()
    return MoodDayStats(day, int(count), None if mean is None else float(mean), low, high)


def day_tags(session: Session, day: date) -> list[str]:
    query = (
        select(TagRow.name)
        .join(mood_entry_tags, TagRow.id == mood_entry_tags.c.tag_id)
        .join(MoodEntryRow, MoodEntryRow.id == mood_entry_tags.c.entry_id)
        .where(MoodEntryRow.local_date == day)
        .distinct()
    )
    return list(session.scalars(query))


def day_sleep_hours(session: Session, day: date) -> float | None:
    """Hours slept as noted in check-ins (the largest value that day)."""
    return session.scalar(
        select(func.max(MoodEntryRow.sleep_hours)).where(MoodEntryRow.local_date == day)
    )


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(MoodEntryRow)) or 0)


def _full_text_match(session: Session, words: str, limit: int | None) -> ColumnElement[bool]:
    """Entries whose title or note contains `words`, through the FTS5 index.

    Few matches: the index drives (look them up, sort by time). Many matches with a limit:
    walk the time index newest first and stop at the limit (`+id` keeps SQLite from
    driving by the matches, which would sort them all).
    """
    fts = search_index.FTS_TABLE
    phrase = search_index.match_phrase(words)
    matching = text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :phrase").bindparams(
        phrase=phrase).columns(column("rowid", Integer))
    if limit:
        matches = session.scalar(text(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :p"),
                                 {"p": phrase}) or 0
        rows = session.scalar(select(func.max(MoodEntryRow.id))) or 0
        if matches * matches > search_index.WALK_FACTOR * rows:
            return literal_column("+mood_entries.id").in_(matching)
    return MoodEntryRow.id.in_(matching)


def _has_index(session: Session) -> bool:
    return session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": search_index.FTS_TABLE},
    ).first() is not None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
