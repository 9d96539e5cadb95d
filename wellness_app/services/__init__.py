"""Use cases, each with its own transaction. No Qt here.

`Database`, `DatabaseOpenError` and `open_database` are re-exported so the UI and CLI can
hold a database handle without reaching into storage; they load on first use (PEP 562), so
`services.today_snapshot` works at start-up before SQLAlchemy is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wellness_app.storage import Database, DatabaseOpenError, open_database

__all__ = ["Database", "DatabaseOpenError", "open_database"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from wellness_app import storage

        return getattr(storage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
