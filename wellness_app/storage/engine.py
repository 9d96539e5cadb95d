"""Engine creation: the SQLite driver and the pragmas every connection gets.

`sqlcipher3` is preferred for every database, plain or encrypted: it bundles a recent
SQLite (past the WAL corruption fix that older system builds lack), so every platform
runs the same engine. Plain files use the pysqlite dialect over sqlcipher3's DBAPI
module (sqlcipher3 rejects an empty key); encrypted ones use the pysqlcipher dialect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from wellness_app.storage.driver import (
    BUSY_TIMEOUT_MS,
    PRAGMAS,
    encryption_unavailable_reason,
    quiet_sqlcipher,
    sqlcipher_available,
)

__all__ = ["BUSY_TIMEOUT_MS", "PRAGMAS", "encryption_unavailable_reason", "make_engine",
           "quiet_sqlcipher", "sqlcipher_available"]

# SQLAlchemy turns these into a `file:…?mode=ro&immutable=1` URI
_READ_ONLY = {"mode": "ro", "immutable": "1", "uri": "true"}


def make_engine(path: Path, passphrase: str | None = None, *, synchronous: str = "FULL",
                read_only: bool = False) -> Engine:
    """An engine over `path` whose every connection has WAL, foreign keys, FULL sync, timeout.

    `read_only` opens the file as immutable (a read-only data folder: no `-shm` can be
    made there and nobody can write the file); every write then fails with SQLITE_READONLY.
    """
    # hide_parameters: an error message must never carry a note's text
    options: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000},
                               "hide_parameters": True}
    quiet_sqlcipher()
    if passphrase:
        if not sqlcipher_available():
            raise RuntimeError("Encryption needs the sqlcipher3 package, which is not installed")
        url = URL.create("sqlite+pysqlcipher", password=passphrase,
                         database=_database(path, read_only),
                         query=_READ_ONLY if read_only else {})
    else:
        url = URL.create("sqlite+pysqlite", database=_database(path, read_only),
                         query=_READ_ONLY if read_only else {})
        if sqlcipher_available():
            from sqlcipher3 import dbapi2

            options["module"] = dbapi2
    engine = create_engine(url, **options)
    pragmas = [
        f"PRAGMA synchronous={synchronous}" if "synchronous" in p else p for p in PRAGMAS
        if not (read_only and "journal_mode" in p)
    ]

    encrypted = bool(passphrase)  # the listener must not keep the passphrase alive

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, emit BEGIN (the driver's implicit
        # transactions defeat pragmas and savepoints).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if encrypted:  # SQLCipher wipes freed memory (keys, page buffers): see README
            cursor.execute("PRAGMA cipher_memory_security = ON")
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _database(path: Path, read_only: bool) -> str:
    if not read_only:
        return str(path)
    # a URI: `%`, `?` and `#` in a folder name must stay literal
    escaped = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return "file:" + escaped
