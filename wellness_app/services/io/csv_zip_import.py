"""`import csv-zip FILE.zip`: the app's own CSV export, back into a journal.

Each CSV becomes records of the JSON export's schema (`journal_dump.table_spec`), so the
JSON import's checks and de-duplication apply unchanged: `local_time` (the lived time
with its offset) is the record's `at`, names stand for activity kinds and self-care
items, `tags` is the `|`-joined tag list, empty cells of nullable fields are null. Row
ids travel alongside, so importing into a new journal and exporting again gives the
same CSV files byte for byte.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from wellness_app.domain.errors import UserError
from wellness_app.domain.records import EXPORT_FORMAT, SCHEMA_VERSION, FieldSpec, TableSpec
from wellness_app.storage.repositories import journal_dump, table_dump

Ids = dict[str, list[int | None]]


def read(path: Path) -> tuple[dict[str, Any], Ids, bytes]:
    """(a JSON-export document, the row ids per table, the file's bytes)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path.name}: {exc.strerror or exc}") from None
    if not raw:
        raise UserError(f"{path.name} is empty: there is nothing to import.")
    if not raw.startswith(b"PK"):
        raise UserError(f"{path.name} is not a zip file: a CSV export of this app is the zip "
                        "that File → Export… or `export csv` writes; nothing was imported.")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            if "mood_entries.csv" not in names:
                raise UserError(f"{path.name} is not a CSV export of this app (it has no "
                                "mood_entries.csv); nothing was imported.")
            tables = {name: _table(archive.read(f"{name}.csv"), name)
                      for name in table_dump.table_names() if f"{name}.csv" in names}
    except UserError:
        raise
    # a truncated or forged directory can also make zipfile seek before the start
    # (ValueError) or name a compression it lacks (NotImplementedError)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, ValueError,
            NotImplementedError):
        raise UserError(f"{path.name} is damaged or incomplete (was the copy interrupted?): "
                        "copy it again; nothing was imported.") from None
    data: dict[str, list[dict[str, Any]]] = {}
    ids: Ids = {}
    names_by_id = {table: {row.get("id"): row.get("name") for row in rows}
                   for table, rows in tables.items()}
    for spec in journal_dump.table_specs():
        rows = tables.get(spec.name, [])
        data[spec.name] = [_record(spec, row, names_by_id, index + 2)
                           for index, row in enumerate(rows)]
        ids[spec.name] = [_int(row.get("id")) for row in rows]
    document = {"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION, "data": data}
    return document, ids, raw


def _table(raw: bytes, name: str) -> list[dict[str, str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{name}.csv is not UTF-8 text; nothing was imported.") from None
    try:
        return list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise UserError(f"{name}.csv is malformed ({exc}); nothing was imported.") from None


def _record(spec: TableSpec, row: dict[str, str], names: dict[str, dict[Any, Any]],
            line: int) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for field in spec.fields:
        if field.kind == "moment":
            if row.get("local_time"):
                record["at"] = row["local_time"]
        elif field.kind == "ref":
            record[field.name] = _ref(field, row, names, spec.name, line)
        elif field.kind == "tags":
            record["tags"] = [t for t in (row.get("tags") or "").split("|") if t]
        elif field.name in row:
            record[field.name] = _value(field, row[field.name], spec.name, line)
    return record


def _ref(field: FieldSpec, row: dict[str, str], names: dict[str, dict[Any, Any]],
         table: str, line: int) -> str | None:
    if row.get(field.name):
        return row[field.name]
    raw_id = row.get(field.name + "_id", "")
    found = names.get(field.ref_table or "", {}).get(raw_id)
    if found is None and raw_id:
        raise UserError(f"{table}.csv line {line}: {field.name} {raw_id} is not in "
                        f"{field.ref_table}.csv; nothing was imported.")
    return found


def _value(field: FieldSpec, text: str, table: str, line: int) -> Any:
    if text == "" and (field.nullable or field.kind not in ("str",)):
        return None if field.nullable else field.default
    try:
        if field.kind == "int":
            return int(text)
        if field.kind == "float":
            return float(text)
        if field.kind == "bool":
            return text.strip().casefold() in ("1", "true", "yes")
    except ValueError:
        raise UserError(f"{table}.csv line {line}: {field.name} '{text[:30]}' is not a "
                        "number; nothing was imported.") from None
    return text


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None
