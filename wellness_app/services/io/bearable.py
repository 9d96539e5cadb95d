"""Bearable's CSV export (one row per reading) → an ImportPlan.

Columns: `date` ("22nd Sep 2020"), `date formatted`, `weekday`, `time of day` (am, mid,
pm, all day, or a clock time), `category`, `rating/amount`, `detail`, `notes`.
- Mood (1–10) → a check-in; the level by the rule in `csv_values.MoodScale` (1–2 → 1,
  3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5); the original kept as its label ("7/10").
- Energy (1–5) → the energy of the check-in logged in the same part of the day (else the
  day's first); Symptom and Factors details → its tags (a symptom without "(Mild)");
- Sleep ("7:30" or hours) → the day's sleep hours. Other categories are counted as skipped.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time

from wellness_app.domain.errors import UserError
from wellness_app.domain.import_records import MetricRecord, MoodRecord
from wellness_app.domain.moods import NOTE_MAX_CHARS, SLEEP_MAX_HOURS, is_level
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import METRIC_SLEEP_HOURS
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    Progress,
    checked,
    key_of,
    no_progress,
)
from wellness_app.services.io.csv_values import MoodScale, parse_clock
from wellness_app.services.io.daylio_dates import month_of

SOURCE = "bearable"
HEADER = {"date", "category", "rating/amount", "detail"}
SLOTS = {"am": time(9, 0), "morning": time(9, 0), "mid": time(13, 0), "midday": time(13, 0),
         "afternoon": time(15, 0), "pm": time(19, 0), "evening": time(19, 0),
         "night": time(22, 0), "all day": time(12, 0), "": time(12, 0)}
ENERGY_WORDS = {"v. low": 1, "very low": 1, "low": 2, "ok": 3, "okay": 3, "high": 4,
                "v. high": 5, "very high": 5}
SCALE = MoodScale(1, 10)
_ORDINAL = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})\s*$")
_SEVERITY = re.compile(r"\s*\((?:mild|moderate|severe|unbearable|extreme)\)\s*$", re.I)


@dataclass
class _Rating:
    """One mood row, with the energy, symptoms and factors attached to it."""
    line: int
    slot: str
    value: float
    note: str
    tags: list[str] = field(default_factory=list)
    energy: int | None = None


def looks_like_bearable(header: list[str]) -> bool:
    return {h.strip().lstrip("\ufeff").casefold() for h in header} >= HEADER


def parse(text: str, *, progress: Progress = no_progress,
          cancel: CancelToken | None = None) -> ImportPlan:
    rows = _rows(text)
    plan = ImportPlan(source=SOURCE)
    moods: dict[date, list[_Rating]] = defaultdict(list)
    extras: list[tuple[int, date, str, str, str]] = []
    sleep: dict[date, float] = {}
    for index, (line, row) in enumerate(rows):
        if cancel is not None and index % 500 == 0:
            cancel.check()
        progress(index, len(rows))
        category = row.get("category", "").strip().casefold()
        day = _date(row, line)
        slot = row.get("time of day", "").strip().casefold()
        amount, detail = row.get("rating/amount", "").strip(), row.get("detail", "").strip()
        if category == "mood":
            moods[day].append(_Rating(line, slot, _mood(amount, line),
                                      row.get("notes", "").strip()))
        elif category in ("energy", "symptom", "symptoms", "factors", "factor"):
            extras.append((line, day, slot, category, amount or detail))
            if category != "energy":
                extras[-1] = (line, day, slot, category, detail)
        elif category == "sleep":
            hours = _hours(amount, line)
            if hours is not None:
                sleep[day] = max(hours, sleep.get(day, 0.0))
        else:
            plan.skip("readings of a kind this app does not track")
    for line, day, slot, category, value in extras:
        _attach(plan, moods.get(day, []), slot, category, value, line)
    for day in sorted(moods):
        _entries(plan, day, moods[day])
    plan.metrics.extend(MetricRecord(day, METRIC_SLEEP_HOURS, hours)
                        for day, hours in sorted(sleep.items()))
    progress(len(rows), len(rows))
    return plan


def _rows(text: str) -> list[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        if header is None or not looks_like_bearable(header):
            raise UserError("This is not a Bearable export: its first line should name the "
                            "columns date, category, rating/amount and detail.")
        names = [h.strip().lstrip("\ufeff").casefold() for h in header]
        return [(reader.line_num, dict(zip(names, values, strict=False)))
                for values in reader if any(v.strip() for v in values)]
    except csv.Error as exc:
        raise UserError(f"Line {reader.line_num}: the CSV is malformed ({exc})") from None


def _date(row: dict[str, str], line: int) -> date:
    text = row.get("date", "")
    if match := _ORDINAL.match(text):
        month = month_of(match[2])
        try:
            if month is not None:
                return date(int(match[3]), month, int(match[1]))
        except ValueError:
            pass
    formatted = row.get("date formatted", "").strip()
    try:
        return date.fromisoformat(formatted[:10])
    except ValueError:
        raise UserError(f"Line {line}: '{text[:30]}' is not a date like 22nd Sep 2020; "
                        "nothing was imported.") from None


def _mood(text: str, line: int) -> float:
    try:
        value = float(text)
        SCALE.level(value)
    except ValueError:
        raise UserError(f"Line {line}: a Bearable mood is rated 1–10, not '{text[:20]}'; "
                        "nothing was imported.") from None
    return value


def _hours(text: str, line: int) -> float | None:
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    try:
        hours = int(match[1]) + int(match[2]) / 60 if match else float(text)
    except ValueError:
        hours = -1.0
    if not 0 <= hours <= SLEEP_MAX_HOURS:
        raise UserError(f"Line {line}: sleep '{text[:20]}' is not hours like 7:30; "
                        "nothing was imported.")
    return round(hours, 2)


def _attach(plan: ImportPlan, entries: list[_Rating], slot: str, category: str,
            value: str, line: int) -> None:
    if not entries:
        plan.skip("energy, symptoms or factors on a day without a mood rating")
        return
    entry = next((e for e in entries if e.slot == slot), entries[0])
    if category == "energy":
        level = ENERGY_WORDS.get(value.casefold())
        if level is None:
            try:
                level = int(float(value))
            except ValueError:
                level = 0
        if not is_level(level):
            raise UserError(f"Line {line}: energy must be 1–5, not '{value[:20]}'; "
                            "nothing was imported.")
        entry.energy = level
        return
    entry.tags.extend(_SEVERITY.sub("", part).strip() for part in value.split("|"))


def _entries(plan: ImportPlan, day: date, entries: list[_Rating]) -> None:
    for index, entry in enumerate(entries):
        slot = entry.slot
        try:
            clock = SLOTS[slot] if slot in SLOTS else parse_clock(slot)
        except ValueError:
            clock = SLOTS[""]
        value = entry.value
        note = entry.note[:NOTE_MAX_CHARS]
        tags = tuple(entry.tags)
        key = key_of(SOURCE, day.isoformat(), slot, index, value, note)
        plan.moods.append(checked(MoodRecord(
            Moment.from_local_naive(datetime.combine(day, clock)), SCALE.level(value), key,
            note=note, tags=tags, label=SCALE.label(f"{value:g}"),
            energy=entry.energy), day.isoformat()))
