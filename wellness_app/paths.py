"""Where the journal, logs and settings live (platformdirs; overridable for tests and dev).

`--data-dir DIR` or `WELLNESS_APP_DATA_DIR` moves *everything* under that folder
(logs in `logs/`, settings in `config/`), so a test or a demo never touches the real dirs.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import platformdirs

from wellness_app import APP_NAME

DATA_DIR_ENV = "WELLNESS_APP_DATA_DIR"
DB_FILENAME = "wellness.db"
LOCK_FILENAME = ".wellness-app.lock"


class AppPaths(NamedTuple):
    """The app's three folders (a NamedTuple: `dataclasses` costs the start-up a few ms)."""

    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def lock_file(self) -> Path:
        """The single-instance lock (QLockFile format: pid, app name, host name)."""
        return self.data_dir / LOCK_FILENAME

    def tighten_permissions(self) -> int:
        """On POSIX: folders 0700, files 0600 (data, backups, logs, config). Returns fixes."""
        if os.name != "posix":
            return 0
        fixed = 0
        for root in (self.data_dir, self.log_dir, self.config_dir):
            if not root.is_dir():
                continue
            for folder, dirs, files in os.walk(root):
                targets = [(folder, 0o700)] + [(os.path.join(folder, f), 0o600) for f in files]
                for name, mode in targets:
                    try:
                        if (stat.S_IMODE(os.lstat(name).st_mode) != mode
                                and not os.path.islink(name)):
                            os.chmod(name, mode)
                            fixed += 1
                    except OSError:
                        continue
                dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
        return fixed

    def ensure(self) -> None:
        """Create the folders private to the user (0700 on POSIX). In an existing but
        read-only data folder the missing log/config folders are skipped (reading works)."""
        old = os.umask(0o077)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            for folder in (self.log_dir, self.config_dir):
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError:
                    if self.writable():
                        raise
        finally:
            os.umask(old)

    def writable(self) -> bool:
        """False when the data folder is read-only (a read-only disk or no permission)."""
        return os.access(self.data_dir, os.W_OK)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  environ: Mapping[str, str] | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root, root / "logs", root / "config")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
