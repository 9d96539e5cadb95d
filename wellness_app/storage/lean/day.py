"""The day summary through the bare driver: the same queries, in the same order, as
`repositories.day_summary.CONTRIBUTORS` (a test compares both on a full journal)."""

from __future__ import annotations

from datetime import date

from wellness_app.domain.day_summary import DaySummary
from wellness_app.domain.light import DEFAULT_OUTDOOR_LUX, LightSession, day_dose
from wellness_app.domain.moods import MoodDayStats
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import (
    METRIC_MINDFUL_MINUTES,
    METRIC_SLEEP_HOURS,
    METRIC_STEPS,
)
from wellness_app.storage.lean.journal import LeanJournal, utc_datetime

OUTDOOR_LUX_KEY = "outdoor_lux_estimate"  # as repositories.trackers_day
SOURCE_ORDER = ("manual", "apple-health", "csv", "daylio", "json", "demo")  # imports_summary


def build(journal: LeanJournal, day: date) -> DaySummary:
    iso = day.isoformat()
    count, mean, low, high = journal.execute(
        "SELECT count(id), avg(mood), min(mood), max(mood) FROM mood_entries "
        "WHERE local_date = ?", (iso,)).fetchone()
    summary = DaySummary(day=day, mood=MoodDayStats(
        day, int(count), None if mean is None else float(mean), low, high))
    _mood(journal, summary, iso)
    _trackers(journal, summary, iso)
    _metrics(journal, summary, iso)
    _assessments(journal, summary, iso)
    _treatments(journal, summary, iso)
    return summary


def _mood(journal: LeanJournal, summary: DaySummary, iso: str) -> None:
    summary.tags = [name for (name,) in journal.execute(
        "SELECT DISTINCT t.name FROM tags t JOIN mood_entry_tags l ON t.id = l.tag_id "
        "JOIN mood_entries e ON e.id = l.entry_id WHERE e.local_date = ?", (iso,))]
    summary.sleep_hours = journal.execute(
        "SELECT max(sleep_hours) FROM mood_entries WHERE local_date = ?", (iso,)).fetchone()[0]


def _trackers(journal: LeanJournal, summary: DaySummary, iso: str) -> None:
    sessions = [
        LightSession(Moment(utc_datetime(at), offset), kind, minutes, lux, distance, note,
                     row_id, source)
        for row_id, at, offset, kind, minutes, lux, distance, note, source in journal.execute(
            "SELECT id, at_utc, utc_offset_min, kind, minutes, lux, distance_cm, note, source "
            "FROM light_sessions WHERE local_date = ? ORDER BY at_utc, id", (iso,))]
    if sessions:
        dose = day_dose(sessions, int(journal.preference(OUTDOOR_LUX_KEY, DEFAULT_OUTDOOR_LUX)))
        summary.daylight_minutes = dose.daylight_minutes or None
        summary.light_therapy_minutes = dose.lamp_minutes or None
        summary.extra["lux_hours"] = round(dose.lux_hours, 1)
    else:
        summary.extra["lux_hours"] = None
    minutes = journal.execute("SELECT sum(minutes) FROM activity_sessions WHERE local_date = ?",
                              (iso,)).fetchone()[0]
    summary.activity_minutes = None if minutes is None else float(minutes)
    steps = journal.execute("SELECT source, value FROM daily_metrics WHERE local_date = ? "
                            "AND metric = ?", (iso, METRIC_STEPS)).fetchall()
    manual = [v for s, v in steps if s == "manual"]
    summary.steps = (int(manual[0] if manual else max(v for _, v in steps))
                     if steps else None)
    names = {name for (name,) in journal.execute(
        "SELECT DISTINCT i.name FROM selfcare_items i JOIN selfcare_logs l "
        "ON i.id = l.item_id WHERE l.local_date = ?", (iso,))}
    summary.extra["selfcare"] = sorted(names, key=str.casefold)


def _metric(journal: LeanJournal, iso: str, metric: str) -> float | None:
    values = dict(journal.execute("SELECT source, value FROM daily_metrics "
                                  "WHERE local_date = ? AND metric = ?", (iso, metric)))
    for source in (*SOURCE_ORDER, *sorted(values)):
        if source in values:
            return float(values[source])
    return None


def _metrics(journal: LeanJournal, summary: DaySummary, iso: str) -> None:
    sleep = _metric(journal, iso, METRIC_SLEEP_HOURS)
    if sleep is not None:
        summary.sleep_hours = sleep
    summary.extra["mindful_minutes"] = _metric(journal, iso, METRIC_MINDFUL_MINUTES)


def _assessments(journal: LeanJournal, summary: DaySummary, iso: str) -> None:
    for kind in ("phq9", "gad7"):
        row = journal.execute("SELECT total FROM assessments WHERE kind = ? AND local_date = ? "
                              "ORDER BY at_utc DESC LIMIT 1", (kind, iso)).fetchone()
        summary.extra[f"{kind}_total"] = None if row is None else row[0]


def _treatments(journal: LeanJournal, summary: DaySummary, iso: str) -> None:
    summary.extra["treatments"] = [
        {"kind": kind,
         "at": Moment(utc_datetime(at), offset).local.isoformat(timespec="minutes"),
         "mood_before": before, "mood_after": after}
        for at, offset, kind, before, after in journal.execute(
            "SELECT at_utc, utc_offset_min, kind, mood_before, mood_after "
            "FROM treatment_sessions WHERE local_date >= ? AND local_date <= ? "
            "ORDER BY at_utc, id", (iso, iso))]
