"""Loop Habit Tracker → self-care logs.

Reads `Checkmarks.csv` (a `Date` column, then one column per habit, newest day first,
every line ending in a comma) or Loop's export zip (that file plus `Habits.csv`). Dates
are ISO or, in older exports, MM-DD-YY (`csv_values.choose_date_format` picks the one the
file allows). Yes/no habits: 2 (or YES_MANUAL) is a day the person ticked it and
becomes a self-care log; 1 (YES_AUTO, implied by the habit's frequency), 0, -1 and 3
(skipped) log nothing. Numeric habits store the value × 1000: 7500 is 7.5, kept in the
log's note. A habit is numeric when Habits.csv says so or a value above 3 appears.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime, time
from pathlib import Path

from wellness_app.domain.errors import UserError
from wellness_app.domain.import_records import SelfCareRecord
from wellness_app.domain.timestamps import Moment
from wellness_app.services.io import text_files
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    Progress,
    key_of,
    no_progress,
)
from wellness_app.services.io.csv_values import choose_date_format, parse_date

SOURCE = "loop"
DONE = {"2", "YES_MANUAL"}
NOT_DONE = {"", "0", "1", "-1", "3", "NO", "YES_AUTO", "UNKNOWN", "SKIP"}
NOON = time(12, 0)


def read(path: Path) -> tuple[str, set[str]]:
    """(the Checkmarks.csv text, the names of numeric habits per Habits.csv)."""
    text, _encoding = text_files.read_text(path) if not text_files.is_zip(path) else ("", "")
    if text:
        return text, set()
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "Checkmarks.csv" not in names:
                raise UserError(f"{path.name} is a zip file but not a Loop Habit Tracker "
                                "export (no Checkmarks.csv inside); nothing was imported.")
            checkmarks = text_files.decode(archive.read("Checkmarks.csv"), "Checkmarks.csv")
            habits = (text_files.decode(archive.read("Habits.csv"), "Habits.csv")[0]
                      if "Habits.csv" in names else "")
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile):
        raise UserError(f"{path.name} is damaged or incomplete (was the copy interrupted?): "
                        "copy it again; nothing was imported.") from None
    return checkmarks[0], _numeric_habits(habits)


def _numeric_habits(text: str) -> set[str]:
    if not text:
        return set()
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    return {str(row.get("Name", "")).strip() for row in rows
            if str(row.get("Type", "")).strip().upper() in ("1", "NUMERICAL", "NUMERIC")}


def parse(text: str, numeric: set[str] | None = None, *, progress: Progress = no_progress,
          cancel: CancelToken | None = None) -> ImportPlan:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
        body = [(reader.line_num, row) for row in reader if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise UserError(f"Line {reader.line_num}: the CSV is malformed ({exc})") from None
    if not header or header[0].casefold() != "date" or len(header) < 2:
        raise UserError("This is not a Loop Habit Tracker Checkmarks.csv: its first line "
                        "should be Date followed by the habits' names.")
    habits = [(i, name) for i, name in enumerate(header) if i and name]
    fmt = choose_date_format([(line, row[0].strip()) for line, row in body])
    numeric = set(numeric or ()) | {name for i, name in habits if any(
        _number(row[i]) > 3 or "." in row[i] for _, row in body if i < len(row))}
    plan = ImportPlan(source=SOURCE)
    for count, (line, row) in enumerate(body):
        if cancel is not None and count % 500 == 0:
            cancel.check()
        progress(count, len(body))
        try:
            day = parse_date(row[0], fmt)
        except ValueError:
            raise UserError(f"Line {line}: '{row[0][:30]}' is not a date; nothing was "
                            "imported.") from None
        moment = Moment.from_local_naive(datetime.combine(day, NOON))
        for i, name in habits:
            cell = row[i].strip() if i < len(row) else ""
            if name in numeric:
                _numeric(plan, moment, name, cell, line)
            elif cell.upper() in DONE:
                plan.selfcare.append(SelfCareRecord(moment, name,
                                                    key_of(SOURCE, name, day.isoformat())))
            elif cell.upper() not in NOT_DONE:
                raise UserError(f"Line {line}: '{cell[:20]}' under {name} is not a Loop "
                                "checkmark; nothing was imported.")
    progress(len(body), len(body))
    return plan


def _number(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        return 0.0


def _numeric(plan: ImportPlan, moment: Moment, name: str, cell: str, line: int) -> None:
    if cell in ("", "-1", "UNKNOWN", "SKIP"):
        return
    try:
        value = float(cell) if "." in cell else int(cell) / 1000
    except ValueError:
        raise UserError(f"Line {line}: '{cell[:20]}' under {name} is not a number; "
                        "nothing was imported.") from None
    if value <= 0:
        return
    plan.selfcare.append(SelfCareRecord(moment, name, key_of(
        SOURCE, name, moment.local_date.isoformat()), note=f"{value:g}"))
