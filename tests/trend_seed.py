"""Test helpers: seed day-level data for trends and insights with Core inserts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from wellness_app.storage import Database
from wellness_app.storage.rows import (
    ActivityKind,
    ActivitySession,
    DailyMetric,
    LightSession,
    Medication,
    MoodEntryRow,
    SelfCareItem,
    SelfCareLog,
    TagRow,
    TreatmentSession,
    mood_entry_tags,
)


def _lived(day: date, hour: int = 12) -> dict[str, Any]:
    at = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return {"at_utc": at, "utc_offset_min": 0, "local_date": day}


def add_moods(db: Database, items: list[tuple[date, int]], *, tags: dict[date, list[str]]
              | None = None, hour: int = 12) -> None:
    """Mood check-ins (day, level); optional tags per day go on that day's first entry."""
    now = datetime.now(UTC)
    rows = [{**_lived(day, hour), "mood": mood, "created_at": now, "updated_at": now,
             "note": "", "note_title": "", "source": "manual"} for day, mood in items]
    with db.transaction() as s:
        s.execute(insert(MoodEntryRow), rows)
        if tags:
            names = sorted({t for ts in tags.values() for t in ts})
            existing = set(s.scalars(select(TagRow.name)))
            new = [{"name": n, "group_name": "other", "position": 0, "archived": False}
                   for n in names if n not in existing]
            if new:
                s.execute(insert(TagRow), new)
            tag_id = {n: i for n, i in s.execute(select(TagRow.name, TagRow.id))}
            links = []
            for day, ts in tags.items():
                entry = s.scalar(select(MoodEntryRow.id).where(MoodEntryRow.local_date == day)
                                 .order_by(MoodEntryRow.id).limit(1))
                links += [{"entry_id": entry, "tag_id": tag_id[t]} for t in ts]
            if links:
                s.execute(insert(mood_entry_tags), links)


def add_light(db: Database, items: list[tuple[date, str, float]]) -> None:
    rows = [{**_lived(d), "kind": k, "minutes": m, "note": "", "source": "manual"}
            for d, k, m in items]
    with db.transaction() as s:
        s.execute(insert(LightSession), rows)


def add_activity(db: Database, items: list[tuple[date, float]]) -> None:
    with db.transaction() as s:
        kind = s.scalar(select(ActivityKind.id).where(ActivityKind.name == "walk"))
        if kind is None:
            kind = s.execute(insert(ActivityKind).values(name="walk", position=0,
                                                         archived=False)).inserted_primary_key[0]
        s.execute(insert(ActivitySession), [
            {**_lived(d), "kind_id": kind, "minutes": m, "intensity": "moderate", "note": "",
             "source": "manual"} for d, m in items])


def add_metric(db: Database, metric: str, items: list[tuple[date, float]]) -> None:
    with db.transaction() as s:
        s.execute(insert(DailyMetric), [
            {"local_date": d, "metric": metric, "value": v, "source": "manual"}
            for d, v in items])


def add_selfcare(db: Database, name: str, days: list[date]) -> None:
    with db.transaction() as s:
        item = s.execute(insert(SelfCareItem).values(
            name=name, category="custom", position=0, archived=False)).inserted_primary_key[0]
        s.execute(insert(SelfCareLog), [
            {**_lived(d), "item_id": item, "note": "", "source": "manual"} for d in days])


def add_medication(db: Database, name: str, start: date | None, stop: date | None) -> None:
    with db.transaction() as s:
        s.execute(insert(Medication).values(name=name, dose="", start_date=start,
                                            stop_date=stop, note=""))


def add_treatment(db: Database, day: date, kind: str = "ketamine-infusion") -> None:
    with db.transaction() as s:
        s.execute(insert(TreatmentSession).values(**_lived(day), kind=kind, clinic="", note="",
                                                  source="manual"))


def span(start: date, n: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]
