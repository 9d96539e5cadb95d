"""The SQLite driver and the pragmas every connection gets, without SQLAlchemy.

`engine` builds SQLAlchemy engines from these facts; `encryption` and `lean` open bare
driver connections with them, so a CLI command that needs no SQLAlchemy never imports it.
"""

from __future__ import annotations

import importlib.util

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
