"""Opening and verifying the journal with the bare driver (see the package docstring).

Verification and the command's work share one transaction: the schema revision and
`quick_check` are read inside it, so nothing is ever written to a file that was not
verified. The lock is probed without waiting (`busy_timeout=0` until the transaction
holds it): a busy journal falls back to the full path, which waits for it as usual.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from wellness_app.storage.driver import (
    BUSY_TIMEOUT_MS,
    PRAGMAS,
    quiet_sqlcipher,
    sql_value,
    utc_datetime,
)
from wellness_app.storage.encryption import SIDE_FILES, detect_kind, quote
from wellness_app.storage.file_facts import (
    AUTO_BACKUP,
    BACKUP_NAME,
    SCHEMA_HEAD,
)
from wellness_app.storage.sqlite_errors import environment_problem

log = logging.getLogger(__name__)
#: files whose presence means an interrupted conversion or restore the full open cleans up
_LEFTOVERS = (".converting", ".conversion", ".restoring")


class LeanJournal:
    """An open, verified connection inside its first transaction."""

    def __init__(self, conn: Any, path: Path, driver: Any) -> None:
        self.conn = conn
        self.path = path
        self._driver = driver

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Any:
        return self.conn.execute(sql, params)

    def commit(self) -> None:
        """End the current transaction (the verified one first) and start a new one."""
        with self.errors():
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN IMMEDIATE")

    def close(self) -> None:
        """Roll back whatever was not committed and close."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        finally:
            self.conn.close()

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Driver errors the environment caused as EnvironmentProblem (as the full path)."""
        try:
            yield
        except self._driver.Error as exc:
            raise environment_problem(exc, self.path) or exc from None

    def preference(self, key: str, default: Any = None) -> Any:
        """A stored preference (JSON), as `repositories.preferences.get`."""
        row = self.execute("SELECT value FROM preferences WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def put_preference(self, key: str, value: Any) -> None:
        """As `repositories.preferences.put`: the same JSON encoding."""
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        self.execute("INSERT INTO preferences (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, encoded))


def open_lean(path: Path, key: str | None, *, write: bool,
              now: datetime | None = None) -> LeanJournal | None:
    """The journal at `path` opened and verified in a transaction (`BEGIN IMMEDIATE` when
    `write`), or None when it is not in the ordinary state (see the package docstring).
    `key` is the passphrase or derived key of an encrypted journal (ignored for a plain one).
    """
    kind = detect_kind(path)
    if kind == "plain":
        key = None
    elif kind != "encrypted" or not key:
        return None
    if not _ordinary_surroundings(path, now):
        return None
    try:
        from sqlcipher3 import dbapi2 as driver
    except ImportError:
        if key:
            return None
        import sqlite3 as driver
    quiet_sqlcipher()
    try:
        conn = driver.connect(str(path), timeout=0, isolation_level=None)
    except driver.Error:
        return None
    try:
        if _verified(conn, path, key, write):
            return LeanJournal(conn, path, driver)
    except (driver.Error, UnicodeDecodeError, ValueError) as exc:
        log.info("Quick open skipped (%s); the journal opens the full way", type(exc).__name__)
    conn.close()
    return None


def _intact(conn: Any, path: Path) -> bool:
    """`quick_check`. The full `integrity_check` (indexes against their tables) is not
    repeated here: this path runs only once today's automatic backup exists, and the full
    open that took it ran that check on the journal and the backup on its copy."""
    return bool(conn.execute("PRAGMA quick_check").fetchall() == [("ok",)])


def _verified(conn: Any, path: Path, key: str | None, write: bool) -> bool:
    """Key and pragmas, then the checks inside the command's first transaction."""
    if key:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA key = " + quote(key))
    conn.execute("PRAGMA busy_timeout = 0")  # probe the lock: a busy journal falls back
    if conn.execute("PRAGMA journal_mode").fetchone() != ("wal",):
        return False  # the full open sets WAL; this path never changes the file's mode
    for pragma in PRAGMAS:
        if "journal_mode" not in pragma and "busy_timeout" not in pragma:
            conn.execute(pragma)
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    has_version = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'alembic_version'").fetchone()
    if not has_version or conn.execute(
            "SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA_HEAD,)]:
        return False
    if not _intact(conn, path):
        return False  # damage: the full open moves the file aside and says so
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # later statements wait as usual
    return True


def _ordinary_surroundings(path: Path, now: datetime | None) -> bool:
    """Writable, no leftovers of an interrupted conversion or restore, and the day's
    automatic backup already taken (the full open takes it)."""
    folder = path.parent
    if not (os.access(path, os.R_OK | os.W_OK) and os.access(folder, os.W_OK)):
        return False
    backups = folder / "backups"
    for where in (folder, backups):
        try:
            names = os.listdir(where)
        except OSError:
            names = []
        if any(marker in name for name in names for marker in _LEFTOVERS):
            return False
    today = (now or datetime.now(UTC)).astimezone().date()
    return _backed_up_on(backups, today)


def _backed_up_on(backups: Path, today: date) -> bool:
    try:
        names = os.listdir(backups)
    except OSError:
        return False
    for name in names:
        match = BACKUP_NAME.match(name)
        if match and match["kind"] == AUTO_BACKUP:
            stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            if stamp.astimezone().date() == today and (backups / name).is_file():
                return True
    return False


__all__ = ["SIDE_FILES", "LeanJournal", "open_lean", "sql_value", "utc_datetime"]
