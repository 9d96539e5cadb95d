"""The import use case: parse a file into a plan, back the journal up, write it in one go.

A file that fails to parse, a cancel, or any error while writing leaves the journal
exactly as it was (one transaction). Re-importing a file adds nothing (import keys).
"""

from __future__ import annotations

import csv
import hashlib
import logging
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wellness_app.domain.errors import UserError
from wellness_app.services.io import (
    bearable,
    csv_generic,
    daylio,
    daylio_backup,
    loop_habits,
    text_files,
)
from wellness_app.services.io.apple_health import parser as apple_health
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    ImportReport,
    Progress,
    no_progress,
)
from wellness_app.storage import Database
from wellness_app.storage.backup_copy import backup_to, timestamped_name
from wellness_app.storage.repositories import import_log, imports, preferences

log = logging.getLogger(__name__)
is_zip = text_files.is_zip
FORMATS = ("daylio", "apple-health", "csv", "csv-zip", "bearable", "loop")
MOOD_MAP_KEY = "import.mood_map.{source}"


@dataclass
class ImportOptions:
    """Daylio: custom mood names → level (or take the proposals). CSV: column name →
    field, and how dates, numbers and the mood scale are written."""

    mood_map: dict[str, int] = field(default_factory=dict)
    column_map: dict[str, str] = field(default_factory=dict)
    accept_proposed_moods: bool = False
    date_format: str = ""
    decimal: str = ""
    thousands: str = ""
    mood_scale: str = "1-5"

    def csv_settings(self) -> csv_generic.CsvSettings:
        return csv_generic.CsvSettings(dict(self.column_map), self.date_format, self.decimal,
                                       self.thousands, self.mood_scale)


