"""Daylio CSV (More → Export entries) → an ImportPlan.

Current exports (`full_date,date,weekday,time,mood,activities[,note_title],note`) and the
2017–2018 ones (`year,date,weekday,time,mood,activities,note`, the date written in the
phone's language: "29 March", "29. März", "29 de marzo"). Handles a byte-order mark,
newest-first order, 12-hour (`9:15 pm`, `12:00 am` = midnight) and 24-hour times,
multi-line notes with Daylio's HTML, `|`-separated activities, and custom mood names
through a mapping (proposed by `daylio_moods`, confirmed by the person). Custom names are
kept as the entry's original label. Dates carry no zone: read in this machine's zone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from pathlib import Path

from wellness_app.domain.errors import UserError
from wellness_app.domain.import_records import MoodRecord
from wellness_app.domain.moods import is_level, normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.services.io import daylio_dates, text_files
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    Progress,
    checked,
    key_of,
    no_progress,
)
from wellness_app.services.io.csv_values import parse_clock
from wellness_app.services.io.daylio_moods import Proposal, propose
from wellness_app.services.io.plain_text import html_to_text

SOURCE = "daylio"
DEFAULT_MOODS: dict[str, int] = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
NEW_HEADER = {"full_date", "time", "mood", "activities"}
OLD_HEADER = {"year", "date", "time", "mood", "activities"}
Row = tuple[int, dict[str, str]]


class UnknownMoods(UserError):
    """Custom mood names without a confirmed level; carries the proposals."""

    def __init__(self, proposals: list[Proposal]) -> None:
        self.proposals = proposals
        listed = ", ".join(f"'{p.name}' → {p.level}" + (" (a guess: please check)"
                                                          if p.reason == "guess" else "")
                           for p in proposals)
        flags = " ".join(f"--mood-map '{p.name}={p.level}'" for p in proposals)
        super().__init__(
            f"Your Daylio export uses mood names of your own; proposed levels (1 = awful … "
            f"5 = rad): {listed}. Take these with --accept-proposed-moods, or paste and "
            f"adjust: {flags}. Nothing was imported.")


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
        if not is_level(value):
            raise UserError(f"--mood-map '{item}': the level must be a whole number from 1 to 5")
        result[name.strip().casefold()] = value
    return result


def read_text(path: Path) -> str:
    """The file as text (UTF-8, UTF-16, Windows-1252; see text_files)."""
    return text_files.read_text(path)[0]


def looks_like_daylio(header: list[str]) -> bool:
    names = {h.strip().lstrip("\ufeff").casefold() for h in header}
    return names >= NEW_HEADER or names >= OLD_HEADER


def proposals(text: str, mood_map: Mapping[str, int] | None = None) -> list[Proposal]:
    """A proposed level for each mood name the defaults and `mood_map` do not cover."""
    rows = _rows(text)
    known = _known(mood_map)
    names = sorted({(r.get("mood") or "").strip() for _, r in rows} - {""}, key=str.casefold)
    unknown = [name for name in names if name.casefold() not in known]
    if not unknown:
        return []
    days = []
    for line, row in rows:
        name = (row.get("mood") or "").strip()
        if name:
            days.append((_date(row, line), name))
    return propose(unknown, days, known)


def parse(text: str, mood_map: Mapping[str, int] | None = None, *, accept_proposed: bool = False,
          progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportPlan:
    """The whole file → a plan, or UserError naming what is wrong (nothing is written)."""
    known = _known(mood_map)
    pending = proposals(text, mood_map)
    if pending and not accept_proposed:
        raise UnknownMoods(pending)
    known.update({p.name.casefold(): p.level for p in pending})
    rows = _rows(text)
    plan = ImportPlan(source=SOURCE, update_levels=True)
    seen: set[str] = set()
    used: dict[str, int] = {}
    for index, (line, row) in enumerate(rows):
        if cancel is not None and index % 500 == 0:
            cancel.check()
        progress(index, len(rows))
        mood_name = (row.get("mood") or "").strip()
        if not mood_name:
            raise UserError(f"Line {line}: the mood is empty; nothing was imported.")
        wall = datetime.combine(_date(row, line), _time(row.get("time") or "", line))
        note = html_to_text(row.get("note") or "")
        title = html_to_text(row.get("note_title") or "")
        tags = normalise_tags((row.get("activities") or "").split("|"))
        key = key_of(SOURCE, wall.isoformat(), mood_name.casefold(),  # zone-independent
                     "|".join(tags), title, note)
        if key in seen:
            plan.skip("identical entry repeated in the file")
            continue
        seen.add(key)
        level = known[mood_name.casefold()]
        custom = mood_name.casefold() not in DEFAULT_MOODS
        if custom:
            used[mood_name.casefold()] = level
        plan.moods.append(checked(MoodRecord(Moment.from_local_naive(wall), level, key,
                                             note=note, note_title=title, tags=tags,
                                             label=mood_name if custom else ""),
                                  f"Line {line}"))
    progress(len(rows), len(rows))
    plan.moods.reverse()  # Daylio writes newest first; store oldest first
    plan.mood_map = used
    return plan


def _known(mood_map: Mapping[str, int] | None) -> dict[str, int]:
    return {**DEFAULT_MOODS, **{k.casefold(): v for k, v in (mood_map or {}).items()}}


def _rows(text: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise UserError("The file is empty: there is nothing to import.")
        if not looks_like_daylio(header):
            raise UserError("This is a plain CSV, not a Daylio export (its first line should "
                            "start with full_date,date,weekday,time,mood): import it as a "
                            "CSV file with a column mapping instead.")
        names = [h.strip().lstrip("\ufeff").casefold() for h in header]
        rows = []
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            rows.append((reader.line_num, dict(zip(names, values, strict=False))))
    except csv.Error as exc:
        raise UserError(f"Line {reader.line_num}: the CSV is malformed ({exc})") from None
    return rows


def _date(row: dict[str, str], line: int) -> date:
    if "full_date" in row:
        text = row.get("full_date") or ""
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise UserError(f"Line {line}: '{text[:40]}' is not a date like 2024-05-31; "
                            "nothing was imported.") from None
    return daylio_dates.old_date(row.get("year") or "", row.get("date") or "", line)


def _time(text: str, line: int) -> time:
    """`9:15 pm`, `12:00 am` (midnight), `12:30 pm` (noon), `23:40`, `07:05`."""
    try:
        return parse_clock(text)
    except ValueError:
        raise UserError(f"Line {line}: '{text[:40]}' is not a time like 21:15 or 9:15 pm; "
                        "nothing was imported.") from None
