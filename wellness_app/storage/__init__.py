"""The only layer that imports SQLAlchemy and Alembic: engine, rows, repositories, migrations.

`Database`, `DatabaseOpenError` and `open_database` load on first use (PEP 562), so the
SQLAlchemy-free modules here (`file_facts`, `today_snapshot`) can be imported at start-up
without paying for SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wellness_app.storage.database import Database, open_database
    from wellness_app.storage.sqlite_errors import DatabaseOpenError

__all__ = ["Database", "DatabaseOpenError", "open_database"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from wellness_app.storage import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
