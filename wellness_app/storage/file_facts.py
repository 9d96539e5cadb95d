"""Facts about the journal file that need no SQLAlchemy (read before it is imported)."""

import re

SQLITE_HEADER = b"SQLite format 3\x00"
#: the newest migration's revision id; tests/unit/test_storage.py checks it against Alembic
SCHEMA_HEAD = "0010_journal_search"
#: the names of the app's backups: `<kind>-<UTC stamp>.db`
BACKUP_NAME = re.compile(r"^(?P<kind>[a-z0-9][a-z0-9_-]*?)-(?P<stamp>\d{8}T\d{12}Z)\.db$")
#: the kind of the daily automatic backup (`auto-<UTC stamp>.db`)
AUTO_BACKUP = "auto"
#: a journal up to this size gets the full integrity_check when opened (years of
#: check-ins are a few MB); larger ones the quick_check (`integrity`, `lean`)
FULL_CHECK_BYTES = 32 * 1024 * 1024
