"""The shape of exported records: one field description per column (JSON export/import).

Storage derives these from the tables, so a column added by a later migration is
exported and imported without touching the exporter; services validate with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

FieldKind = Literal["int", "float", "str", "bool", "date", "datetime", "moment", "ref",
                    "tags", "json"]
EXPORT_FORMAT: Final = "wellness_app-export"
SCHEMA_VERSION: Final = 1


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of an exported record.

    kinds: `moment` is a local ISO-8601 time with its UTC offset (`2026-03-01T08:30:00+01:00`),
    `datetime` an ISO-8601 UTC time, `date` `YYYY-MM-DD`, `ref` the name of a row in
    `ref_table`, `tags` a list of tag names, `json` any JSON value.
    """

    name: str
    kind: FieldKind
    required: bool = False
    nullable: bool = True
    max_length: int | None = None
    ref_table: str | None = None
    default: Any = None


@dataclass(frozen=True, slots=True)
class TableSpec:
    """An exported table: its fields in a fixed order, and its natural key if it has one."""

    name: str
    fields: tuple[FieldSpec, ...]
    natural_key: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec | None:
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None
