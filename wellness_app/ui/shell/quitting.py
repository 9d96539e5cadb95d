"""Quit really quits: File › Quit, Ctrl+Q, the macOS Quit role, the tray's Quit and the
session logging out all end the app, even with close-to-tray on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from wellness_app.ui.common.context import UiContext

#: QApplication property: start the app again once it has ended (a new language)
RESTART_PROPERTY = "wellnessRestart"


def request_quit(window: QMainWindow, ctx: UiContext) -> None:
    """Close the window for real (its close saves geometry and drafts), then end the app."""
    ctx.state.quitting = True
    window.close()
    QApplication.quit()


def prepare_for_logout(ctx: UiContext) -> None:
    """`commitDataRequest`: the session is ending, so closing must not hide to the tray
    (the `event.ignore()` of close-to-tray is what blocks logout elsewhere); the
    settings are written now, while the session still waits for us."""
    ctx.state.quitting = True
    ctx.settings.sync()


def restart_command(argv: list[str], orig_argv: list[str], executable: str,
                    frozen: bool) -> list[str]:
    """The command that started this app, to start it again: the bundled executable with
    its arguments, or the Python interpreter with its own (`-m wellness_app`, a script)."""
    return [executable, *argv[1:]] if frozen else [executable, *orig_argv[1:]]
