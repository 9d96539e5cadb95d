"""The one mapping of a `mood_entries` row to the domain's `MoodEntry`.

Every reader and writer uses it: the ORM repository (`repositories.mood_entries`), the
start-up read with the bare driver (`today_snapshot`) and the CLI's quick path (`lean`),
which run before SQLAlchemy is imported, so this module imports no SQLAlchemy. A column
added to what a check-in shows is added here once (`MoodRow`, `entry_values`), and all of
them get it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from wellness_app.domain.moods import MoodEntry
from wellness_app.domain.timestamps import Moment


class MoodRow(NamedTuple):
    """The columns of `mood_entries` a `MoodEntry` is made of, in select order."""

    id: int
    mood: int
    energy: int | None
    anxiety: int | None
    sleep_hours: float | None
    note: str
    note_title: str
    source: str
    mood_label: str
    #: aware UTC through the ORM; the stored text (`2024-05-31 21:15:00.000000`) raw
    at_utc: datetime | str
    utc_offset_min: int


#: the column names, for a plain `SELECT` and for reading them off an ORM row
MOOD_COLUMNS: tuple[str, ...] = MoodRow._fields


def entry_values(entry: MoodEntry) -> dict[str, object]:
    """The columns a check-in's content sets, as Python values (tags, ids, `source` and the
    created/updated stamps are the writer's): the ORM sets them as attributes, the lean
    path binds them (`lean.sql_value`)."""
    return {
        "at_utc": entry.moment.utc,
        "utc_offset_min": entry.moment.offset_minutes,
        "local_date": entry.local_date,
        "mood": entry.mood,
        "energy": entry.energy,
        "anxiety": entry.anxiety,
        "sleep_hours": entry.sleep_hours,
        "note": entry.note,
        "note_title": entry.note_title,
    }


def to_entry(row: MoodRow, tags: Iterable[str]) -> MoodEntry:
    """The check-in stored in `row`, with its tag names in case-insensitive order."""
    at_utc = row.at_utc
    if isinstance(at_utc, str):
        at_utc = datetime.fromisoformat(at_utc)
    return MoodEntry(
        moment=Moment(at_utc.replace(tzinfo=UTC), row.utc_offset_min),
        mood=row.mood,
        energy=row.energy,
        anxiety=row.anxiety,
        sleep_hours=row.sleep_hours,
        tags=tuple(sorted(tags, key=str.casefold)),
        note=row.note,
        note_title=row.note_title,
        id=row.id,
        source=row.source,
        mood_label=row.mood_label,
    )
