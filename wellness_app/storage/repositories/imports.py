"""Bulk writes for imports: Core executemany in batches, inside the caller's transaction.

Idempotence: every imported row has an `import_key`; keys already in the database are
left out (so a second import of the same file adds nothing). Per-day aggregates
(daily_metrics, Apple Health's daily daylight/exercise rows) are upserted instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import InstrumentedAttribute, Session

from wellness_app.domain.import_records import (
    ActivityRecord,
    LightRecord,
    MetricRecord,
    MoodRecord,
    SelfCareRecord,
)
from wellness_app.domain.moods import normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.storage.repositories.tags import ensure_tags
from wellness_app.storage.rows import (
    ActivityKind,
    ActivitySession,
    DailyMetric,
    LightSession,
    MoodEntryRow,
    SelfCareItem,
    SelfCareLog,
    mood_entry_tags,
)

BATCH = 2000
Check = Callable[[], None]
#: a row for Core `insert()`: column name → value
Values = dict[str, Any]
T = TypeVar("T")
KeyedTable = type[LightSession] | type[ActivitySession] | type[SelfCareLog]


def _batches(items: Sequence[T]) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def _existing_keys(session: Session, column: InstrumentedAttribute[str | None],
                   keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _batches(keys):
        found.update(key for key in session.scalars(select(column).where(column.in_(chunk)))
                     if key is not None)
    return found


def _lived(moment: Moment) -> Values:
    return {"at_utc": moment.utc,
            "utc_offset_min": moment.offset_minutes, "local_date": moment.local_date}


def add_moods(session: Session, records: Sequence[MoodRecord], source: str,
              check: Check = lambda: None) -> tuple[int, int]:
    """Insert new mood records with their tags; returns (added, already there)."""
    existing = _existing_keys(session, MoodEntryRow.import_key, [r.import_key for r in records])
    new = [r for r in records if r.import_key not in existing]
    tag_ids = {row.name.casefold(): row.id for row in ensure_tags(
        session, normalise_tags([t for r in new for t in r.tags]))}
    now = datetime.now(UTC)
    for chunk in _batches(new):
        check()
        session.execute(insert(MoodEntryRow), [
            {**_lived(r.moment), "mood": r.mood, "note": r.note, "note_title": r.note_title,
             "mood_label": r.label[:80],
             "source": source, "import_key": r.import_key, "created_at": now,
             "updated_at": now, "energy": r.energy, "anxiety": r.anxiety, "sleep_hours": None}
            for r in chunk])
        ids = dict(session.execute(
            select(MoodEntryRow.import_key, MoodEntryRow.id)
            .where(MoodEntryRow.import_key.in_([r.import_key for r in chunk]))).all())
        links = [{"entry_id": ids[r.import_key], "tag_id": tag_ids[t.casefold()]}
                 for r in chunk for t in normalise_tags(list(r.tags))]
        if links:
            session.execute(insert(mood_entry_tags), links)
    return len(new), len(records) - len(new)


def update_levels(session: Session, records: Sequence[MoodRecord]) -> int:
    """Entries already imported under these keys take the record's level (a corrected
    mood map); returns how many changed."""
    wanted = {r.import_key: r.mood for r in records}
    changed = 0
    for chunk in _batches(list(wanted)):
        stale = [key for key, mood in session.execute(
            select(MoodEntryRow.import_key, MoodEntryRow.mood)
            .where(MoodEntryRow.import_key.in_(chunk)))
            if key is not None and wanted[key] != mood]
        for key in stale:
            session.execute(update(MoodEntryRow).where(MoodEntryRow.import_key == key)
                            .values(mood=wanted[key], updated_at=datetime.now(UTC)))
        changed += len(stale)
    return changed


def upsert_metrics(session: Session, records: Sequence[MetricRecord],
                   source: str) -> tuple[int, int]:
    """One value per (day, metric, source); returns (new or changed, unchanged)."""
    if not records:
        return 0, 0
    days = sorted({r.day for r in records})
    before = {(d, m): v for d, m, v in session.execute(
        select(DailyMetric.local_date, DailyMetric.metric, DailyMetric.value)
        .where(DailyMetric.source == source, DailyMetric.local_date.between(days[0], days[-1]))
    )}
    changed = [r for r in records if before.get((r.day, r.metric)) != r.value]
    for chunk in _batches(changed):
        stmt = sqlite_insert(DailyMetric)
        stmt = stmt.on_conflict_do_update(
            index_elements=["local_date", "metric", "source"], set_={"value": stmt.excluded.value})
        session.execute(stmt, [{"local_date": r.day, "metric": r.metric, "value": r.value,
                                "source": source} for r in chunk])
    return len(changed), len(records) - len(changed)


def add_light(session: Session, records: Sequence[LightRecord], source: str, *,
              replace: bool = False) -> tuple[int, int]:
    rows = [{**_lived(r.moment), "kind": r.kind, "minutes": r.minutes, "note": "",
             "source": source, "import_key": r.import_key} for r in records]
    return _insert_keyed(session, LightSession, rows, replace=replace)


def add_activities(session: Session, records: Sequence[ActivityRecord], source: str, *,
                   replace: bool = False) -> tuple[int, int]:
    kinds = ensure_activity_kinds(session, sorted({r.kind for r in records}))
    rows = [{**_lived(r.moment), "kind_id": kinds[r.kind.casefold()], "minutes": r.minutes,
             "intensity": r.intensity, "note": "", "source": source,
             "import_key": r.import_key} for r in records]
    return _insert_keyed(session, ActivitySession, rows, replace=replace)


def add_selfcare(session: Session, records: Sequence[SelfCareRecord],
                 source: str) -> tuple[int, int]:
    """Self-care logs, creating the items they name (category 'custom')."""
    if not records:
        return 0, 0
    known = {row.name.casefold(): row.id for row in session.scalars(select(SelfCareItem))}
    position = session.scalar(select(func.max(SelfCareItem.position))) or 0
    for name in dict.fromkeys(r.item for r in records):
        if name.casefold() not in known:
            position += 1
            item = SelfCareItem(name=name, category="custom", position=position,
                                archived=False)
            session.add(item)
            session.flush()
            known[name.casefold()] = item.id
    rows = [{**_lived(r.moment), "item_id": known[r.item.casefold()], "note": r.note,
             "source": source, "import_key": r.import_key} for r in records]
    return _insert_keyed(session, SelfCareLog, rows, replace=False)


def ensure_activity_kinds(session: Session, names: Sequence[str]) -> dict[str, int]:
    """{casefolded name: id}, creating the kinds that are missing (at the end of the list)."""
    if not names:
        return {}
    folded = [n.casefold() for n in names]
    found = {name.casefold(): kid for name, kid in session.execute(
        select(ActivityKind.name, ActivityKind.id)
        .where(func.lower(ActivityKind.name).in_(folded)))}
    position = session.scalar(select(func.max(ActivityKind.position))) or 0
    for name in names:
        if name.casefold() not in found:
            position += 1
            row = ActivityKind(name=name, position=position, archived=False)
            session.add(row)
            session.flush()
            found[name.casefold()] = row.id
    return found


def _insert_keyed(session: Session, table: KeyedTable, rows: list[Values], *,
                  replace: bool) -> tuple[int, int]:
    if not rows:
        return 0, 0
    if replace:  # per-day aggregates: a newer export may have more of that day
        updated = ["minutes", *(["intensity"] if "intensity" in rows[0] else [])]
        before = {key: tuple(rest) for key, *rest in session.execute(
            select(table.import_key, *(getattr(table, name) for name in updated))
            .where(table.import_key.in_([r["import_key"] for r in rows])))}
        changed = [r for r in rows
                   if before.get(r["import_key"]) != tuple(r[name] for name in updated)]
        for chunk in _batches(changed):
            stmt = sqlite_insert(table)
            stmt = stmt.on_conflict_do_update(
                index_elements=["import_key"],
                set_={name: getattr(stmt.excluded, name) for name in updated})
            session.execute(stmt, list(chunk))
        return len(changed), len(rows) - len(changed)
    existing = _existing_keys(session, table.import_key, [r["import_key"] for r in rows])
    new = [r for r in rows if r["import_key"] not in existing]
    for chunk in _batches(new):
        session.execute(insert(table), list(chunk))
    return len(new), len(rows) - len(new)
