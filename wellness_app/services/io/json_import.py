"""JSON import of an export (ours, or hand-written in the same schema).

Safe by construction: the whole file is validated first (nothing written on any
problem), the journal is backed up, then everything lands in ONE transaction. Records
already in the journal are skipped, so importing the same file twice adds nothing:
a record is "already there" when a row with the same natural key (tags, activity kinds,
self-care items, preferences, one metric per day and source), the same `import_key`, or
exactly the same content exists. Content identity rather than a new key keeps the
round trip exact (export → import → export gives the same bytes).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wellness_app.domain.errors import UserError, ValidationError
from wellness_app.domain.records import TableSpec
from wellness_app.services.io import csv_zip_import, portable_settings
from wellness_app.services.io.json_schema import validate_document
from wellness_app.storage import Database
from wellness_app.storage.backup_copy import backup_to, timestamped_name
from wellness_app.storage.repositories import import_log, journal_dump

ALREADY = "already in the journal"
TWICE = "duplicate within the file"


@dataclass
class ImportReport:
    source_name: str
    imported: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    reasons: Counter[str] = field(default_factory=Counter)
    backup: Path | None = None
    #: settings.ini keys taken from the file (only those not set on this machine)
    settings: list[str] = field(default_factory=list)
    settings_error: str = ""

    @property
    def total_imported(self) -> int:
        return sum(self.imported.values())

    def lines(self) -> list[str]:
        lines = [f"Imported {self.total_imported:,} records from {self.source_name}, "
                 f"skipped {sum(self.skipped.values()):,}."]
        for table in self.imported:
            done, skipped = self.imported[table], self.skipped.get(table, 0)
            if done or skipped:
                lines.append(f"  {table}: {done:,} imported, {skipped:,} skipped")
        lines += [f"  skipped because {reason}: {n:,}" for reason, n in self.reasons.items()]
        if self.settings:
            lines.append("Preferences taken from the file: " + ", ".join(self.settings))
        if self.settings_error:
            lines.append(self.settings_error)
        if self.backup is not None:
            lines.append(f"Backup taken before the import: {self.backup}")
        return lines


class JsonImportService:
    def __init__(self, db: Database, settings_file: Path | None = None) -> None:
        self._db = db
        self._settings_file = settings_file

    def import_file(self, path: Path) -> ImportReport:
        raw = _read(path)
        try:
            document = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise ValidationError(f"{path.name} is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{path.name} is not valid JSON (line {exc.lineno}, "
                                  f"column {exc.colno}: {exc.msg})") from None
        report = self.import_document(document, path.name, hashlib.sha256(raw).hexdigest())
        settings = document.get("settings") if isinstance(document, dict) else None
        if self._settings_file is not None and isinstance(settings, dict):
            try:
                report.settings = portable_settings.apply_missing(self._settings_file, settings)
            except OSError as exc:
                report.settings_error = f"settings not restored: {exc.strerror or exc}"
        return report

    def import_csv_zip(self, path: Path) -> ImportReport:
        """The app's own CSV export (see csv_zip_import), keeping row ids where free."""
        document, ids, raw = csv_zip_import.read(path)
        return self.import_document(document, path.name, hashlib.sha256(raw).hexdigest(),
                                    ids=ids, source="csv-zip")

    def import_document(self, document: Any, name: str, sha256: str, *,
                        ids: dict[str, list[int | None]] | None = None,
                        source: str = "json") -> ImportReport:
        """Validate everything, then write what is new in one transaction."""
        specs = journal_dump.table_specs()
        try:
            records = validate_document(document, specs)
        except ValidationError as exc:
            raise ValidationError(f"{name}: {exc}. Nothing was imported.") from None
        row_ids = {id(record): row_id for table, rows in (ids or {}).items()
                   for record, row_id in zip(records[table], rows, strict=True)}
        report = ImportReport(name)
        with self._db.reading() as session:
            existing = journal_dump.read_all(session)
        plan = {spec.name: _new_records(spec, records[spec.name], existing[spec.name], report)
                for spec in specs}
        _check_references(specs, records, existing, name)
        if not any(plan.values()):
            return report
        report.backup = backup_to(self._db, self._db.backups_dir / timestamped_name("pre-import"))
        with self._db.transaction() as session:
            for table, new in plan.items():
                report.imported[table] = journal_dump.insert_records(
                    session, table, new, ids=[row_ids.get(id(r)) for r in new] if ids else None)
            import_log.record_batch(
                session, source, name, sha256,
                {"imported": report.imported, "skipped": report.skipped,
                 "reasons": dict(report.reasons)})
        return report


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not an export file") from None
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}") from None


def _identity(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def _natural(spec: TableSpec, record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(str(record[k]).casefold() for k in spec.natural_key)


def _new_records(spec: TableSpec, records: list[dict[str, Any]],
                 existing: list[dict[str, Any]], report: ImportReport) -> list[dict[str, Any]]:
    """The records not in the journal yet; counts the others in `report`."""
    seen_content = {_identity(r) for r in existing}
    seen_natural = {_natural(spec, r) for r in existing} if spec.natural_key else set()
    seen_keys = {r["import_key"] for r in existing if r.get("import_key")}
    in_file: set[str] = set()
    new = []
    for record in records:
        identity = _identity(record)
        if identity in in_file:
            reason = TWICE
        elif (identity in seen_content
              or (spec.natural_key and _natural(spec, record) in seen_natural)
              or (record.get("import_key") and record["import_key"] in seen_keys)):
            reason = ALREADY
        else:
            reason = ""
            new.append(record)
            if spec.natural_key:
                seen_natural.add(_natural(spec, record))
            if record.get("import_key"):
                seen_keys.add(record["import_key"])
        in_file.add(identity)
        if reason:
            report.skipped[spec.name] = report.skipped.get(spec.name, 0) + 1
            report.reasons[reason] += 1
    report.imported[spec.name] = 0
    return new


def _check_references(specs: list[TableSpec], records: dict[str, list[dict[str, Any]]],
                      existing: dict[str, list[dict[str, Any]]], source: str) -> None:
    """Every `kind`/`item` named by a new record exists in the journal or the file."""
    for spec in specs:
        for ref in (f for f in spec.fields if f.kind == "ref" and f.ref_table):
            table = ref.ref_table or ""
            names = {r["name"].casefold() for r in existing[table] + records[table]}
            for index, record in enumerate(records[spec.name]):
                value = record.get(ref.name)
                if value is not None and value.casefold() not in names:
                    raise ValidationError(
                        f"{source}: {spec.name}[{index}].{ref.name}: no {table} row called "
                        f"'{value}'. Nothing was imported.")
