"""The SQLite driver, the pragmas every connection gets and the stored form of values,
without SQLAlchemy.

`engine` builds SQLAlchemy engines from these facts; `encryption` and `lean` open bare
driver connections with them, so a CLI command that needs no SQLAlchemy never imports it.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime

BUSY_TIMEOUT_MS = 5_000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
_QUIET = False


def sqlcipher_available() -> bool:
    return importlib.util.find_spec("sqlcipher3") is not None


def encryption_unavailable_reason() -> str | None:
    """None when encryption works here, else a sentence saying why it does not."""
    if not sqlcipher_available():
        return ("Encryption is unavailable: the sqlcipher3 package could not be installed "
                "on this computer, so the journal is stored unencrypted.")
    return None


def quiet_sqlcipher() -> None:
    """SQLCipher prints decryption errors to stderr (a wrong passphrase); we report our own."""
    global _QUIET
    if _QUIET or not sqlcipher_available():
        return
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.close()
    _QUIET = True


def utc_text(value: datetime) -> str:
    """An aware datetime as the engine stores it (naive UTC, `YYYY-MM-DD HH:MM:SS.ffffff`)."""
    v = value.astimezone(UTC)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
            f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}")


def sql_value(value: object) -> object:
    """A Python value as the engine binds it: aware datetimes as UTC text (a naive one is
    refused, as `rows.base.UtcDateTime` does), dates ISO, booleans 0/1."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def utc_datetime(text: str) -> datetime:
    """Stored UTC text back as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
