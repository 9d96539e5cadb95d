"""Use cases, each with its own transaction. No Qt here.

`Database` and `open_database` are re-exported so the UI and CLI can hold a database
handle without reaching into storage.
"""

from wellness_app.storage import Database, DatabaseOpenError, open_database

__all__ = ["Database", "DatabaseOpenError", "open_database"]
