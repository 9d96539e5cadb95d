"""The real start-up path (app.run_gui): window first, then the journal, then pages."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import app as app_module
from wellness_app.paths import resolve_paths


@pytest.fixture
def _quiet(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    """Keep pytest-qt's message handler and the test excepthook in place, and stop the
    closed window from posting a Quit that would end later tests' event loops at once."""
    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def test_run_gui_shows_window_then_today(_quiet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path)
    paths.ensure()
    seen: dict[str, object] = {}

    def inspect() -> None:
        from wellness_app.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible()]
        if not windows or windows[-1].ctx.db is None:
            QTimer.singleShot(20, inspect)
            return
        window = windows[-1]
        seen["page"] = window.current_page_key()
        seen["empty"] = window.page("today").empty.text()
        window.close()
        QApplication.exit(0)

    QTimer.singleShot(0, inspect)
    assert app_module.run_gui(paths) == 0
    assert seen["page"] == "today"
    assert "Nothing logged yet today" in str(seen["empty"])
    assert paths.db_path.exists()


def test_run_gui_refuses_a_non_journal_file(_quiet, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path)
    paths.ensure()
    content = b"\x00\x01 not a database" * 100
    paths.db_path.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append(text))
    assert app_module.run_gui(paths) == 2
    assert shown and "wellness.db" in shown[0]  # names the file it refused
    assert paths.db_path.read_bytes() == content
