"""Facts about the journal file that need no SQLAlchemy (read before it is imported)."""

SQLITE_HEADER = b"SQLite format 3\x00"
#: the newest migration's revision id; tests/unit/test_storage.py checks it against Alembic
SCHEMA_HEAD = "0010_journal_search"
