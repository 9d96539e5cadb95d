"""Encryption at rest with SQLCipher: detect, encrypt, decrypt and change the passphrase.

Every conversion is a copy, never an in-place rewrite: `sqlcipher_export` writes the
journal into a temp file next to it (plain → encrypted, encrypted → plain, or old key →
new key), the copy is verified (integrity_check and the same row count in every table),
then `os.replace` swaps it in. A failure at any step leaves the original untouched.
(`PRAGMA rekey` rewrites pages in place and does not support WAL; the copy is safer.)
The passphrase is never stored or logged.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any, Literal

from wellness_app.domain.errors import UserError
from wellness_app.storage.driver import encryption_unavailable_reason, quiet_sqlcipher
from wellness_app.storage.file_facts import SQLITE_HEADER
from wellness_app.storage.sqlite_errors import DatabaseOpenError, environment_problem, is_damage

log = logging.getLogger(__name__)
Kind = Literal["missing", "plain", "encrypted", "not a journal"]
SIDE_FILES = ("-wal", "-shm", "-journal")


def detect_kind(path: Path) -> Kind:
    """What `path` holds, judged from its bytes (no key needed).

    An SQLCipher file is indistinguishable from random bytes, so "encrypted" means: whole
    pages (a multiple of 512 bytes) whose first page has no plain-text structure.
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return "missing"
        with path.open("rb") as handle:
            head = handle.read(1024)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "not a journal"
    if head.startswith(SQLITE_HEADER):
        return "plain"
    if size >= 1024 and size % 512 == 0 and len(set(head)) > 160:
        return "encrypted"
    return "not a journal"


def connect_raw(path: Path, passphrase: str | None) -> Any:
    """A DB-API connection (autocommit) with the key applied; raises DatabaseOpenError."""
    quiet_sqlcipher()
    try:
        from sqlcipher3 import dbapi2 as driver
    except ImportError:
        if passphrase:
            raise DatabaseOpenError(encryption_unavailable_reason() or "") from None
        driver = sqlite3
    try:
        conn = driver.connect(str(path), timeout=5)
    except driver.Error as exc:
        raise environment_problem(exc, path, saved=False) or exc from None
    conn.isolation_level = None
    try:
        if passphrase:
            conn.execute("PRAGMA key = " + quote(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (driver.DatabaseError, UnicodeDecodeError) as exc:  # undecodable text: damaged
        conn.close()
        problem = environment_problem(exc, path, saved=False)
        if problem is not None:
            raise problem from None
        if isinstance(exc, driver.DatabaseError) and not is_damage(exc):
            raise
        raise DatabaseOpenError(_unreadable(path, passphrase)) from None
    return conn


# SQLCipher 4's key derivation (its documented defaults): PBKDF2-HMAC-SHA512, 256,000
# iterations, a 32-byte key, the salt in the file's first 16 bytes
KDF_ITERATIONS = 256_000
SALT_BYTES = 16


def is_raw_key(key: str | None) -> bool:
    return key is not None and key.startswith("x'") and key.endswith("'")


def derive_key(path: Path, passphrase: str) -> str:
    """The raw key (`x'<key><salt>'`) for an encrypted file: the slow derivation done once,
    so every later connection (check, engine, backups) opens in milliseconds. Raises
    DatabaseOpenError if the passphrase is wrong."""
    if is_raw_key(passphrase):
        return passphrase
    import hashlib

    try:
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError as exc:
        raise environment_problem(exc, path, saved=False) or DatabaseOpenError(
            _unreadable(path, passphrase)) from None
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    raw = f"x'{key.hex()}{salt.hex()}'"
    connect_raw(path, raw).close()  # verifies it (SQLCipher checks the first page's HMAC)
    return raw


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def integrity_status(conn: Any, pragma: str = "integrity_check") -> str:
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    return "; ".join(str(row[0]) for row in rows[:5])


def encrypt_file(path: Path, passphrase: str) -> dict[str, int]:
    """Plain → encrypted with `passphrase`. Returns the verified row counts."""
    _need_passphrase(passphrase)
    if detect_kind(path) != "plain":
        raise UserError(f"{path} is not an unencrypted journal; nothing was changed.")
    return _convert(path, None, passphrase)


def decrypt_file(path: Path, passphrase: str) -> dict[str, int]:
    """Encrypted → plain. A wrong passphrase raises DatabaseOpenError; nothing changes."""
    if detect_kind(path) == "plain":
        raise UserError(f"{path} is not encrypted; nothing was changed.")
    return _convert(path, passphrase, None)


def change_passphrase(path: Path, old: str, new: str) -> dict[str, int]:
    _need_passphrase(new)
    if old == new:
        raise UserError("The new passphrase is the same as the current one.")
    return _convert(path, old, new)


def _convert(path: Path, old: str | None, new: str | None) -> dict[str, int]:
    reason = encryption_unavailable_reason()
    if reason:
        raise UserError(reason)
    tmp = path.with_name(path.name + ".converting")
    for stale in (tmp, *(tmp.with_name(tmp.name + s) for s in SIDE_FILES)):
        stale.unlink(missing_ok=True)
    src = connect_raw(path, old)
    try:
        busy = src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise UserError("The journal is in use by another program; close it and try again.")
        counts = table_counts(src)
        version = src.execute("PRAGMA user_version").fetchone()[0]
        previous = os.umask(0o077)
        try:
            src.execute("ATTACH DATABASE ? AS target KEY ?", (str(tmp), new or ""))
        finally:
            os.umask(previous)
        src.execute("SELECT sqlcipher_export('target')")
        src.execute(f"PRAGMA target.user_version = {int(version)}")
        src.execute("DETACH DATABASE target")
        _verify(tmp, new, counts)
    except BaseException:
        src.close()
        tmp.unlink(missing_ok=True)
        raise
    src.close()  # the last connection: SQLite removes the (checkpointed) WAL
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        tmp.unlink(missing_ok=True)
        raise UserError("The journal is in use by another program; close it and try again.")
    fsync(tmp)
    for suffix in SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    fsync(path.parent)
    log.info("Journal converted (%s → %s), %d tables verified",
             "encrypted" if old else "plain", "encrypted" if new else "plain", len(counts))
    return counts


def _verify(tmp: Path, passphrase: str | None, counts: dict[str, int]) -> None:
    dst = connect_raw(tmp, passphrase)
    try:
        status = integrity_status(dst)
        copied = table_counts(dst)
    finally:
        dst.close()
    if status != "ok" or copied != counts:
        raise UserError("The converted copy did not verify; the journal was not changed.")


MIN_PASSPHRASE = 10


def _need_passphrase(passphrase: str | None) -> None:
    if not passphrase:
        raise UserError("A passphrase cannot be empty.")


def need_strong_passphrase(passphrase: str | None) -> None:
    """A new passphrase has at least MIN_PASSPHRASE characters."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise UserError(f"A passphrase needs at least {MIN_PASSPHRASE} characters "
                        "(a few unusual words are easy to remember). Nothing was changed.")


def _unreadable(path: Path, passphrase: str | None) -> str:
    if passphrase:
        return f"{path} cannot be opened: the passphrase is wrong. The file has not been changed."
    if detect_kind(path) == "encrypted":
        return (f"{path} is encrypted: a passphrase is needed "
                "(the command line reads WELLNESS_APP_PASSPHRASE or asks on a terminal).")
    return f"{path} is not a journal or is damaged. The file has not been changed."


def fsync(path: Path) -> None:
    """Flush a file or a folder (a rename) to the disk; best effort."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
