"""Shared helpers for the import tests: row counts through the journal's own engine.

(The stdlib sqlite3 may be older than the bundled SQLite and not see its WAL.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text


def rows(db: Any, sql: str) -> list[tuple[Any, ...]]:
    with db.reading() as session:
        return [tuple(r) for r in session.execute(text(sql))]


def count(db: Any, table: str, where: str = "1=1") -> int:
    return int(rows(db, f"SELECT count(*) FROM {table} WHERE {where}")[0][0])
