"""Check-ins through the bare driver: the same rows, tags and mapping as the ORM
repository (`repositories.mood_entries`, `repositories.tags.ensure_tags`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from wellness_app.domain.moods import MOOD_LABELS_KEY, MoodEntry, mood_labels, normalise_tags
from wellness_app.storage.lean.journal import LeanJournal, sql_value
from wellness_app.storage.mood_mapping import MOOD_COLUMNS, MoodRow, entry_values, to_entry

_SELECT = f"SELECT {', '.join(MOOD_COLUMNS)} FROM mood_entries"


def add(journal: LeanJournal, entry: MoodEntry) -> MoodEntry:
    """Insert a check-in and its tags (unknown tags are created, archived ones revived);
    returns it as stored."""
    now = datetime.now(UTC)
    tag_ids = _ensure_tags(journal, entry.tags)
    values = {**entry_values(entry), "source": entry.source, "import_key": None,
              "created_at": now, "mood_label": entry.mood_label, "updated_at": now}
    if entry.id is not None:
        values["id"] = entry.id
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    with journal.errors():
        cursor = journal.execute(f"INSERT INTO mood_entries ({names}) VALUES ({marks})",
                                 [sql_value(v) for v in values.values()])
        entry_id = int(cursor.lastrowid)
        journal.conn.executemany(
            "INSERT INTO mood_entry_tags (entry_id, tag_id) VALUES (?, ?)",
            [(entry_id, tag_id) for tag_id in tag_ids])
    return get(journal, entry_id)


def get(journal: LeanJournal, entry_id: int) -> MoodEntry:
    row = journal.execute(f"{_SELECT} WHERE id = ?", (entry_id,)).fetchone()
    names = [name for (name,) in journal.execute(
        "SELECT t.name FROM tags t JOIN mood_entry_tags l ON l.tag_id = t.id "
        "WHERE l.entry_id = ?", (entry_id,))]
    return to_entry(MoodRow._make(row), names)


def _ensure_tags(journal: LeanJournal, names: tuple[str, ...]) -> list[int]:
    """Tag ids for `names`, as `tags.ensure_tags`: matched by `lower(name)` against the
    case-folded names, missing ones added to the group "other"."""
    wanted = normalise_tags(list(names))
    if not wanted:
        return []
    folded = [name.casefold() for name in wanted]
    marks = ", ".join("?" * len(folded))
    existing: dict[str, tuple[int, bool]] = {
        name.casefold(): (tag_id, bool(archived)) for tag_id, name, archived in journal.execute(
            f"SELECT id, name, archived FROM tags WHERE lower(name) IN ({marks})", folded)}
    ids = []
    with journal.errors():
        for name in wanted:
            found = existing.get(name.casefold())
            if found is None:
                cursor = journal.execute("INSERT INTO tags (name, group_name, position, "
                                         "archived) VALUES (?, 'other', 0, 0)", (name,))
                found = (int(cursor.lastrowid), False)
                existing[name.casefold()] = found
            elif found[1]:
                journal.execute("UPDATE tags SET archived = 0 WHERE id = ?", (found[0],))
                existing[name.casefold()] = found = (found[0], False)
            ids.append(found[0])
    return list(dict.fromkeys(ids))


def labels(journal: LeanJournal) -> dict[int, str]:
    """The mood labels, the person's own names included (`MoodService.labels`)."""
    custom = journal.preference(MOOD_LABELS_KEY, {})
    return mood_labels({int(k): v for k, v in custom.items()})


def count_on(journal: LeanJournal, day: date) -> int:
    return int(journal.execute("SELECT count(*) FROM mood_entries WHERE local_date = ?",
                               (day.isoformat(),)).fetchone()[0])
