"""Any CSV with a column mapping (`--map COLUMN=FIELD`) → an ImportPlan.

Fields: date, time, datetime, mood (1–5), note, tags (separated by , ; or |), steps,
daylight_minutes, activity_minutes, sleep_hours. A row needs a date (or datetime);
times without a zone are read in this machine's zone. A malformed value anywhere stops
the whole import with the line number (nothing is written).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time

from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import MOOD_MAX, MOOD_MIN, NOTE_MAX_CHARS, normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import METRIC_SLEEP_HOURS, METRIC_STEPS
from wellness_app.services.io.common import (
    ActivityRecord,
    CancelToken,
    ImportPlan,
    LightRecord,
    MetricRecord,
    MoodRecord,
    Progress,
    key_of,
    no_progress,
)

SOURCE = "csv"
FIELDS = ("date", "time", "datetime", "mood", "note", "tags", "steps", "daylight_minutes",
          "activity_minutes", "sleep_hours")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y")
NOON = time(12, 0)


def parse_column_map(items: Iterable[str]) -> dict[str, str]:
    """`COLUMN=FIELD` strings → {column: field}."""
    result: dict[str, str] = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        field = field.strip().casefold()
        if not sep or not column.strip():
            raise UserError(f"--map '{item}' should look like COLUMN=FIELD, e.g. 'Day=date'")
        if field not in FIELDS:
            raise UserError(f"--map '{item}': '{field}' is not a field; use one of "
                            + ", ".join(FIELDS))
        result[column.strip()] = field
    return result


def preview(text: str, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """The header and the first rows (for the mapping dialog)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), _dialect(text))
    try:
        header = next(reader, [])
        return header, [row for _, row in zip(range(rows), reader, strict=False)]
    except csv.Error as exc:
        raise UserError(f"The CSV is malformed ({exc})") from None


def parse(text: str, column_map: Mapping[str, str], *, progress: Progress = no_progress,
          cancel: CancelToken | None = None) -> ImportPlan:
    if not column_map:
        raise UserError("Say which column holds what, e.g. --map Day=date --map Mood=mood")
    header, body = _read(text)
    missing = [c for c in column_map if c not in header]
    if missing:
        raise UserError("No column named " + ", ".join(f"'{c}'" for c in missing)
                        + " (the columns are: " + ", ".join(header) + ")")
    fields = set(column_map.values())
    if not fields & {"date", "datetime"}:
        raise UserError("Map one column to 'date' or 'datetime'")
    if len(fields) < len(column_map):
        raise UserError("Each field can be mapped from one column only")
    index = {field: header.index(column) for column, field in column_map.items()}
    plan = ImportPlan(source=SOURCE)
    for count, (line, row) in enumerate(body):
        if cancel is not None and count % 500 == 0:
            cancel.check()
        progress(count, len(body))
        values = {f: (row[i].strip() if i < len(row) else "") for f, i in index.items()}
        if not any(values.values()):
            plan.skip("empty row")
            continue
        _row(plan, values, line)
    progress(len(body), len(body))
    return plan


def _row(plan: ImportPlan, values: dict[str, str], line: int) -> None:
    moment = _moment(values, line)
    day = moment.local_date
    stamp = moment.local.isoformat()
    mood = values.get("mood", "")
    if mood:
        level = _number(mood, line, "mood", whole=True)
        if not MOOD_MIN <= level <= MOOD_MAX:
            raise UserError(f"Line {line}: mood must be 1–5, not '{mood}'; nothing was imported.")
        note = values.get("note", "")
        if len(note) > NOTE_MAX_CHARS:
            raise UserError(f"Line {line}: the note is too long; nothing was imported.")
        tags = normalise_tags(re.split(r"[,;|]", values.get("tags", "")))
        plan.moods.append(MoodRecord(moment, int(level), key_of("csv", stamp, mood, note, tags),
                                     note=note, tags=tags))
    elif values.get("note") or values.get("tags"):
        plan.skip("rows with a note or tags but no mood")
    if values.get("steps"):
        plan.metrics.append(MetricRecord(day, METRIC_STEPS, _number(
            values["steps"], line, "steps", high=1_000_000)))
    if values.get("sleep_hours"):
        plan.metrics.append(MetricRecord(day, METRIC_SLEEP_HOURS, _number(
            values["sleep_hours"], line, "sleep_hours", high=24)))
    if values.get("daylight_minutes"):
        minutes = _number(values["daylight_minutes"], line, "daylight_minutes", high=1440)
        if minutes:
            plan.light.append(LightRecord(moment, minutes, key_of("csv-light", stamp, minutes)))
    if values.get("activity_minutes"):
        minutes = _number(values["activity_minutes"], line, "activity_minutes", high=1440)
        if minutes:
            plan.activities.append(ActivityRecord(moment, "other", minutes,
                                                  key_of("csv-activity", stamp, minutes)))


def _read(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), _dialect(text))
    try:
        header = [h.strip() for h in next(reader, [])]
        body = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise UserError(f"Line {reader.line_num}: the CSV is malformed ({exc})") from None
    if not header:
        raise UserError("The CSV file is empty")
    return header, body


def _dialect(text: str) -> type[csv.Dialect]:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if first.count(";") > first.count(",") and first.count(";") >= first.count("\t"):
        return _Semicolon
    if first.count("\t") > first.count(","):
        return csv.excel_tab
    return csv.excel


class _Semicolon(csv.excel):
    delimiter = ";"


def _moment(values: dict[str, str], line: int) -> Moment:
    if values.get("datetime"):
        try:
            parsed = datetime.fromisoformat(values["datetime"])
        except ValueError:
            raise UserError(f"Line {line}: '{values['datetime'][:40]}' is not a date and time "
                            "like 2024-05-31T21:15; nothing was imported.") from None
        return Moment.from_aware(parsed) if parsed.tzinfo else Moment.from_local_naive(parsed)
    day = _date(values.get("date", ""), line)
    clock = NOON
    if values.get("time"):
        try:
            clock = time.fromisoformat(values["time"])
        except ValueError:
            raise UserError(f"Line {line}: '{values['time'][:40]}' is not a time like 21:15; "
                            "nothing was imported.") from None
    return Moment.from_local_naive(datetime.combine(day, clock.replace(tzinfo=None)))


def _date(text: str, line: int) -> date:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise UserError(f"Line {line}: '{text[:40]}' is not a date like 2024-05-31; "
                    "nothing was imported.")


def _number(text: str, line: int, name: str, *, whole: bool = False,
            high: float = float("inf")) -> float:
    try:
        value = float(text.replace(",", ".")) if not whole else float(int(text))
    except ValueError:
        value = float("nan")
    if not 0 <= value <= high:
        raise UserError(f"Line {line}: {name} '{text[:40]}' is not a number in range; "
                        "nothing was imported.")
    return value
