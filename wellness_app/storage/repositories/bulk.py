"""Bulk writes for demo data and imports: Core `insert()` executemany in batches.

ORM `add_all` of objects is ~70× slower than raw sqlite3 here; Core executemany over
plain dicts is within a small factor of it, most of it SQLAlchemy's per-value type
processing. So rows go to the driver's own `executemany` with their values in the
stored form (`driver.sql_value`, the same text the column types write); rows Core
would treat differently (differing keys, a callable default) take Core's `insert()`.
The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from wellness_app.domain.vocabulary import DEFAULT_ACTIVITY_KINDS
from wellness_app.storage.driver import sql_value
from wellness_app.storage.rows import Base

BATCH_SIZE = 5_000


def table(name: str) -> Table:
    """The table called `name` (one of the names in migration 0001 and later)."""
    try:
        return Base.metadata.tables[name]
    except KeyError:
        raise ValueError(f"no table called {name!r}") from None


def insert_rows(session: Session, table_name: str, rows: Iterable[Mapping[str, Any]],
                batch_size: int = BATCH_SIZE) -> int:
    """Insert `rows` (dicts of column → value) in batches; returns how many."""
    target = table(table_name)
    statement = insert(target)
    batch: list[Mapping[str, Any]] = []
    total = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= batch_size:
            _execute(session, target, statement, batch)
            total += len(batch)
            batch = []
    if batch:
        _execute(session, target, statement, batch)
        total += len(batch)
    return total


def _execute(session: Session, target: Table, statement: Any,
             batch: list[Mapping[str, Any]]) -> None:
    plain = _driver_rows(target, batch)
    if plain is None:
        session.execute(statement, batch)
    else:
        session.connection().exec_driver_sql(*plain)


def _driver_rows(target: Table, batch: list[Mapping[str, Any]]
                 ) -> tuple[str, list[tuple[Any, ...]]] | None:
    """The INSERT and its rows in stored form, or None when Core must do it: rows with
    differing keys, unknown columns or a column default that is not a plain value."""
    keys = list(batch[0])
    names = set(keys)
    if not names <= set(target.columns.keys()):
        return None
    if any(len(row) != len(keys) or row.keys() != names for row in batch):
        return None
    defaults: list[Any] = []
    for column in target.columns:
        if column.name in names or column.default is None:
            continue
        if not getattr(column.default, "is_scalar", False):
            return None
        keys.append(column.name)
        defaults.append(getattr(column.default, "arg", None))
    given = len(keys) - len(defaults)
    columns = ", ".join(f'"{key}"' for key in keys)
    sql = (f'INSERT INTO "{target.name}" ({columns}) '
           f'VALUES ({", ".join("?" * len(keys))})')
    rows = [(*(sql_value(row[key]) for key in keys[:given]), *defaults) for row in batch]
    return sql, rows


def count(session: Session, table_name: str) -> int:
    return int(session.scalar(select(func.count()).select_from(table(table_name))) or 0)


def next_id(session: Session, table_name: str) -> int:
    """The first free integer id (ids are assigned by the caller to link rows in bulk)."""
    return int(session.scalar(select(func.max(table(table_name).c.id))) or 0) + 1


def ids_by_name(session: Session, table_name: str) -> dict[str, int]:
    """name (case-folded) → id, for tables with a unique `name` (tags, kinds, items)."""
    target = table(table_name)
    return {name.casefold(): id_ for id_, name in
            session.execute(select(target.c.id, target.c.name))}


def ensure_named(session: Session, table_name: str,
                 rows: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Insert the rows whose `name` is not there yet; return name (case-folded) → id."""
    known = ids_by_name(session, table_name)
    missing = [row for row in rows if str(row["name"]).casefold() not in known]
    insert_rows(session, table_name, missing)
    return ids_by_name(session, table_name) if missing else known


def seed_activity_kinds(session: Session) -> dict[str, int]:
    """The default activity kinds (walk, dance, …) if missing; name → id."""
    return ensure_named(session, "activity_kinds", [
        {"name": name, "position": position, "archived": False}
        for position, name in enumerate(DEFAULT_ACTIVITY_KINDS)
    ])
