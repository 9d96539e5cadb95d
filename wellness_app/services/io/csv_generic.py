"""Any CSV with a column mapping (`--map COLUMN=FIELD`) → an ImportPlan.

Fields: date, time, datetime, mood, energy and anxiety (1–5, with the mood), note, tags
(separated by , ; or |), steps, daylight_minutes, activity_minutes, sleep_hours — or,
for a long layout (one row per reading), kind and value: the kind names the field
(mood, steps, sleep, daylight, activity). A row needs a date (or datetime); times
without a zone are read in this machine's zone. Numbers, dates and mood scales are read
exactly (`csv_values`); a value that does not parse anywhere stops the whole import with
the line number, and a day with two different step (or sleep) figures is refused
rather than guessed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from wellness_app.domain.errors import UserError
from wellness_app.domain.import_records import ActivityRecord, LightRecord, MetricRecord, MoodRecord
from wellness_app.domain.light import MINUTES_PER_DAY
from wellness_app.domain.moods import SLEEP_MAX_HOURS, is_level, normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import METRIC_SLEEP_HOURS, METRIC_STEPS
from wellness_app.services.io import csv_values as values_
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    Progress,
    checked,
    key_of,
    no_progress,
)

SOURCE = "csv"
FIELDS = values_.FIELDS
KIND_NAMES = {"mood": "mood", "steps": "steps", "step count": "steps", "sleep": "sleep_hours",
              "sleep_hours": "sleep_hours", "sleep hours": "sleep_hours",
              "daylight": "daylight_minutes", "daylight_minutes": "daylight_minutes",
              "activity": "activity_minutes", "activity_minutes": "activity_minutes",
              "exercise": "activity_minutes"}
NOON = time(12, 0)
LIMITS = {"steps": 1_000_000, "sleep_hours": SLEEP_MAX_HOURS,
          "daylight_minutes": MINUTES_PER_DAY, "activity_minutes": MINUTES_PER_DAY}


@dataclass
class CsvSettings:
    """How the person said the file is written (empty = the unmistakable default)."""

    column_map: dict[str, str] = field(default_factory=dict)
    date_format: str = ""
    decimal: str = ""
    thousands: str = ""
    mood_scale: str = "1-5"


def parse_column_map(items: Iterable[str]) -> dict[str, str]:
    """`COLUMN=FIELD` strings → {column: field}."""
    result: dict[str, str] = {}
    for item in items:
        column, sep, name = item.rpartition("=")
        name = name.strip().casefold()
        if not sep or not column.strip():
            raise UserError(f"--map '{item}' should look like COLUMN=FIELD, e.g. 'Day=date'")
        if name not in FIELDS:
            raise UserError(f"--map '{item}': '{name}' is not a field; use one of "
                            + ", ".join(FIELDS))
        result[column.strip()] = name
    return result


def preview(text: str, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """The header and the first rows (for the mapping dialog)."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), _dialect(text))
    try:
        header = next(reader, [])
        return header, [row for _, row in zip(range(rows), reader, strict=False)]
    except csv.Error as exc:
        raise UserError(f"The CSV is malformed ({exc})") from None


