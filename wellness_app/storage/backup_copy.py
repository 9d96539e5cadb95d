"""Consistent copies of the live database via SQLite's online backup API.

A copy is written to `<name>.partial`, checked, switched to rollback-journal mode (so
checking it later needs no `-shm` and no write access) and renamed into place. Free space
is checked first; stale `.partial` files are removed. A plain copy gets a SHA-256
manifest (`<name>.sha256`) that restore verifies; an encrypted copy is authenticated
page by page by SQLCipher itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.storage.driver import sqlcipher_available
from wellness_app.storage.encryption import fsync
from wellness_app.storage.file_facts import BACKUP_NAME
from wellness_app.storage.sqlite_errors import (
    EnvironmentProblem,
    Fault,
    environment_problem,
    message,
)

if TYPE_CHECKING:
    from wellness_app.storage.database import Database

NAME = BACKUP_NAME  # the names of the app's backups: `<kind>-<UTC stamp>.db`
PARTIAL = ".partial"
#: a leftover older than this is an interrupted backup; a younger one may be another
#: process's backup still being written (the app and a command line at the same moment)
STALE_PARTIAL_SECONDS = 15 * 60
MANIFEST = ".sha256"
# room left for the journal itself after a backup: a backup never takes the last of it
RESERVE_BYTES = 4 * 1024 * 1024


def backup_to(db: Database, dest: Path) -> Path:
    """Copy `db` to `dest` atomically: temp file, integrity check, rename. Returns `dest`.

    The copy has the same passphrase as the source (an encrypted journal stays encrypted).
    A full disk, missing permission or a lock raises EnvironmentProblem; nothing is left.
    """
    tmp = dest.with_name(f"{dest.name}{PARTIAL}-{os.getpid()}")  # one per process
    old = os.umask(0o077)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        remove_partials(dest.parent, older_than=STALE_PARTIAL_SECONDS)
        ensure_free_space(db.path, dest.parent)
        target = _connect(tmp, db.passphrase)
    except OSError as exc:
        raise environment_problem(exc, dest) or exc from None
    finally:
        os.umask(old)
    try:
        raw = db.engine.raw_connection()
        source = raw.driver_connection
        assert source is not None  # None only once the pool connection is closed
        try:
            source.backup(target)
            status = target.execute("PRAGMA integrity_check").fetchone()[0]
            target.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            raw.close()
            target.close()
        if status != "ok":
            raise RuntimeError(f"The backup failed its integrity check: {status}")
        fsync(tmp)
        if not db.passphrase:
            write_manifest(tmp, dest)
        os.replace(tmp, dest)
        fsync(dest.parent)
    except BaseException as exc:
        _discard(tmp)
        problem = environment_problem(exc, dest) if isinstance(exc, Exception) else None
        if problem is not None:
            raise problem from None
        raise
    return dest


def ensure_free_space(source: Path, folder: Path) -> None:
    """Raise EnvironmentProblem unless `folder` has room for a copy of `source` plus a
    reserve (so the journal itself can still save after the backup)."""
    needed = RESERVE_BYTES
    for part in (source, source.with_name(source.name + "-wal")):
        try:
            needed += part.stat().st_size
        except OSError:
            continue
    if shutil.disk_usage(folder).free < needed:
        raise EnvironmentProblem(message(Fault.FULL, folder), Fault.FULL)


def remove_partials(folder: Path, older_than: float | None = None) -> list[Path]:
    """Delete leftovers of interrupted backups (`<backup>.partial…` and its side files, and
    `<backup>.sha256.partial…`), or only those last written over `older_than` seconds ago;
    other people's files in a chosen folder are never touched."""
    gone = [p for p in folder.glob(f"*{PARTIAL}*")
            if p.is_file() and NAME.match(p.name.split(PARTIAL)[0].removesuffix(MANIFEST))
            and (older_than is None or _abandoned(p, older_than))]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def _abandoned(partial: Path, older_than: float) -> bool:
    """True unless another running process may still be writing `partial`: its name ends
    in the writer's process id (`….partial-<pid>`; an older name has none), and a file
    last written over `older_than` seconds ago is abandoned whoever wrote it."""
    try:
        if time.time() - partial.stat().st_mtime > older_than:
            return True
    except OSError:  # removed meanwhile
        return False
    writer = re.match(r"-(\d+)", partial.name.split(PARTIAL, 1)[1])
    return writer is None or not _running(int(writer.group(1)))


def _running(pid: int) -> bool:
    """Whether process `pid` runs (POSIX); elsewhere assume it does (the age rule decides:
    on Windows, os.kill would end the process instead of probing it)."""
    if pid == os.getpid():
        return False  # our own leftover: this process is not writing it now
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that id
    return True


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(content: Path, backup: Path) -> Path:
    """`<backup>.sha256` in `sha256sum` format, for the bytes now in `content`."""
    target = manifest_path(backup)
    tmp = target.with_name(f"{target.name}{PARTIAL}-{os.getpid()}")
    tmp.write_text(f"{sha256_of(content)}  {backup.name}\n", encoding="ascii")
    os.replace(tmp, target)
    return target


def manifest_matches(backup: Path) -> bool | None:
    """True/False when a manifest exists and matches/differs; None when there is none."""
    try:
        expected = manifest_path(backup).read_text(encoding="ascii").split()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return None
    return sha256_of(backup) == expected


def timestamped_name(prefix: str) -> str:
    """`prefix-20261124T101500123456Z.db`: sorts by time, never collides in practice."""
    return f"{prefix}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}.db"


def _discard(tmp: Path) -> None:
    for path in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _connect(path: Path, passphrase: str | None) -> sqlite3.Connection:
    if sqlcipher_available():
        from sqlcipher3 import dbapi2

        conn: sqlite3.Connection = dbapi2.connect(str(path))
        if passphrase:
            conn.execute("PRAGMA key=" + _quote(passphrase))
        return conn
    return sqlite3.connect(str(path))


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
