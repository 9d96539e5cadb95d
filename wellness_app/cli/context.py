"""What a CLI command gets: paths, output streams and a lazily opened database."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from wellness_app.paths import AppPaths

if TYPE_CHECKING:  # imported on first use: the GUI start-up must not load SQLAlchemy early
    from wellness_app.services import Database

PASSPHRASE_ENV = "WELLNESS_APP_PASSPHRASE"


@dataclass
class CliContext:
    paths: AppPaths
    stdout: TextIO
    stderr: TextIO
    _db: Database | None = field(default=None, repr=False)

    def db(self) -> Database:
        """Open (and migrate) the journal on first use."""
        if self._db is None:
            from wellness_app.services import open_database

            self._db = open_database(self.paths.db_path, self.passphrase())
        return self._db

    def passphrase(self) -> str | None:
        return os.environ.get(PASSPHRASE_ENV) or None

    def print(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def print_json(self, value: Any) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.stdout)

    def warn(self, text: str) -> None:
        print(text, file=self.stderr)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
