"""The only layer that imports SQLAlchemy and Alembic: engine, rows, repositories, migrations."""

from wellness_app.storage.database import Database, DatabaseOpenError, open_database

__all__ = ["Database", "DatabaseOpenError", "open_database"]
