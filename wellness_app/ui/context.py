"""What every page receives: the database handle (used only through services), the shared
signals and the settings facade. Pages build the small service objects they need."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellness_app.services import Database
from wellness_app.ui.settings import Settings
from wellness_app.ui.state import AppState


@dataclass
class UiContext:
    db: Database
    state: AppState
    settings: Settings
    data_dir: Path
    log_dir: Path
