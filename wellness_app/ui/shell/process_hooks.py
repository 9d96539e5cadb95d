"""The process around the window: Qt's messages into the log, the crash dialog for bugs,
the Windows taskbar id, and the restart after a language change (used by `boot`)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_DISPLAY_NAME, APP_ID
from wellness_app.logging_setup import LOG_FILENAME
from wellness_app.paths import AppPaths

log = logging.getLogger("wellness_app.boot")
qt_log = logging.getLogger("wellness_app.qt")
#: the one test switch (the installer's smoke test): a bug prints and exits instead
SMOKE_TEST_ENV = "WELLNESS_APP_SMOKE_TEST"
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def restart_if_asked(app: QApplication) -> None:
    """Start the app again (Settings › Language › Restart now), after this one ended."""
    from wellness_app.ui.common.quitting import RESTART_PROPERTY, restart_command

    if not app.property(RESTART_PROPERTY):
        return
    import subprocess

    app.setProperty(RESTART_PROPERTY, False)
    command = restart_command(sys.argv, sys.orig_argv, sys.executable,
                              bool(getattr(sys, "frozen", False)))
    log.info("Restarting for a new language")
    subprocess.Popen(command, close_fds=True, start_new_session=True)


def set_windows_app_id() -> None:
    """Windows groups the taskbar button and notifications by this id (the installer's
    Start-menu shortcut carries the same one), not by pythonw.exe."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def qt_message_handler(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def make_excepthook(paths: AppPaths) -> ExceptHook:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from wellness_app.logging_setup import log_bug

        log_bug(value.with_traceback(tb))  # type and stack only: no personal text
        if os.environ.get(SMOKE_TEST_ENV) == "1":
            traceback.print_exception(kind, value, tb)
            os._exit(1)
        details = "".join(traceback.format_exception_only(kind, value)).strip()
        text = QApplication.translate(
            "App", "Something went wrong inside the app. Your saved entries are safe.\n\n"
            "Details were written to the log:\n{path}").format(path=paths.log_dir / LOG_FILENAME)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME, text)
        box.setDetailedText(details)
        box.exec()

    return hook
