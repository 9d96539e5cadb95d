"""Consistent copies of the live database via SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from wellness_app.storage.database import Database
from wellness_app.storage.engine import sqlcipher_available


def backup_to(db: Database, dest: Path) -> Path:
    """Copy `db` to `dest` atomically: temp file, integrity check, rename. Returns `dest`.

    The copy has the same passphrase as the source (an encrypted journal stays encrypted).
    """
    old = os.umask(0o077)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".partial")
        tmp.unlink(missing_ok=True)
        target = _connect(tmp, db.passphrase)
    finally:
        os.umask(old)
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.backup(target)  # type: ignore[union-attr]
        status = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()
        target.close()
    if status != "ok":
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"The backup failed its integrity check: {status}")
    os.replace(tmp, dest)
    return dest


def timestamped_name(prefix: str) -> str:
    """`prefix-20261124T101500123456Z.db`: sorts by time, never collides in practice."""
    return f"{prefix}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}.db"


def _connect(path: Path, passphrase: str | None) -> sqlite3.Connection:
    if sqlcipher_available():
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(str(path))
        if passphrase:
            conn.execute("PRAGMA key=" + _quote(passphrase))
        return conn  # type: ignore[no-any-return]
    return sqlite3.connect(str(path))


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
