"""Logging, editing, deleting (with undo) and finding mood check-ins."""

from __future__ import annotations

import logging
from datetime import date

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.moods import (
    MOOD_LABELS_KEY,
    JournalQuery,
    MoodEntry,
    check_scale,
    mood_labels,
    validate_entry,
)
from wellness_app.domain.timestamps import Moment, check_not_future
from wellness_app.storage import Database
from wellness_app.storage.repositories import mood_entries, preferences

log = logging.getLogger(__name__)


class MoodService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def log(
        self,
        mood: int,
        *,
        moment: Moment | None = None,
        tags: tuple[str, ...] | list[str] = (),
        note: str = "",
        energy: int | None = None,
        anxiety: int | None = None,
        sleep_hours: float | None = None,
    ) -> MoodEntry:
        """Validate and save one check-in; unknown tags are added to the catalogue."""
        entry = MoodEntry(
            moment=moment or Moment.now(), mood=mood, energy=energy, anxiety=anxiety,
            sleep_hours=sleep_hours, tags=tuple(tags), note=note,
        )
        return self.add(entry)

    def add(self, entry: MoodEntry) -> MoodEntry:
        entry = validate_entry(entry)
        check_not_future(entry.moment)
        with self._db.transaction() as session:
            saved = mood_entries.add(session, entry)
        log.info("Saved mood entry %s for %s", saved.id, saved.local_date)
        return saved

    def update(self, entry: MoodEntry) -> MoodEntry:
        entry = validate_entry(entry)
        check_not_future(entry.moment)
        with self._db.transaction() as session:
            saved = mood_entries.update(session, entry)
        log.info("Edited mood entry %s", saved.id)
        return saved

    def delete(self, entry_id: int) -> MoodEntry:
        """Delete and return the entry, so it can be restored by `restore`."""
        with self._db.transaction() as session:
            gone = mood_entries.delete(session, entry_id)
        log.info("Deleted mood entry %s", entry_id)
        return gone

    def restore(self, entry: MoodEntry) -> MoodEntry:
        """Put back a deleted entry with its original id (undo)."""
        with self._db.transaction() as session:
            return mood_entries.add(session, entry)

    def get(self, entry_id: int) -> MoodEntry:
        with self._db.reading() as session:
            return mood_entries.get(session, entry_id)

    def for_day(self, day: date) -> list[MoodEntry]:
        with self._db.reading() as session:
            return mood_entries.for_day(session, day)

    def search(self, query: JournalQuery) -> list[MoodEntry]:
        with self._db.reading() as session:
            return mood_entries.search(session, query)

    def count(self) -> int:
        with self._db.reading() as session:
            return mood_entries.count(session)

    def labels(self) -> dict[int, str]:
        with self._db.reading() as session:
            custom = preferences.get(session, MOOD_LABELS_KEY, {})
        return mood_labels({int(k): v for k, v in custom.items()})

    def rename_label(self, level: int, name: str) -> dict[int, str]:
        check_scale("Mood level", level, required=True)
        if not name.strip():
            raise ValidationError("A mood label cannot be empty")
        with self._db.transaction() as session:
            custom = preferences.get(session, MOOD_LABELS_KEY, {})
            custom[str(level)] = name.strip()
            preferences.put(session, MOOD_LABELS_KEY, custom)
        return self.labels()