def parse(text: str, settings: CsvSettings | Mapping[str, str], *,
          progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportPlan:
    if not isinstance(settings, CsvSettings):
        settings = CsvSettings(column_map=dict(settings))
    column_map = settings.column_map
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
    if ("kind" in fields) != ("value" in fields):
        raise UserError("A long layout needs both a 'kind' and a 'value' column")
    index = {name: header.index(column) for column, name in column_map.items()}
    cells = [(line, {f: (row[i].strip() if i < len(row) else "") for f, i in index.items()})
             for line, row in body]
    reader = _Reader(settings, cells)
    plan = ImportPlan(source=SOURCE)
    for count, (line, values) in enumerate(cells):
        if cancel is not None and count % 500 == 0:
            cancel.check()
        progress(count, len(cells))
        if not any(values.values()):
            plan.skip("empty row")
            continue
        if "kind" in values:
            long = reader.long_row(plan, values)
            if long is None:
                continue
            values = long
        reader.row(plan, values, line)
    progress(len(cells), len(cells))
    return plan


class _Reader:
    def __init__(self, settings: CsvSettings, cells: list[tuple[int, dict[str, str]]]) -> None:
        self.numbers = values_.NumberFormat(settings.decimal, settings.thousands)
        self.scale = values_.MoodScale.parse(settings.mood_scale)
        dates = [(line, v["date"]) for line, v in cells if v.get("date")]
        if settings.date_format:
            self.date_format = values_.date_format(settings.date_format)
        else:
            self.date_format = values_.choose_date_format(dates) if dates else "%Y-%m-%d"
        self.per_day: dict[tuple[date, str], float] = {}

    def long_row(self, plan: ImportPlan, values: dict[str, str]) -> dict[str, str] | None:
        """A (kind, value) row → the wide row it stands for (None: a kind not tracked)."""
        kind = KIND_NAMES.get(values.get("kind", "").casefold().replace("-", " "))
        if kind is None:
            plan.skip("readings of a kind this app does not track")
            return None
        wide = {k: v for k, v in values.items() if k not in ("kind", "value")}
        wide[kind] = values.get("value", "")
        return wide

    def row(self, plan: ImportPlan, values: dict[str, str], line: int) -> None:
        moment = self.moment(values, line)
        day, stamp = moment.local_date, moment.local.isoformat()
        mood = values.get("mood", "")
        if mood:
            self.mood(plan, values, moment, line)
        elif values.get("note") or values.get("tags"):
            plan.skip("rows with a note or tags but no mood")
        for name, metric in (("steps", METRIC_STEPS), ("sleep_hours", METRIC_SLEEP_HOURS)):
            if values.get(name):
                value = self.number(values[name], line, name, whole=name == "steps")
                known = self.per_day.setdefault((day, metric), value)
                if known != value:
                    raise UserError(f"Line {line}: a second, different {name} figure for "
                                    f"{day.isoformat()}; nothing was imported.")
                if known is value:  # the first figure for that day
                    plan.metrics.append(MetricRecord(day, metric, value))
        if values.get("daylight_minutes"):
            minutes = self.number(values["daylight_minutes"], line, "daylight_minutes")
            if minutes:
                plan.light.append(LightRecord(moment, minutes,
                                              key_of("csv-light", stamp, minutes)))
        if values.get("activity_minutes"):
            minutes = self.number(values["activity_minutes"], line, "activity_minutes")
            if minutes:
                plan.activities.append(ActivityRecord(moment, "other", minutes,
                                                      key_of("csv-activity", stamp, minutes)))

    def mood(self, plan: ImportPlan, values: dict[str, str], moment: Moment, line: int) -> None:
        text = values["mood"]
        try:
            level = self.scale.level(self.numbers.parse(text))
        except ValueError:
            scale = f"{self.scale.low:g}–{self.scale.high:g}"
            raise UserError(f"Line {line}: mood must be {scale}, not '{text[:40]}' (say the "
                            "scale with --mood-scale, e.g. 1-10); nothing was imported.") from None
        note = values.get("note", "")
        tags = normalise_tags(re.split(r"[,;|]", values.get("tags", "")))
        plan.moods.append(checked(MoodRecord(
            moment, level, key_of("csv", moment.local.isoformat(), text, note, tags),
            note=note, tags=tags, label=self.scale.label(text),
            energy=self.scale_1_5(values.get("energy", ""), line, "energy"),
            anxiety=self.scale_1_5(values.get("anxiety", ""), line, "anxiety")), f"Line {line}"))

    def scale_1_5(self, text: str, line: int, name: str) -> int | None:
        if not text:
            return None
        try:
            value = self.numbers.parse(text)
        except ValueError:
            value = 0.0
        level = int(value) if float(value).is_integer() else None
        if not is_level(level):
            raise UserError(f"Line {line}: {name} must be a whole number from 1 to 5, not "
                            f"'{text[:20]}'; nothing was imported.")
        return level

    def number(self, text: str, line: int, name: str, *, whole: bool = False) -> float:
        try:
            value = self.numbers.parse(text)
        except ValueError:
            raise UserError(f"Line {line}: {name} '{text[:40]}' is not an exact number (say the "
                            "separators with --decimal and --thousands); nothing was "
                            "imported.") from None
        if not 0 <= value <= LIMITS[name] or (whole and value != int(value)):
            kind = "a whole number" if whole else "a number"
            raise UserError(f"Line {line}: {name} '{text[:40]}' is not {kind} from 0 to "
                            f"{LIMITS[name]:,}; nothing was imported.")
        return value

    def moment(self, values: dict[str, str], line: int) -> Moment:
        if values.get("datetime"):
            return self.date_time(values["datetime"], line)
        day = self.date(values.get("date", ""), line)
        clock = NOON
        if values.get("time"):
            try:
                clock = values_.parse_clock(values["time"])
            except ValueError:
                raise UserError(f"Line {line}: '{values['time'][:40]}' is not a time like "
                                "21:15 or 9:15 pm; nothing was imported.") from None
        return Moment.from_local_naive(datetime.combine(day, clock))

    def date_time(self, text: str, line: int) -> Moment:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            day_text, _, clock_text = text.strip().rpartition(" ")
            try:
                parsed = datetime.combine(values_.parse_date(day_text, self.date_format),
                                          values_.parse_clock(clock_text))
            except ValueError:
                raise UserError(f"Line {line}: '{text[:40]}' is not a date and time like "
                                "2024-05-31T21:15; nothing was imported.") from None
        return Moment.from_aware(parsed) if parsed.tzinfo else Moment.from_local_naive(parsed)

    def date(self, text: str, line: int) -> date:
        try:
            return values_.parse_date(text, self.date_format)
        except ValueError:
            raise UserError(f"Line {line}: '{text[:40]}' is not a date in the file's format; "
                            "nothing was imported.") from None


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
