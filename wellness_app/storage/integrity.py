"""Start-up integrity: `PRAGMA quick_check` (and the full `integrity_check` for journals up to
FULL_CHECK_BYTES, since only it finds an index that no longer matches its table), and
damaged files moved aside, never overwritten.

The GUI starts the check of a plain journal early (`check_ahead`), on a thread of its own
(SQLite works without the GIL) while SQLAlchemy loads; `quick_check`
uses that result only if the file and its WAL are still exactly as checked. This module
imports SQLAlchemy only when it opens the journal."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.storage.encryption import SIDE_FILES, connect_raw, detect_kind, integrity_status
from wellness_app.storage.file_facts import FULL_CHECK_BYTES
from wellness_app.storage.sqlite_errors import (
    CorruptJournalError,
    DatabaseOpenError,
    EnvironmentProblem,
    environment_problem,
    is_damage,
    result_code,
)

if TYPE_CHECKING:
    from wellness_app.storage.database import Database

log = logging.getLogger(__name__)
SQLITE_ERROR = 1  # the generic result code: here, a header naming an unknown file format


class UnknownFormatError(DatabaseOpenError):
    """The file's header names a format this SQLite cannot read: refused, not moved aside."""


def quick_check(path: Path, passphrase: str | None) -> str:
    """"ok", or what `PRAGMA quick_check` found. Raises DatabaseOpenError if unreadable
    and EnvironmentProblem when the disk, permissions or a lock stopped the check."""
    ahead = _ahead.pop(path, None)
    if ahead is not None and passphrase is None:
        result = ahead.result(path)
        if result is not None:
            return result
    return _check_now(path, passphrase)


def _check_now(path: Path, passphrase: str | None) -> str:
    try:
        conn = connect_raw(path, passphrase)
    except DatabaseOpenError:
        raise
    except Exception as exc:
        if result_code(exc) == SQLITE_ERROR:  # e.g. "unsupported file format"
            raise UnknownFormatError(
                f"{path} uses a database format this version of the app cannot read (was "
                "it written by a newer version, or changed by another program?). Nothing "
                "was changed.") from None
        raise
    try:
        status = integrity_status(conn, "quick_check")
        if status == "ok" and path.stat().st_size <= FULL_CHECK_BYTES:
            status = integrity_status(conn, "integrity_check")
        return status
    except Exception as exc:
        problem = environment_problem(exc, path, saved=False)
        if problem is not None:
            raise problem from None
        if not is_damage(exc):
            raise  # a bug: never a reason to move the journal aside
        return "the database disk image is malformed"
    finally:
        conn.close()


def _file_state(path: Path) -> tuple[tuple[int, int, int, int] | None, ...]:
    """What would show a change to the journal: its and its WAL's identity, size and time."""
    states: list[tuple[int, int, int, int] | None] = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(name)
        except OSError:
            states.append(None)
        else:
            states.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(states)


class _CheckAhead:
    """`quick_check` of a plain journal, run on a thread of its own."""

    def __init__(self, path: Path) -> None:
        self.state = _file_state(path)
        self.outcome: tuple[str | None, BaseException | None] = (None, None)
        self.thread = threading.Thread(target=self._run, args=(path,), daemon=True,
                                       name="integrity-check")
        self.thread.start()

    def _run(self, path: Path) -> None:
        try:
            self.outcome = (_check_now(path, None), None)
        except BaseException as exc:  # handed over to the caller of quick_check
            self.outcome = (None, exc)

    def result(self, path: Path) -> str | None:
        """The early result (or its error, raised), or None when the file changed since."""
        self.thread.join()
        if _file_state(path) != self.state:
            return None
        status, error = self.outcome
        if error is not None:
            raise error
        return status


_ahead: dict[Path, _CheckAhead] = {}


def check_ahead(path: Path) -> None:
    """Start `quick_check` of a plain journal now, for `open_checked` to use later (a
    no-op for a missing or encrypted file, or one whose check is already under way)."""
    if path in _ahead or detect_kind(path) != "plain":
        return
    _ahead[path] = _CheckAhead(path)


def moved_aside(path: Path) -> list[Path]:
    """Journals moved aside as damaged (`wellness.db.corrupt-<stamp>`), newest first."""
    found = [p for p in path.parent.glob(f"{path.name}.corrupt-*")
             if not p.name.endswith(SIDE_FILES) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def open_checked(path: Path, passphrase: str | None = None,
                 extra_backup_folder: Path | None = None, *, allow_new: bool = False,
                 read_only: bool = False) -> Database:
    """Quick-check, then open and migrate. Only damage (SQLITE_CORRUPT/NOTADB or a failed
    quick_check) moves the journal aside; CorruptJournalError then names the newest backup
    that passes integrity_check. A disk that is full, read-only or locked raises
    EnvironmentProblem and changes nothing. No new, empty journal is started while a
    moved-aside one exists, unless `allow_new` (the person chose to start anew)."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is not a file (a folder has its name); "
                                "nothing was changed")
    from wellness_app.storage.backup_folder import move_aside, newest_good_backup
    from wellness_app.storage.database import open_database

    if read_only:  # nothing can be checked by writing or moved aside here: read it as it is
        return open_database(path, passphrase, migrate=False, read_only=True)
    kind = detect_kind(path)
    problem = None
    if kind == "not a journal":
        problem = _unreadable_reason(path)
    elif kind != "missing":
        key = passphrase if kind == "encrypted" else None
        try:
            status = quick_check(path, key)
        except (EnvironmentProblem, UnknownFormatError):
            raise  # disk full, permissions, a lock, a format it cannot read: nothing moved
        except DatabaseOpenError:
            if kind == "encrypted":
                raise  # a missing or wrong passphrase: not damage
            status = "the file cannot be read"
        if status != "ok":
            problem = f"the integrity check failed ({status[:200]})"
    elif not allow_new and moved_aside(path):
        aside = moved_aside(path)[0]
        best = newest_good_backup([path.parent / "backups", extra_backup_folder], passphrase)
        offer = (f" The newest good backup is {best.path} — restore it with "
                 f"`wellness-app restore {best.path}`." if best else " No good backup was found.")
        raise CorruptJournalError(
            f"There is no journal at {path}: a damaged one was moved aside to {aside} "
            f"(nothing was deleted).{offer} Start the app to begin a new journal instead.",
            aside, best)
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


def _unreadable_reason(path: Path) -> str:
    """Why a file that is not a journal by its bytes is unusable; raises EnvironmentProblem
    when it simply could not be read (permissions, I/O)."""
    try:
        with path.open("rb") as handle:
            handle.read(16)
    except OSError as exc:
        raise environment_problem(exc, path, saved=False) or DatabaseOpenError(
            f"{path} cannot be read; nothing was changed.") from None
    return "it is not a journal file"
