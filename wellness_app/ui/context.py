"""What every page receives: the database handle (used only through services), the shared
signals and the settings facade. Pages build the small service objects they need.

At app start-up the main window is shown before the journal is opened; `db` is set
before `MainWindow.start()` builds any page or runs any WINDOW_EXTENSIONS."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.ui.settings import Settings
from wellness_app.ui.state import AppState

if TYPE_CHECKING:  # not imported at run time: the window shows before SQLAlchemy loads
    from wellness_app.services import Database


@dataclass
class UiContext:
    db: Database
    state: AppState
    settings: Settings
    data_dir: Path
    log_dir: Path
