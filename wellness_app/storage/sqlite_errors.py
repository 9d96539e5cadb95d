"""SQLite errors classified in one place, by result code, never by message text.

Three kinds: *damage* (`SQLITE_CORRUPT`, `SQLITE_NOTADB`: only these ever move a file
aside), the *environment* (disk full, permission, read-only, locked/busy, I/O: one clear
line, nothing changed), and everything else, which is a bug and is re-raised as it is.
The driver's exception (sqlite3 and sqlcipher3 alike) carries `sqlite_errorcode`; SQLAlchemy
wraps it in `.orig`.
OSErrors from plain file copies are classified by errno the same way.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.domain.errors import UserError

if TYPE_CHECKING:
    from wellness_app.storage.backup_folder import BackupInfo


class Fault(Enum):
    DAMAGE = "damage"
    FULL = "full"
    PERMISSION = "permission"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    IO = "io"


# primary result codes (the low byte of an extended code), from sqlite3.h
_BY_CODE = {
    11: Fault.DAMAGE,      # SQLITE_CORRUPT
    26: Fault.DAMAGE,      # SQLITE_NOTADB
    13: Fault.FULL,        # SQLITE_FULL
    3: Fault.PERMISSION,   # SQLITE_PERM
    23: Fault.PERMISSION,  # SQLITE_AUTH
    14: Fault.PERMISSION,  # SQLITE_CANTOPEN (missing folder or no access)
    8: Fault.READ_ONLY,    # SQLITE_READONLY
    5: Fault.LOCKED,       # SQLITE_BUSY
    6: Fault.LOCKED,       # SQLITE_LOCKED
    10: Fault.IO,          # SQLITE_IOERR
    7: Fault.IO,           # SQLITE_NOMEM
}
_BY_ERRNO = {
    errno.ENOSPC: Fault.FULL,
    errno.EDQUOT: Fault.FULL,
    errno.EACCES: Fault.PERMISSION,
    errno.EPERM: Fault.PERMISSION,
    errno.EROFS: Fault.READ_ONLY,
    errno.EIO: Fault.IO,
    errno.EBUSY: Fault.LOCKED,
}


class DatabaseOpenError(UserError):
    """The database file cannot be used; it has not been changed."""


class EnvironmentProblem(DatabaseOpenError):
    """Disk full, no permission, read-only, locked or an I/O error: not damage."""

    def __init__(self, message: str, fault: Fault) -> None:
        super().__init__(message)
        self.fault = fault


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code carried by `exc` (or the driver error it wraps)."""
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def classify(exc: BaseException) -> Fault | None:
    """The kind of fault `exc` is, or None for a bug (or an error SQLite did not raise)."""
    if isinstance(exc, EnvironmentProblem):
        return exc.fault
    if isinstance(exc, OSError) and not hasattr(exc, "sqlite_errorcode"):
        return _BY_ERRNO.get(exc.errno or 0)
    code = result_code(exc)
    return None if code is None else _BY_CODE.get(code)


def is_damage(exc: BaseException) -> bool:
    return classify(exc) is Fault.DAMAGE


def message(fault: Fault, path: Path, *, saved: bool = True) -> str:
    """One clear line naming the cause; says that nothing was changed."""
    tail = "Nothing was saved or changed." if saved else "Nothing was changed."
    return {
        Fault.FULL: f"The disk holding {path} is full. {tail} Free some space and try again.",
        Fault.PERMISSION: f"No permission to use {path}. {tail}",
        Fault.READ_ONLY: f"{path} is on a read-only disk or folder. {tail}",
        Fault.LOCKED: (f"The journal at {path} is locked by another program (is the app "
                       f"open elsewhere?). {tail} Close it and try again."),
        Fault.IO: f"The disk reported an input/output error for {path}. {tail}",
        Fault.DAMAGE: f"{path} is damaged or not a journal. {tail}",
    }[fault]


def environment_problem(exc: BaseException, path: Path, *, saved: bool = True
                        ) -> EnvironmentProblem | None:
    """An EnvironmentProblem for `exc` if the environment caused it, else None."""
    fault = classify(exc)
    if fault is None or fault is Fault.DAMAGE:
        return None
    if fault is Fault.IO and _no_space_left(path):
        fault = Fault.FULL  # SQLite reports a failed -shm/-wal growth as an I/O error
    return EnvironmentProblem(message(fault, path, saved=saved), fault)


def _no_space_left(path: Path) -> bool:
    import shutil

    for folder in (path.parent, path):
        try:
            return shutil.disk_usage(folder).free < 64 * 1024
        except OSError:
            continue
    return False


class CorruptJournalError(DatabaseOpenError):
    """The journal was damaged or not a journal: it was moved aside (never overwritten)."""

    def __init__(self, message: str, moved_to: Path, newest_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.newest_backup = newest_backup
