"""Daylio CSV (More → Export entries) → an ImportPlan.

Handles both headers (7 columns, and 8 with `note_title`), a byte-order mark, newest-first
order, 12-hour (`9:15 pm`, `12:00 am` = midnight) and 24-hour times, multi-line notes with
Daylio's HTML, `|`-separated activities, and custom mood names through a mapping.
Dates carry no zone: they are read in this machine's zone rules at that date.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from pathlib import Path

from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import MOOD_MAX, MOOD_MIN, NOTE_MAX_CHARS, normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    MoodRecord,
    Progress,
    key_of,
    no_progress,
)
from wellness_app.services.io.plain_text import html_to_text

SOURCE = "daylio"
DEFAULT_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
REQUIRED = ("full_date", "time", "mood")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])\.?\s*m?\.?\s*$", re.I)
_TIME24 = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*$")


def parse_mood_map(items: Iterable[str]) -> dict[str, int]:
    """`NAME=LEVEL` strings (CLI `--mood-map`) → {casefolded name: level}."""
    result: dict[str, int] = {}
    for item in items:
        name, sep, level = item.rpartition("=")
        if not sep or not name.strip():
            raise UserError(f"--mood-map '{item}' should look like NAME=LEVEL, e.g. 'super=5'")
        try:
            value = int(level.strip())
        except ValueError:
            value = 0
        if not MOOD_MIN <= value <= MOOD_MAX:
            raise UserError(f"--mood-map '{item}': the level must be a whole number from 1 to 5")
        result[name.strip().casefold()] = value
    return result


def read_text(path: Path) -> str:
    """The file as text: UTF-8 with or without a byte-order mark."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path.name} is not a UTF-8 text file (a Daylio CSV export is)") from None


def looks_like_daylio(header: list[str]) -> bool:
    names = {h.strip().lstrip("\ufeff").casefold() for h in header}
    return {"full_date", "time", "mood", "activities"} <= names


def mood_names(text: str) -> list[str]:
    """Every distinct mood name in the file (the GUI asks about the unknown ones)."""
    rows = _rows(text)
    seen: dict[str, str] = {}
    for _, row in rows:
        name = (row.get("mood") or "").strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def unknown_moods(text: str, mood_map: Mapping[str, int] | None = None) -> list[str]:
    known = {**DEFAULT_MOODS, **{k.casefold(): v for k, v in (mood_map or {}).items()}}
    return [name for name in mood_names(text) if name.casefold() not in known]


def parse(text: str, mood_map: Mapping[str, int] | None = None, *,
          progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportPlan:
    """The whole file → a plan, or UserError naming what is wrong (nothing is written)."""
    known = {**DEFAULT_MOODS, **{k.casefold(): v for k, v in (mood_map or {}).items()}}
    rows = _rows(text)
    unknown = sorted({(r.get("mood") or "").strip() for _, r in rows} - {""},
                     key=str.casefold)
    unknown = [name for name in unknown if name.casefold() not in known]
    if unknown:
        listed = ", ".join(f"'{name}'" for name in unknown)
        raise UserError(
            f"Unknown Daylio mood name(s): {listed}. Map each to a level 1–5 with "
            "--mood-map NAME=LEVEL (e.g. --mood-map 'super=5'); nothing was imported."
        )
    plan = ImportPlan(source=SOURCE)
    seen: set[str] = set()
    for index, (line, row) in enumerate(rows):
        if cancel is not None and index % 500 == 0:
            cancel.check()
        progress(index, len(rows))
        mood_name = (row.get("mood") or "").strip()
        if not mood_name and not (row.get("full_date") or "").strip():
            plan.skip("empty line")
            continue
        if not mood_name:
            raise UserError(f"Line {line}: the mood is empty; nothing was imported.")
        wall = datetime.combine(_date(row.get("full_date") or "", line),
                                _time(row.get("time") or "", line))
        moment = Moment.from_local_naive(wall)
        note = html_to_text(row.get("note") or "")
        title = html_to_text(row.get("note_title") or "")
        if len(note) > NOTE_MAX_CHARS:
            raise UserError(f"Line {line}: the note is longer than {NOTE_MAX_CHARS:,} "
                            "characters; nothing was imported.")
        activities = row.get("activities") or ""
        tags = normalise_tags([a for a in activities.split("|")])
        key = key_of(SOURCE, wall.isoformat(), mood_name.casefold(),  # zone-independent
                     "|".join(tags), title, note)
        if key in seen:
            plan.skip("identical entry repeated in the file")
            continue
        seen.add(key)
        plan.moods.append(MoodRecord(moment, known[mood_name.casefold()], key,
                                     note=note, note_title=title, tags=tags))
    progress(len(rows), len(rows))
    plan.moods.reverse()  # Daylio writes newest first; store oldest first
    return plan


def _rows(text: str) -> list[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        if header is None or not looks_like_daylio(header):
            raise UserError("This is not a Daylio CSV export: the first line should start "
                            "with full_date,date,weekday,time,mood,activities")
        names = [h.strip().casefold() for h in header]
        rows = []
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            rows.append((reader.line_num, dict(zip(names, values, strict=False))))
    except csv.Error as exc:
        raise UserError(f"Line {reader.line_num}: the CSV is malformed ({exc})") from None
    return rows


def _date(text: str, line: int) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"Line {line}: '{text[:40]}' is not a date like 2024-05-31; "
                        "nothing was imported.") from None


def _time(text: str, line: int) -> time:
    """`9:15 pm`, `12:00 am` (midnight), `12:30 pm` (noon), `23:40`, `07:05`."""
    if match := _TIME.match(text):
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if 1 <= hour <= 12 and minute < 60 and second < 60:
            hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
            return time(hour, minute, second)
    elif match := _TIME24.match(text):
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise UserError(f"Line {line}: '{text[:40]}' is not a time like 21:15 or 9:15 pm; "
                    "nothing was imported.")
