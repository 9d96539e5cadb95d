"""The real main window over a journal in a temp dir, opened as the app opens it, and the
German interface as the app installs it — for tests that go the person's way in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTest import QTest

from wellness_app import app as app_module
from wellness_app.paths import resolve_paths


def open_window(qtbot: Any, data_dir: Path, size: tuple[int, int] | None = (1024, 600),
                *, activate: bool = True) -> tuple[Any, Any]:
    """(window, db) as at app start-up: shown (at the smallest supported size unless `size`
    is None: then at the window's own size), started, and active unless told otherwise."""
    paths = resolve_paths(data_dir)
    paths.ensure()
    db = app_module.open_journal(paths)
    assert db is not None
    window = app_module.build_main_window(db, paths)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    if activate:
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
    return window, db


@contextmanager
def german_interface(qapp: Any) -> Iterator[None]:
    """The German translation and locale, removed again afterwards."""
    from wellness_app.ui.common.i18n import install_translators

    translators = install_translators(qapp, "de")
    assert translators, "the German .qm did not load"
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
