"""Start-up integrity: `PRAGMA quick_check`, and damaged files moved aside, never overwritten."""

from __future__ import annotations

import logging
from pathlib import Path

from wellness_app.storage.backups import BackupInfo, move_aside, newest_good_backup
from wellness_app.storage.database import Database, DatabaseOpenError, open_database
from wellness_app.storage.encryption import connect_raw, detect_kind, integrity_status

log = logging.getLogger(__name__)


class CorruptJournalError(DatabaseOpenError):
    """The journal was damaged or not a journal: it was moved aside (never overwritten)."""

    def __init__(self, message: str, moved_to: Path, newest_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.newest_backup = newest_backup


def quick_check(path: Path, passphrase: str | None) -> str:
    """"ok", or what `PRAGMA quick_check` found. Raises DatabaseOpenError if unreadable."""
    conn = connect_raw(path, passphrase)
    try:
        return integrity_status(conn, "quick_check")
    except Exception as exc:  # the driver's DatabaseError: "database disk image is malformed"
        return str(exc) or "unreadable"
    finally:
        conn.close()


def open_checked(path: Path, passphrase: str | None = None,
                 extra_backup_folder: Path | None = None) -> Database:
    """Quick-check, then open and migrate. A damaged journal is moved aside and
    CorruptJournalError names the newest backup that passes integrity_check."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is not a file (a folder has its name); "
                                "nothing was changed")
    kind = detect_kind(path)
    problem = None
    if kind == "not a journal":
        problem = "it is not a journal file"
    elif kind != "missing":
        key = passphrase if kind == "encrypted" else None
        try:
            status = quick_check(path, key)
        except DatabaseOpenError:
            if kind == "encrypted" or _locked(path):
                raise  # a missing or wrong passphrase, or another program: not damage
            status = "the file cannot be read"
        if status != "ok":
            problem = f"the integrity check failed ({status[:200]})"
    if problem is not None:
        moved = move_aside(path, "corrupt")
        log.error("The journal was damaged and was moved aside to %s", moved.name)
        best = newest_good_backup([path.parent / "backups", extra_backup_folder], passphrase)
        offer = (f" The newest good backup is {best.path} — restore it with "
                 f"`wellness-app restore {best.path}`." if best else " No good backup was found.")
        raise CorruptJournalError(
            f"The journal could not be used: {problem}. It was moved aside to {moved} "
            f"(nothing was deleted).{offer}", moved, best)
    return open_database(path, passphrase)


def _locked(path: Path) -> bool:
    try:
        connect_raw(path, None).close()
    except DatabaseOpenError as exc:
        return "locked" in str(exc)
    return False
