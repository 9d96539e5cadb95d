"""Bringing the window forward (tray "Open journal", a second launch) keeps it maximised,
and a second launch passes its Wayland activation token on to the first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from wellness_app.ui.desktop.tray import TrayController
from wellness_app.ui.shell.single_instance import SingleInstance, bring_to_front


def open_journal_action(tray: TrayController):  # type: ignore[no-untyped-def]
    return next(a for a in tray.menu.actions() if a.text() == "Open journal")


@pytest.mark.parametrize("away", ["hidden to the tray", "minimised"])
def test_open_journal_from_the_tray_keeps_a_maximised_window_maximised(
        qtbot, ui_ctx, away: str) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = TrayController(window, ui_ctx, clock=datetime.now, tray_available=False)
    window.showMaximized()
    if away == "minimised":
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    else:
        window.hide()
    open_journal_action(tray).trigger()
    assert window.isVisible() and window.isMaximized() and not window.isMinimized()


def test_a_normal_window_comes_back_normal(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible() and not window.isMinimized() and not window.isMaximized()


def test_second_launch_passes_its_activation_token(
        tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path, tmp_path / ".lock")
    second = SingleInstance(tmp_path, tmp_path / ".lock")
    assert first.acquire()
    first.listen()
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "launcher-token-1")
    with qtbot.waitSignal(first.raise_requested, timeout=3000) as raised:
        assert second.ask_first_to_raise()
    assert raised.args == ["launcher-token-1"]
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN")
    with qtbot.waitSignal(first.raise_requested, timeout=3000) as raised:
        assert second.ask_first_to_raise()
    assert raised.args == [""]
    first.release()
