"""Backups for the GUI and CLI: back up now, the daily backup, list, choose a folder, restore."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from wellness_app.storage import Database
from wellness_app.storage import backup_folder as store
from wellness_app.storage.backup_folder import BackupInfo
from wellness_app.storage.sqlite_errors import EnvironmentProblem, classify

log = logging.getLogger(__name__)

__all__ = ["BackupInfo", "BackupService", "restore_backup", "verify_backup"]
verify_backup = store.verify_backup


class BackupService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.problem: str | None = None  # why the last daily backup was not written

    def backup_now(self) -> list[Path]:
        return store.backup_now(self._db, "manual")

    def daily_if_due(self, now: datetime | None = None) -> list[Path]:
        """The day's automatic backup. Best effort: it never raises into the caller and
        never blocks a save (a failure is retried on the next start); see `problem`."""
        self.problem = None
        try:
            return store.daily_backup_if_due(self._db, now)
        except Exception as exc:
            fault = classify(exc)
            # the class and fault kind only: an exception text could hold personal content
            log.warning("The daily backup was not written (%s, %s); it is retried later",
                        type(exc).__name__, fault.value if fault else "unexpected")
            self.problem = (str(exc) if isinstance(exc, EnvironmentProblem) else
                            "The daily backup could not be written; it will be tried again "
                            "at the next start.")
            return []

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
