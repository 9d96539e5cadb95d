"""What every page receives: the database handle (used only through services), the shared
signals, the settings facade and `services`, the journal's use cases (built on first use).

At app start-up the main window is shown before the journal is opened; `db` is set
before `MainWindow.start()` runs the WINDOW_EXTENSIONS and builds pages (only Today may be
built earlier, from a snapshot: see `MainWindow.preview_today`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.ui.common.settings import Settings
from wellness_app.ui.common.state import AppState

if TYPE_CHECKING:  # not imported at run time: the window shows before SQLAlchemy loads
    from wellness_app.services import Database
    from wellness_app.services.facade import Services


class UiContext:
    # a plain class, not a dataclass: `dataclasses` costs the start-up a few ms
    def __init__(self, db: Database, state: AppState, settings: Settings, data_dir: Path,
                 log_dir: Path) -> None:
        self.db = db
        self.state = state
        self.settings = settings
        self.data_dir = data_dir
        self.log_dir = log_dir
        #: True while the auto-lock screen is up: the crisis screen then shows only the
        #: bundled lines, never the plan
        self.journal_locked = False
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The open journal's use cases (`ctx.services.moods.log(…)`); follows `db`."""
        if self._services is None or self._services.db is not self.db:
            from wellness_app.services.facade import Services  # not at start-up

            self._services = Services(self.db)
        return self._services
