"""GUI start-up in one readable place: Qt app → logging of Qt messages → excepthook →
single instance (a second launch raises the first window) → unlock, quick-check, open +
migrate the journal, daily backup → main window (shown first; heavy pages load lazily)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_DISPLAY_NAME, APP_NAME, __version__
from wellness_app.logging_setup import LOG_FILENAME
from wellness_app.paths import AppPaths
from wellness_app.services import Database
from wellness_app.services.tags import TagService

log = logging.getLogger(__name__)
qt_log = logging.getLogger("wellness_app.qt")


def run_gui(paths: AppPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    qInstallMessageHandler(_qt_message_handler)
    sys.excepthook = _make_excepthook(paths)
    from wellness_app.services.privacy import lock_path
    from wellness_app.ui.privacy.single_instance import SingleInstance, bring_to_front

    instance = SingleInstance(paths.data_dir, lock_path(paths))
    if not instance.acquire():
        if instance.ask_first_to_raise():
            log.info("Already running: asked the open window to come forward")
            return 0
        QMessageBox.warning(None, APP_DISPLAY_NAME, "The app seems to be open already, but its "
                            "window did not respond. Close it and try again.")
        return 2
    try:
        db = open_journal(paths)
        if db is None:
            return 2
        window = build_main_window(db, paths)
        instance.raise_requested.connect(lambda: bring_to_front(window))
        window.show()
        window.start()
        code = app.exec()
        db.close()
        return int(code)
    finally:
        instance.release()


def open_journal(paths: AppPaths) -> Database | None:
    """Open the journal (unlock, quick-check, daily backup), or explain clearly why not."""
    from wellness_app.ui.privacy.startup import open_journal as open_checked_journal

    db = open_checked_journal(paths)
    if db is not None:
        TagService(db).seed_defaults()
    return db


def build_main_window(db: Database, paths: AppPaths):  # type: ignore[no-untyped-def]
    from wellness_app.ui.context import UiContext
    from wellness_app.ui.main_window import MainWindow
    from wellness_app.ui.settings import Settings
    from wellness_app.ui.state import AppState

    ctx = UiContext(db=db, state=AppState(), settings=Settings(paths.settings_file),
                    data_dir=paths.data_dir, log_dir=paths.log_dir)
    return MainWindow(ctx)


def _qt_message_handler(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def _make_excepthook(paths: AppPaths):  # type: ignore[no-untyped-def]
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("Unexpected error", exc_info=(kind, value, tb))
        details = "".join(traceback.format_exception_only(kind, value)).strip()
        box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME,
                          "Something went wrong inside the app. Your saved entries are safe.\n\n"
                          f"Details were written to the log:\n{paths.log_dir / LOG_FILENAME}")
        box.setDetailedText(details)
        box.exec()

    return hook
