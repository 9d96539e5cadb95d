"""Backups for the GUI and CLI: back up now, the daily backup, list, choose a folder, restore."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wellness_app.storage import Database
from wellness_app.storage import backup_folder as store
from wellness_app.storage.backup_folder import BackupInfo
from wellness_app.storage.repositories import preferences
from wellness_app.storage.sqlite_errors import Fault, classify

log = logging.getLogger(__name__)

__all__ = ["BackupFailure", "BackupInfo", "BackupService", "failure_text", "restore_backup",
           "verify_backup"]
verify_backup = store.verify_backup


@dataclass(frozen=True)
class BackupFailure:
    """Why the day's automatic backup was not written, and where."""

    cause: str  # "full", "permission", "read-only", "locked", "io", "extra" or "unexpected"
    folder: Path
    first_time: bool  # not told before: a new failure since the last good backup


# the failure the person was last told about ("cause|folder"), kept in the journal so
# a backup that keeps failing is told once, not at every start
TOLD_KEY = "daily_backup_failure_told"


class BackupService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.failure: BackupFailure | None = None  # why the last daily backup failed

    @property
    def problem(self) -> str | None:
        """The failure in one plain sentence (the CLI's words), or None."""
        return None if self.failure is None else failure_text(self.failure)

    def backup_now(self) -> list[Path]:
        return store.backup_now(self._db, "manual")

    def daily_if_due(self, now: datetime | None = None) -> list[Path]:
        """The day's automatic backup. Best effort: it never raises into the caller and
        never blocks a save (a failure is retried at the next start); see `failure`,
        whose `first_time` is True only until the person has been told of it."""
        self.failure = None
        try:
            made = store.daily_backup_if_due(self._db, now)
        except Exception as exc:
            fault = classify(exc)
            # the class and fault kind only: an exception text could hold personal content
            log.warning("The daily backup was not written (%s, %s); it is retried later",
                        type(exc).__name__, fault.value if fault else "unexpected")
            cause = fault.value if fault is not None and fault is not Fault.DAMAGE else None
            self._failed(cause or "unexpected", self._db.backups_dir)
            return []
        extra = self.extra_folder() if made else None
        if extra is not None and all(path.parent != extra for path in made):
            self._failed("extra", extra)  # the journal's own folder got its copy
        elif made:
            self._remember(None)  # a good backup: a later failure is told again
        return made

    def _failed(self, cause: str, folder: Path) -> None:
        told = f"{cause}|{folder}"
        first = self._told() != told
        if first:
            self._remember(told)
        self.failure = BackupFailure(cause, folder, first)

    def _told(self) -> str | None:
        try:
            with self._db.reading() as session:
                value = preferences.get(session, TOLD_KEY)
        except Exception:  # best effort: unknown means "tell"
            return None
        return value if isinstance(value, str) else None

    def _remember(self, told: str | None) -> None:
        try:
            if self._told() != told:
                with self._db.transaction() as session:
                    preferences.put(session, TOLD_KEY, told)
        except Exception as exc:  # a full disk: told again next time, never blocking
            log.warning("Could not note the backup failure as told (%s)", type(exc).__name__)

    def list(self) -> list[BackupInfo]:
        return store.list_backups(self._db.backups_dir, self.extra_folder())

    def extra_folder(self) -> Path | None:
        return store.extra_folder(self._db)

    def set_extra_folder(self, folder: Path | None) -> None:
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        store.set_extra_folder(self._db, folder)


def restore_backup(db_path: Path, backup: Path, passphrase: str | None) -> Path | None:
    """Replace the closed journal with a checked backup; returns where the old one went."""
    return store.restore(db_path, backup, passphrase)


def list_backups_in(*folders: Path | None) -> list[BackupInfo]:
    return store.list_backups(*folders)


_CAUSES = {
    "full": "the disk is full. Free some space on it",
    "permission": "the app may not write there. Check that folder's permissions",
    "read-only": "the folder is read-only. Make it writable",
    "locked": "another program held the journal. Close other programs using it",
    "io": "the disk reported an error. Check the disk",
    "extra": "the folder cannot be written (is the drive connected?). Connect it, or "
             "choose another folder with `wellness-app backup-folder`",
    "unexpected": "something went wrong (the log has details)",
}


def failure_text(failure: BackupFailure) -> str:
    """One plain sentence: what failed, where, why and what to do (the CLI's words)."""
    return (f"Today's automatic backup could not be written to {failure.folder}: "
            f"{_CAUSES.get(failure.cause, _CAUSES['unexpected'])}. Your journal is safe and "
            "saving works; the backup is tried again at the next start, and you are told "
            "again only if something else goes wrong.")
