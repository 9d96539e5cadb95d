"""What a CLI command gets: paths, output streams and a lazily opened database."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from wellness_app.domain.errors import UserError

if TYPE_CHECKING:  # imported on first use: the GUI start-up must not load SQLAlchemy early
    from wellness_app.paths import AppPaths
    from wellness_app.services import Database
    from wellness_app.services.quick import LeanJournal

PASSPHRASE_ENV = "WELLNESS_APP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "WELLNESS_APP_NEW_PASSPHRASE"
log = logging.getLogger(__name__)


class CliContext:
    # a plain class, not a dataclass: `dataclasses` costs the GUI start-up a few ms
    def __init__(self, paths: AppPaths, stdout: TextIO, stderr: TextIO) -> None:
        self.paths = paths
        self.stdout = stdout
        self.stderr = stderr
        self._db: Database | None = None
        self._lean: LeanJournal | None = None
        self._passphrase: str | None = None
        self.encrypting = False  # `encrypt` finishes an interrupted run itself
        self._key: str | None = None

    def quick(self, *, write: bool) -> LeanJournal | None:
        """The journal through the quick path (no SQLAlchemy; `services.quick`) when it is
        in its ordinary state, else None: then use `db()`, which migrates, repairs,
        backs up or explains. Only for commands whose quick twin gives the same output."""
        if self._db is not None or not self.paths.db_path.is_file():
            return None
        if self._lean is None:
            from wellness_app.services.quick import open_quick

            self._lean = open_quick(self.paths.db_path, self._unlock_key(), write=write)
        return self._lean

    def _unlock_key(self) -> str | None:
        """The passphrase, or for an encrypted journal the key derived from it (once)."""
        if self._key is None:
            key = self.passphrase()
            if key:  # derive the key once; every connection after that opens at once
                from wellness_app.services.privacy import unlock_key

                key = unlock_key(self.paths.db_path, key)
            self._key = key
        return self._key

    def db(self) -> Database:
        """Open (quick-check, migrate) the journal on first use; take the day's backup."""
        if self._db is None:
            from wellness_app.services.backup_restore import BackupService
            from wellness_app.services.privacy import encryption_interrupted, open_checked

            if self._lean is not None:  # one connection per process
                self._lean.close()
                self._lean = None
            existed = self.paths.db_path.exists()
            writable = self.paths.writable()
            key = self._unlock_key()
            self._db = open_checked(self.paths.db_path, key, read_only=not writable)
            if (writable and not self.encrypting
                    and encryption_interrupted(self.paths.db_path)):
                self.warn("wellness-app: warning: an earlier `encrypt` was interrupted: the "
                          "journal is not encrypted yet and some backups may be. Run "
                          "`wellness-app encrypt` with the same passphrase to finish it.")
            if existed and writable:
                backups = BackupService(self._db)
                backups.daily_if_due()  # best effort: never blocks the command
                if backups.failure is not None and backups.failure.first_time:
                    self.warn(f"wellness-app: warning: {backups.problem}")  # told once
        return self._db

    def passphrase(self) -> str | None:
        """From WELLNESS_APP_PASSPHRASE, else asked on a terminal if the journal is encrypted
        (never when stdin is not a terminal). Kept in memory only."""
        if self._passphrase is None:
            from wellness_app.services.privacy import is_encrypted

            value = os.environ.get(PASSPHRASE_ENV) or None
            if value is None and is_encrypted(self.paths.db_path) and _interactive():
                import getpass  # here, not at the top: the GUI start-up never needs it

                value = getpass.getpass("Passphrase for the journal: ") or None
            self._passphrase = value
        return self._passphrase

    def new_passphrase(self) -> str:
        """A new passphrase (at least 10 characters): WELLNESS_APP_NEW_PASSPHRASE, or asked
        twice on a terminal."""
        from wellness_app.services.privacy import passphrase_problem

        value = os.environ.get(NEW_PASSPHRASE_ENV)
        if value:
            problem = passphrase_problem(value)
            if problem:
                raise UserError(problem)
            return value
        if not _interactive():
            raise UserError(f"Set {NEW_PASSPHRASE_ENV} to the new passphrase "
                            "(or run this in a terminal to be asked). Nothing was changed.")
        import getpass

        first = getpass.getpass("New passphrase: ")
        if first != getpass.getpass("Repeat the new passphrase: "):
            raise UserError("The two passphrases differ. Nothing was changed.")
        problem = passphrase_problem(first)
        if problem:
            raise UserError(problem)
        return first

    def print(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def print_json(self, value: Any) -> None:
        import json

        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.stdout)

    def warn(self, text: str) -> None:
        print(text, file=self.stderr)

    def close(self) -> None:
        if self._lean is not None:
            self._lean.close()
            self._lean = None
        if self._db is not None:
            self._db.close()
            self._db = None


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
