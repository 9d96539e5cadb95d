"""Every table as plain JSON-ready records, and back (the JSON export/import's storage half).

Fields are derived from the table definitions: ids are dropped, `at_utc` +
`utc_offset_min` become one `at` (local time with its offset), foreign keys become the
referenced row's name (`kind_id` → `kind`), mood entries carry their tag names. A column
added by a later migration is therefore exported and imported with no change here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Boolean, Column, ColumnDefault, Date, Float, Integer, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wellness_app.domain.errors import UserError
from wellness_app.domain.records import FieldKind, FieldSpec, TableSpec
from wellness_app.storage.repositories import bulk
from wellness_app.storage.rows import TagRow, mood_entry_tags
from wellness_app.storage.rows.base import UtcDateTime

#: exported tables in dependency order (catalogues before the records that name them).
#: Not exported: import_batches (this journal's own history) and shown_cautions.
EXPORT_TABLES = (
    "tags", "activity_kinds", "selfcare_items", "mood_entries", "light_sessions",
    "activity_sessions", "daily_metrics", "selfcare_logs", "medications", "assessments",
    "treatment_sessions", "safety_plan_items", "safety_contacts", "user_crisis_lines",
    "preferences",
)
NATURAL_KEYS = {
    "tags": ("name",), "activity_kinds": ("name",), "selfcare_items": ("name",),
    "preferences": ("key",), "daily_metrics": ("local_date", "metric", "source"),
}
DERIVED = {"local_date", "created_at", "updated_at"}  # optional on import: derived from `at`


_KINDS: tuple[tuple[type[Any], FieldKind], ...] = (
    (Date, "date"), (Boolean, "bool"), (Integer, "int"), (Float, "float"))


def _kind(column: Column[Any]) -> FieldKind:
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return "datetime"
    for sa_type, name in _KINDS:
        if isinstance(kind, sa_type):
            return name
    return "str"


def table_spec(name: str) -> TableSpec:
    fields: list[FieldSpec] = []
    for column in bulk.table(name).columns:
        if column.name == "id" or column.name == "utc_offset_min":
            continue
        if column.name == "at_utc":
            fields.append(FieldSpec("at", "moment", required=True, nullable=False))
        elif column.foreign_keys:
            ref = next(iter(column.foreign_keys)).column.table.name
            fields.append(FieldSpec(column.name.removesuffix("_id"), "ref", required=True,
                                    nullable=bool(column.nullable), ref_table=ref))
        else:
            has_default = column.default is not None or column.server_default is not None
            default = getattr(column.default, "arg", None) if column.default is not None else None
            kind: FieldKind = ("json" if (name, column.name) == ("preferences", "value")
                               else _kind(column))
            fields.append(FieldSpec(
                column.name, kind,
                required=not column.nullable and not has_default and column.name not in DERIVED,
                nullable=bool(column.nullable), max_length=getattr(column.type, "length", None),
                default=None if callable(default) else default,
            ))
    if name == "mood_entries":
        fields.append(FieldSpec("tags", "tags", nullable=False))
    first = [f for f in fields if f.name in ("at", "local_date")]  # when, then what
    fields = first + [f for f in fields if f not in first]
    return TableSpec(name, tuple(fields), NATURAL_KEYS.get(name, ()))


def table_specs() -> list[TableSpec]:
    return [table_spec(name) for name in EXPORT_TABLES]


# ---- reading ------------------------------------------------------------------------
def read_all(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every exported table as records, in a deterministic order independent of row ids."""
    names = {ref: {id_: name for name, id_ in _names(session, ref).items()}
             for ref in ("activity_kinds", "selfcare_items")}
    entry_tags: dict[int, list[str]] = defaultdict(list)
    for entry_id, tag in session.execute(
        select(mood_entry_tags.c.entry_id, TagRow.name)
        .join(TagRow, TagRow.id == mood_entry_tags.c.tag_id)
    ):
        entry_tags[entry_id].append(tag)
    data: dict[str, list[dict[str, Any]]] = {}
    connection = session.connection()  # Core rows: the ORM's result handling is not needed
    for spec in table_specs():
        result = connection.execute(select(bulk.table(spec.name)))
        columns = list(result.keys())
        timed, placed = "at_utc" in columns, "position" in columns
        keyed = []
        for values in result:
            row = dict(zip(columns, values, strict=True))
            record = _record(spec, row, names, entry_tags)
            keyed.append(((row["at_utc"].isoformat() if timed else "",
                           row["position"] if placed else 0), record))
        data[spec.name] = _in_order(keyed)
    return data


_CANONICAL = json.JSONEncoder(sort_keys=True)


def _in_order(keyed: list[tuple[tuple[str, int], dict[str, Any]]]) -> list[dict[str, Any]]:
    """Records by (time, position), ties broken by their canonical JSON: the order of
    sorting by (time, position, JSON), with the JSON made only for ties."""
    keyed.sort(key=lambda pair: pair[0])
    ordered: list[dict[str, Any]] = []
    start = 0
    while start < len(keyed):
        end = start + 1
        while end < len(keyed) and keyed[end][0] == keyed[start][0]:
            end += 1
        group = [record for _, record in keyed[start:end]]
        if len(group) > 1:
            group.sort(key=_CANONICAL.encode)
        ordered += group
        start = end
    return ordered


