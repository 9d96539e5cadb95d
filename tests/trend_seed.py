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


def seed_realistic(db: Database, days: int = 730, seed: int = 7,
                   end: date | None = None) -> list[date]:
    """A plausible journal: seasonal mood, a daylight effect, sleep, steps, tags, care."""
    import math

    import numpy as np

    rng = np.random.default_rng(seed)
    last = end or date.today() - timedelta(days=1)
    calendar = span(last - timedelta(days=days - 1), days)
    moods: list[tuple[date, int]] = []
    light: list[tuple[date, str, float]] = []
    activity: list[tuple[date, float]] = []
    sleep: list[tuple[date, float]] = []
    steps: list[tuple[date, float]] = []
    tags: dict[date, list[str]] = {}
    tea: list[date] = []
    for day in calendar:
        season = math.cos((day.timetuple().tm_yday - 172) / 365 * 2 * math.pi)
        outside = rng.random() < 0.45 + 0.25 * season
        lamp = season < 0 and rng.random() < 0.6
        walked = rng.random() < 0.5
        slept = float(np.clip(rng.normal(7 + 0.4 * season, 1.0), 3, 11))
        base = 3.0 + 0.35 * season + 0.4 * outside + 0.2 * (slept >= 7) + 0.15 * walked
        if rng.random() < 0.1:
            continue  # a missed day
        for _ in range(int(rng.integers(1, 4))):
            moods.append((day, int(np.clip(round(base + rng.normal(0, 0.8)), 1, 5))))
        if outside:
            light.append((day, "daylight", float(rng.integers(30, 120))))
        elif rng.random() < 0.3:
            light.append((day, "daylight", float(rng.integers(5, 29))))
        if lamp:
            light.append((day, "lamp", 30.0))
        if walked:
            activity.append((day, float(rng.integers(20, 75))))
        sleep.append((day, round(slept, 1)))
        steps.append((day, float(rng.integers(1500, 6000) + 5000 * walked)))
        day_tags = [t for t, p in (("family", 0.3), ("work", 0.5), ("outdoors", 0.25))
                    if rng.random() < p]
        if day_tags:
            tags[day] = day_tags
        if rng.random() < 0.3:
            tea.append(day)
    add_moods(db, moods, tags=tags)
    add_light(db, light)
    add_activity(db, activity)
    add_metric(db, "sleep_hours", sleep)
    add_metric(db, "steps", steps)
    add_selfcare(db, "chamomile tea", tea)
    add_medication(db, "Sertraline", calendar[days // 3], None)
    add_medication(db, "Bupropion", calendar[days // 6], calendar[days // 2])
    for offset in (0, 3, 7, 10):
        add_treatment(db, calendar[int(days * 0.8) + offset])
    return calendar
