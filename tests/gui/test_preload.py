"""The start-up preload of NumPy and pyqtgraph runs off the GUI thread and never shows an
error: a module that fails to import is only logged (its page reports it when opened)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtWidgets import QWidget

from wellness_app.ui.common import preload


def test_preload_imports_off_the_gui_thread(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    threads: list[str] = []
    monkeypatch.setattr(preload.importlib, "import_module",
                        lambda name: threads.append(threading.current_thread().name))
    owner = QWidget()
    qtbot.addWidget(owner)
    preload.preload_heavy_modules(owner)
    qtbot.waitUntil(lambda: len(threads) == len(preload.MODULES))
    assert threading.main_thread().name not in threads


def test_a_failed_preload_is_logged_not_shown(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(preload, "MODULES", ("wellness_app.no_such_module",))
    shown: list[object] = []
    monkeypatch.setattr("sys.excepthook", lambda *a: shown.append(a))
    owner = QWidget()
    qtbot.addWidget(owner)
    with caplog.at_level(logging.WARNING):
        preload.preload_heavy_modules(owner)
        qtbot.waitUntil(lambda: "Preloading failed" in caplog.text)
    assert shown == []