def _names(session: Session, table_name: str) -> dict[str, int]:
    table = bulk.table(table_name)
    return {name: id_ for id_, name in session.execute(select(table.c.id, table.c.name))}


def _record(spec: TableSpec, row: Any, names: dict[str, dict[int, str]],
            entry_tags: dict[int, list[str]]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for field in spec.fields:
        if field.kind == "moment":
            offset = timezone(timedelta(minutes=row["utc_offset_min"]))
            record["at"] = row["at_utc"].astimezone(offset).isoformat()
        elif field.kind == "ref":
            value = row[field.name + "_id"]
            record[field.name] = None if value is None else names[field.ref_table or ""][value]
        elif field.kind == "tags":
            record["tags"] = sorted(entry_tags.get(row["id"], []), key=lambda t: (t.casefold(), t))
        elif field.kind == "json":
            record[field.name] = json.loads(row[field.name])
        else:
            value = row[field.name]
            record[field.name] = value.isoformat() if isinstance(value, date) else value
    return record


# ---- writing ------------------------------------------------------------------------
def insert_records(session: Session, table_name: str, records: Sequence[dict[str, Any]],
                   *, source: str = "json", ids: Sequence[int | None] | None = None) -> int:
    """Insert validated records (JSON form) into `table_name`; returns how many.
    `ids`: row ids to keep where they are still free (the CSV-zip round trip)."""
    if not records:
        return 0
    spec = table_spec(table_name)
    refs: dict[str | None, dict[str, int]] = {
        f.ref_table: _names(session, f.ref_table) for f in spec.fields if f.ref_table}
    refs = {table: {n.casefold(): i for n, i in names.items()} for table, names in refs.items()}
    defaults = _defaults(table_name, source)
    rows = [{**defaults, **_row(spec, record, refs)} for record in records]
    if ids is not None:
        _keep_free_ids(session, table_name, rows, ids)
    try:
        if table_name == "mood_entries":
            _insert_entries(session, rows, [r.get("tags", []) for r in records])
        else:
            with_id = [row for row in rows if "id" in row]
            bulk.insert_rows(session, table_name, with_id)
            bulk.insert_rows(session, table_name, [row for row in rows if "id" not in row])
    except IntegrityError as exc:
        raise UserError(f"{table_name} could not be imported: it conflicts with the "
                        f"journal ({exc.orig}). Nothing was imported.") from None
    return len(rows)


def _keep_free_ids(session: Session, table_name: str, rows: list[dict[str, Any]],
                   ids: Sequence[int | None]) -> None:
    table = bulk.table(table_name)
    taken = set(session.scalars(select(table.c.id)))
    for row, wanted in zip(rows, ids, strict=True):
        if wanted is not None and wanted not in taken:
            row["id"] = wanted
            taken.add(wanted)


def _insert_entries(session: Session, rows: list[dict[str, Any]],
                    tag_lists: list[list[str]]) -> None:
    wanted = {name.casefold(): name for names in tag_lists for name in names}
    tag_ids = bulk.ensure_named(session, "tags", [
        {"name": name, "group_name": "other", "position": 0, "archived": False}
        for name in wanted.values()
    ])
    next_free = max([bulk.next_id(session, "mood_entries"),
                     *(row["id"] + 1 for row in rows if "id" in row)])
    links = []
    for row, names in zip(rows, tag_lists, strict=True):
        if "id" not in row:
            row["id"], next_free = next_free, next_free + 1
        links += [{"entry_id": row["id"], "tag_id": tag_ids[n.casefold()]} for n in set(names)]
    bulk.insert_rows(session, "mood_entries", rows)
    bulk.insert_rows(session, "mood_entry_tags", links)


def _defaults(table_name: str, source: str) -> dict[str, Any]:
    """Column defaults for fields a hand-written record may leave out (every row of an
    executemany needs the same keys)."""
    defaults: dict[str, Any] = {}
    for column in bulk.table(table_name).columns:
        if column.name == "source":
            defaults["source"] = source
        elif isinstance(column.default, ColumnDefault) and column.default.is_scalar:
            defaults[column.name] = column.default.arg
        elif column.nullable and not column.primary_key:
            defaults[column.name] = None
    return defaults


def _row(spec: TableSpec, record: dict[str, Any],
         refs: dict[str | None, dict[str, int]]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in spec.fields:
        if field.name not in record:
            continue
        value = record[field.name]
        if field.kind == "moment":
            local = datetime.fromisoformat(value)
            offset = local.utcoffset() or timedelta(0)
            row["at_utc"] = local.astimezone(UTC)
            row["utc_offset_min"] = int(offset.total_seconds() // 60)
            row.setdefault("local_date", local.date())
        elif field.kind == "ref":
            row[field.name + "_id"] = None if value is None else refs[field.ref_table][
                value.casefold()]
        elif field.kind == "tags":
            continue
        elif field.kind == "json":
            row[field.name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif value is not None and field.kind == "date":
            row[field.name] = date.fromisoformat(value)
        elif value is not None and field.kind == "datetime":
            row[field.name] = datetime.fromisoformat(value).astimezone(UTC)
        else:
            row[field.name] = value
    if "at_utc" in row and spec.field("created_at"):
        row.setdefault("created_at", row["at_utc"])
        row.setdefault("updated_at", row["created_at"])
    return row