def detect_format(path: Path) -> str | None:
    """'daylio', 'apple-health', 'csv', 'json' or None, from the name and first bytes."""
    suffix = path.suffix.casefold()
    if suffix == ".daylio":
        return "daylio"
    if suffix == ".zip" and _holds(path, "mood_entries.csv"):
        return "csv-zip"
    if suffix == ".zip" and _holds(path, "Checkmarks.csv"):
        return "loop"
    if suffix in {".zip", ".xml"}:
        return "apple-health"
    if suffix == ".json":
        return "json"
    if suffix in {".csv", ".txt", ".tsv"}:
        try:
            with path.open("rb") as handle:
                head = handle.read(4096).decode("utf-8-sig", errors="replace")
        except OSError:
            return None
        first = next(csv.reader([head.splitlines()[0] if head else ""]), [])
        if daylio.looks_like_daylio(first):
            return "daylio"
        if bearable.looks_like_bearable(first):
            return "bearable"
        if path.name.casefold() == "checkmarks.csv" and first[:1] == ["Date"]:
            return "loop"
        return "csv"
    return None


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def run(self, fmt: str, path: Path, options: ImportOptions | None = None, *,
            progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportReport:
        if fmt == "csv-zip":
            return self._csv_zip(path, cancel)
        # the file's SHA-256 (for the import history) is computed alongside the parse:
        # hashlib releases the GIL, so on two cores it costs no wall time
        pool = ThreadPoolExecutor(1, thread_name_prefix="import-sha256")
        try:
            digest = pool.submit(_sha256, path)
            plan = self.plan(fmt, path, options, progress=progress, cancel=cancel)
            return self.write(plan, path, cancel=cancel, sha256=digest.result())
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def plan(self, fmt: str, path: Path, options: ImportOptions | None = None, *,
             progress: Progress = no_progress, cancel: CancelToken | None = None) -> ImportPlan:
        """Parse only (nothing written): raises UserError on a bad file."""
        options = options or ImportOptions()
        if not path.is_file():
            raise UserError(f"{path} does not exist or is not a file")
        if fmt == "daylio" and is_zip(path):
            return daylio_backup.parse(daylio_backup.load(path), progress=progress,
                                       cancel=cancel)
        if fmt == "daylio":
            mood_map = {**self.remembered_mood_map("daylio"), **options.mood_map}
            return daylio.parse(daylio.read_text(path), mood_map,
                                accept_proposed=options.accept_proposed_moods,
                                progress=progress, cancel=cancel)
        if fmt == "bearable":
            return bearable.parse(text_files.read_text(path)[0], progress=progress,
                                  cancel=cancel)
        if fmt == "loop":
            checkmarks, numeric = loop_habits.read(path)
            return loop_habits.parse(checkmarks, numeric, progress=progress, cancel=cancel)
        if fmt == "apple-health":
            return apple_health.parse_file(path, progress=progress, cancel=cancel)
        if fmt == "csv":
            text, encoding = text_files.read_text(path)
            plan = csv_generic.parse(text, options.csv_settings(), progress=progress,
                                     cancel=cancel)
            plan.encoding = "" if encoding == "UTF-8" else encoding
            return plan
        raise UserError(f"Unknown import format '{fmt}' (use one of {', '.join(FORMATS)})")

    def write(self, plan: ImportPlan, path: Path, *, cancel: CancelToken | None = None,
              sha256: str | None = None) -> ImportReport:
        """Back up, then write the whole plan in one transaction."""
        check = cancel.check if cancel is not None else (lambda: None)
        check()
        backup = backup_to(self._db, self._db.backups_dir / timestamped_name("pre-import"))
        report = ImportReport(source=plan.source, file_name=path.name,
                              skipped=dict(plan.skipped), backup_path=str(backup),
                              long_nights=list(plan.long_nights), encoding=plan.encoding,
                              mood_map=dict(plan.mood_map))
        already = 0
        with self._db.transaction() as session:
            added, dup = imports.add_moods(session, plan.moods, plan.source, check)
            report.added["mood_entries"], already = added, already + dup
            if plan.update_levels and dup:
                changed = imports.update_levels(session, plan.moods)
                report.added["mood_levels_changed"], already = changed, already - changed
            if plan.mood_map:
                _remember_mood_map(session, plan.source, plan.mood_map)
            added, dup = imports.upsert_metrics(session, plan.metrics, plan.source)
            report.added["daily_metrics"], already = added, already + dup
            check()
            added, dup = imports.add_light(session, plan.light, plan.source,
                                           replace=plan.replace_aggregates)
            report.added["light_sessions"], already = added, already + dup
            added, dup = imports.add_activities(session, plan.activities, plan.source,
                                                replace=plan.replace_aggregates)
            report.added["activity_sessions"], already = added, already + dup
            if plan.selfcare:
                added, dup = imports.add_selfcare(session, plan.selfcare, plan.source)
                report.added["selfcare_logs"], already = added, already + dup
            if already:
                report.skipped["already imported"] = already
            import_log.record_batch(session, plan.source, path.name, sha256 or _sha256(path),
                                 {"added": report.added, "skipped": report.skipped})
            check()  # a cancel up to here rolls everything back
        log.info("Imported %s: %s", plan.source, report.added)
        return report


    def _csv_zip(self, path: Path, cancel: CancelToken | None) -> ImportReport:
        """The app's own CSV export, through the JSON import (same checks and de-dup)."""
        from wellness_app.services.io.json_import import JsonImportService

        if cancel is not None:
            cancel.check()
        done = JsonImportService(self._db).import_csv_zip(path)
        return ImportReport(source="csv-zip", file_name=path.name, added=dict(done.imported),
                            skipped=dict(done.reasons),
                            backup_path=str(done.backup) if done.backup else "")

    def remembered_mood_map(self, source: str) -> dict[str, int]:
        """The mood names → levels confirmed at earlier imports from `source`."""
        with self._db.reading() as session:
            stored = preferences.get(session, MOOD_MAP_KEY.format(source=source), {})
        return {str(k): int(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def _remember_mood_map(session: Any, source: str, used: dict[str, int]) -> None:
    key = MOOD_MAP_KEY.format(source=source)
    stored = preferences.get(session, key, {})
    preferences.put(session, key, {**(stored if isinstance(stored, dict) else {}), **used})


def _holds(path: Path, name: str) -> bool:
    """Whether the zip at `path` has a member `name` (False for anything unreadable)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return name in archive.namelist()
    except (OSError, zipfile.BadZipFile, EOFError):
        return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
