"""Today's check-in data read straight from the journal file, for the window's first paint.

Opening the journal through SQLAlchemy costs about 200 ms of imports at start-up (more once
PySide6's import hook is in place), and Today's entries would wait for it on every start.
This reader uses the sqlcipher3 driver alone, read-only, for the few small queries Today
shows first; a mood row becomes a `MoodEntry` through `mood_mapping`, as in the ORM. It
gives up (None) on anything unusual — a missing, encrypted, locked or damaged file, a
schema that needs migrating — and the normal open then deals with it.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from wellness_app.domain.moods import MOOD_LABELS_KEY, Tag, TodaySnapshot, mood_labels
from wellness_app.storage.file_facts import SCHEMA_HEAD, SQLITE_HEADER
from wellness_app.storage.mood_mapping import MOOD_COLUMNS, MoodRow, to_entry

log = logging.getLogger(__name__)
_ENTRIES = (f"SELECT {', '.join(MOOD_COLUMNS)} FROM mood_entries"
            " WHERE local_date = ? ORDER BY at_utc, id")
_ENTRY_TAGS = ("SELECT l.entry_id, t.name FROM mood_entry_tags l"
               " JOIN tags t ON t.id = l.tag_id"
               " JOIN mood_entries e ON e.id = l.entry_id WHERE e.local_date = ?")
_TAGS = ("SELECT id, name, group_name FROM tags WHERE archived = 0"
         " ORDER BY group_name, position, name")


def read_today_snapshot(path: Path, day: date) -> TodaySnapshot | None:
    """Labels, tag catalogue and `day`'s entries (oldest first), or None if not plainly
    readable at the current schema."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None  # missing, encrypted or not a journal: the full open explains
        from sqlcipher3 import dbapi2 as driver
    except (OSError, ImportError):
        return None
    try:
        conn = driver.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            return _read(conn, day)
        finally:
            conn.close()
    except (driver.Error, ValueError, UnicodeDecodeError) as exc:
        log.info("First-paint read skipped (%s); the journal opens as usual",
                 type(exc).__name__)
        return None


def _read(conn: Any, day: date) -> TodaySnapshot | None:
    if conn.execute("SELECT version_num FROM alembic_version").fetchone() != (SCHEMA_HEAD,):
        return None
    custom = conn.execute("SELECT value FROM preferences WHERE key = ?",
                          (MOOD_LABELS_KEY,)).fetchone()
    labels = mood_labels({int(k): v for k, v in json.loads(custom[0]).items()} if custom else {})
    tags = [Tag(name=name, group=group, id=tag_id)
            for tag_id, name, group in conn.execute(_TAGS)]
    names: dict[int, list[str]] = {}
    for entry_id, name in conn.execute(_ENTRY_TAGS, (day.isoformat(),)):
        names.setdefault(entry_id, []).append(name)
    entries = [to_entry(MoodRow._make(values), names.get(values[0], []))
               for values in conn.execute(_ENTRIES, (day.isoformat(),))]
    return TodaySnapshot(day=day, labels=labels, tags=tags, entries=entries)
