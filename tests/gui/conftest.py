"""GUI fixtures: a real journal file and the context every page receives."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_app.services import Database
from wellness_app.services.tags import TagService


@pytest.fixture(autouse=True)
def us_english_locale():  # type: ignore[no-untyped-def]
    """Numbers and dates in GUI tests are formatted as en_US, whatever this machine's LANG."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def ui_ctx(db: Database, data_dir: Path, qapp):  # type: ignore[no-untyped-def]
    """UiContext over a migrated temp journal with the default tags."""
    from wellness_app.ui.common.context import UiContext
    from wellness_app.ui.common.settings import Settings
    from wellness_app.ui.common.state import AppState

    TagService(db).seed_defaults()
    return UiContext(db=db, state=AppState(), settings=Settings(data_dir / "settings.ini"),
                     data_dir=data_dir, log_dir=data_dir / "logs")


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    """The German translation and locale, removed again afterwards."""
    from PySide6.QtCore import QLocale

    from wellness_app.ui.common.i18n import install_translators

    previous = QLocale()
    translators = install_translators(qapp, "de")
    assert translators, "the compiled German translation is missing"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def main_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app's main window over a new journal in a temp folder, shown and started as at
    app start-up (tray, menus and every feature installed)."""
    from app_window import open_window

    window, db = open_window(qtbot, tmp_path, size=None, activate=False)
    yield window
    db.close()
