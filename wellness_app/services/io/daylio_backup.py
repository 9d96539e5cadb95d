"""Daylio's own backup file (`.daylio`, all a non-Premium user can produce) → a plan.

The format, as open-source readers document it: a zip holding `backup.daylio`, which is
base64 of a JSON object with `customMoods` (`id`, `custom_name`, `mood_group_id` 1 = rad
… 5 = awful, `predefined_name_id`), `tags` (`id`, `name`) and `dayEntries` (`datetime`
in ms since the epoch, `timeZoneOffset` in ms, `year`/`month` (0-based)/`day`/`hour`/
`minute` as lived, `mood`, `tags`, `note`, `note_title`). The mood group gives the level
exactly, so no mapping is asked; a custom name is kept as the original label. Import keys
match the CSV export's, so a CSV and a backup of the same entries never double up.
"""

from __future__ import annotations

import base64
import binascii
import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from wellness_app.domain.errors import UserError
from wellness_app.domain.import_records import MoodRecord
from wellness_app.domain.moods import NOTE_MAX_CHARS, is_level, normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    Progress,
    checked,
    key_of,
    no_progress,
)
from wellness_app.services.io.plain_text import html_to_text

SOURCE = "daylio"
INNER = "backup.daylio"
PREDEFINED = {1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}


def load(path: Path) -> dict[str, Any]:
    """The decoded JSON, or UserError saying the file is damaged or not a backup."""
    damaged = (f"{path.name} is damaged or incomplete (was the copy interrupted?): copy it "
               "again from the phone; nothing was imported.")
    try:
        with zipfile.ZipFile(path) as archive:
            if INNER not in archive.namelist():
                raise UserError(f"{path.name} is a zip file but not a Daylio backup "
                                f"(no {INNER} inside); nothing was imported.")
            raw = archive.read(INNER)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile):
        raise UserError(damaged) from None
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}") from None
    try:
        data = json.loads(base64.b64decode(b"".join(raw.split()), validate=True))
    except (binascii.Error, ValueError):
        raise UserError(damaged) from None
    if not isinstance(data, dict) or not isinstance(data.get("dayEntries"), list):
        raise UserError(f"{path.name} is not a Daylio backup this app can read; "
                        "nothing was imported.")
    return data


def parse(data: dict[str, Any], *, progress: Progress = no_progress,
          cancel: CancelToken | None = None) -> ImportPlan:
    moods = {_id(m): m for m in _list(data.get("customMoods")) if isinstance(m, dict)}
    tags = {_id(t): str(t.get("name") or "") for t in _list(data.get("tags"))
            if isinstance(t, dict)}
    entries = data["dayEntries"]
    plan = ImportPlan(source=SOURCE, update_levels=True)
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        if cancel is not None and index % 500 == 0:
            cancel.check()
        progress(index, len(entries))
        try:
            record = _record(entry, moods, tags)
        except (KeyError, TypeError, ValueError, OverflowError):
            plan.skip("entries with a missing or malformed date or mood")
            continue
        if record.import_key in seen:
            plan.skip("identical entry repeated in the file")
            continue
        seen.add(record.import_key)
        plan.moods.append(checked(record, f"Entry of {record.moment.local_date.isoformat()}"))
    progress(len(entries), len(entries))
    plan.moods.sort(key=lambda m: m.moment.utc)
    return plan


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _id(item: dict[str, Any]) -> int | str | None:
    """An entry's id, when it is one (ints and strings; anything else matches nothing)."""
    value = item.get("id")
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


def _record(entry: dict[str, Any], moods: dict[Any, dict[str, Any]],
            tags: dict[Any, str]) -> MoodRecord:
    mood = moods[_id({"id": entry["mood"]})]
    group = int(mood["mood_group_id"])
    if not is_level(group):
        raise ValueError("mood group")
    name = str(mood.get("custom_name") or "").strip()
    predefined = PREDEFINED.get(int(mood.get("predefined_name_id") or -1), "")
    mood_name = name or predefined or PREDEFINED[group]
    offset = timedelta(milliseconds=int(entry.get("timeZoneOffset") or 0))
    when = datetime.fromtimestamp(int(entry["datetime"]) / 1000, timezone(offset))
    wall = datetime(int(entry["year"]), int(entry["month"]) + 1, int(entry["day"]),
                    int(entry["hour"]), int(entry["minute"]))
    note = html_to_text(str(entry.get("note") or ""))[:NOTE_MAX_CHARS]
    title = html_to_text(str(entry.get("note_title") or ""))
    names = normalise_tags([tags.get(_id({"id": t}), "") for t in _list(entry.get("tags"))])
    key = key_of(SOURCE, wall.isoformat(), mood_name.casefold(), "|".join(names), title, note)
    custom = mood_name.casefold() not in PREDEFINED.values()
    return MoodRecord(Moment.from_aware(when), 6 - group, key, note=note, note_title=title,
                      tags=names, label=mood_name if custom else "")
