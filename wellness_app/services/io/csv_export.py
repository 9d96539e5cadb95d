"""`export csv`: one CSV per kind of record in a zip, UTF-8 with a byte-order mark so
spreadsheets open it correctly, ISO-8601 dates, and each time also shown in local time."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from wellness_app.domain.errors import UserError
from wellness_app.services.io.common import CancelToken, Progress, no_progress
from wellness_app.storage import Database
from wellness_app.storage.repositories import table_dump


class CsvExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def export(self, dest: Path, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None) -> dict[str, int]:
        """Write the zip atomically (temp file, then rename); returns rows per file."""
        if dest.suffix.casefold() != ".zip":
            raise UserError(f"The CSV export is a zip of CSV files: name it e.g. "
                            f"{dest.with_suffix('.zip').name}")
        if not dest.parent.is_dir():
            raise UserError(f"The folder {dest.parent} does not exist")
        tmp = dest.with_name(dest.name + ".partial")
        counts: dict[str, int] = {}
        names = table_dump.table_names()
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive, \
                    self._db.reading() as session:
                for index, name in enumerate(names):
                    if cancel is not None:
                        cancel.check()
                    progress(index, len(names))
                    columns, rows = table_dump.dump(session, name)
                    counts[name] = _write_csv(archive, f"{name}.csv", columns, rows)
            os.replace(tmp, dest)
        except OSError as exc:
            raise UserError(f"Cannot write {dest}: {exc.strerror or exc}") from None
        finally:
            tmp.unlink(missing_ok=True)
        progress(len(names), len(names))
        return counts


def _write_csv(archive: zipfile.ZipFile, name: str, columns: list[str], rows: Any) -> int:
    lived = "at_utc" in columns and "utc_offset_min" in columns
    header = [*columns, "local_time"] if lived else columns
    count = 0
    with archive.open(name, "w") as raw, io.TextIOWrapper(raw, "utf-8-sig", newline="") as text:
        writer = csv.writer(text)
        writer.writerow(header)
        at, offset = (columns.index("at_utc"), columns.index("utc_offset_min")) if lived else (0, 0)
        for row in rows:
            cells = [_cell(value) for value in row]
            if lived and row[at] is not None:
                zone = timezone(timedelta(minutes=row[offset]))
                cells.append(row[at].astimezone(zone).isoformat(timespec="seconds"))
            writer.writerow(cells)
            count += 1
    return count


_PLAIN = (str, int, float)


def _cell(value: Any) -> Any:
    if type(value) in _PLAIN:  # most cells: written as they are (bool is not an int here)
        return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return "" if value is None else value
