"""What the window and the pages receive.

`ShellContext` exists from the first frame (the window shell, the crisis button, the early
Today preview): signals, settings and folders, no journal. `UiContext` adds the open
journal; pages and window features get it only once the journal is open (see `boot`), so
no page ever sees a missing database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.ui.common.settings import Settings
from wellness_app.ui.common.state import AppState

if TYPE_CHECKING:  # not imported at run time: the window shows before SQLAlchemy loads
    from wellness_app.services import Database
    from wellness_app.services.facade import Services


class ShellContext:
    # a plain class, not a dataclass: `dataclasses` costs the start-up a few ms
    def __init__(self, state: AppState, settings: Settings, data_dir: Path,
                 log_dir: Path) -> None:
        self.state = state
        self.settings = settings
        self.data_dir = data_dir
        self.log_dir = log_dir

    @property
    def journal_locked(self) -> bool:
        """True while the auto-lock screen is up: the crisis screen then shows only the
        bundled lines, never the plan (one flag for the shell's and the journal's context)."""
        return self.state.journal_locked

    @journal_locked.setter
    def journal_locked(self, locked: bool) -> None:
        self.state.journal_locked = locked


class UiContext(ShellContext):
    """The shell's context plus the open journal (used only through services)."""

    def __init__(self, db: Database, state: AppState, settings: Settings, data_dir: Path,
                 log_dir: Path) -> None:
        super().__init__(state, settings, data_dir, log_dir)
        self.db = db
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The open journal's use cases (`ctx.services.moods.log(…)`); follows `db`."""
        if self._services is None or self._services.db is not self.db:
            from wellness_app.services.facade import Services  # not at start-up

            self._services = Services(self.db)
        return self._services

    @classmethod
    def over(cls, shell: ShellContext, db: Database) -> UiContext:
        """The journal context sharing the shell's signals and settings."""
        return cls(db, shell.state, shell.settings, shell.data_dir, shell.log_dir)
