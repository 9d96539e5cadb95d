"""GUI start-up in one readable place: Qt app → logging of Qt messages → excepthook →
open + migrate the journal → main window (shown first; heavy pages load lazily)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_DISPLAY_NAME, APP_NAME, __version__
from wellness_app.logging_setup import LOG_FILENAME
from wellness_app.paths import AppPaths
from wellness_app.services import Database, DatabaseOpenError, open_database
from wellness_app.services.tags import TagService

log = logging.getLogger(__name__)
qt_log = logging.getLogger("wellness_app.qt")
#: benchmark hook (bench/bench_startup.py): print start-up timings and quit after the
#: first paint of Today's entries
BENCH_EXIT_ENV = "WELLNESS_APP_BENCH_EXIT"


def run_gui(paths: AppPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    qInstallMessageHandler(_qt_message_handler)
    sys.excepthook = _make_excepthook(paths)
    db = open_journal(paths)
    if db is None:
        return 2
    window = build_main_window(db, paths)
    window.show()
    window.start()
    if os.environ.get(BENCH_EXIT_ENV):
        from wellness_app.ui.bench_hook import quit_after_first_paint

        quit_after_first_paint(window)
    code = app.exec()
    db.close()
    return int(code)


def open_journal(paths: AppPaths) -> Database | None:
    """Open the journal, or explain clearly why not (the file is never changed)."""
    try:
        db = open_database(paths.db_path)
    except DatabaseOpenError as exc:
        log.error("Cannot open the journal: %s", exc)
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(exc))
        return None
    TagService(db).seed_defaults()
    return db


def build_main_window(db: Database, paths: AppPaths):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from wellness_app.resources import resource_path
    from wellness_app.ui import theme
    from wellness_app.ui.context import UiContext
    from wellness_app.ui.main_window import MainWindow
    from wellness_app.ui.settings import Keys, Settings
    from wellness_app.ui.state import AppState

    settings = Settings(paths.settings_file)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, settings.get(Keys.theme))
        theme.follow_system(app, lambda: settings.get(Keys.theme))
        app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    ctx = UiContext(db=db, state=AppState(), settings=settings,
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
