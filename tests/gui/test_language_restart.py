"""A language change offers "Restart now": the app ends, releases its lock, and starts
again with the same command."""

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QApplication, QMenu

from wellness_app.ui.common.quitting import RESTART_PROPERTY, restart_command
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.shell.language_menu import RestartPrompt
from wellness_app.ui.shell.process_hooks import restart_if_asked


def test_restart_now_quits_then_starts_again(main_window, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    asked: list[bool] = []
    monkeypatch.setattr(RestartPrompt, "ask",
                        classmethod(lambda cls, parent: asked.append(True) or True))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda command, **_kw: started.append(command))
    try:
        menu = window.findChild(QMenu, "languageMenu")
        next(a for a in menu.actions() if a.data() == "de").trigger()
        assert asked == [True] and quits == [True] and not window.isVisible()
        assert window.ctx.settings.get(Keys.language) == "de"
        restart_if_asked(qapp)  # what run_gui does once the lock is released
        assert len(started) == 1 and not qapp.property(RESTART_PROPERTY)
    finally:
        qapp.setProperty(RESTART_PROPERTY, False)


def test_restart_command_repeats_how_the_app_was_started() -> None:
    assert restart_command(["wellness-app", "--data-dir", "d"], ["python", "-m", "wellness_app",
                           "--data-dir", "d"], "/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3", "-m", "wellness_app", "--data-dir", "d"]
    assert restart_command(["C:/Apps/wellness-app.exe", "--minimized"], ["x"],
                           "C:/Apps/wellness-app.exe", frozen=True) == [
        "C:/Apps/wellness-app.exe", "--minimized"]
