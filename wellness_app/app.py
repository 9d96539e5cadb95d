"""GUI start-up in one readable place: Qt app → logging of Qt messages → excepthook →
theme → main window shown first → (after its first paint) open + migrate the journal →
pages. SQLAlchemy, Alembic and heavy pages load only after the window is on screen."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_DISPLAY_NAME, APP_NAME, __version__
from wellness_app.logging_setup import LOG_FILENAME
from wellness_app.paths import AppPaths

if TYPE_CHECKING:
    from wellness_app.services import Database

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
    window = _make_window(None, paths)  # the journal is opened once the window is visible
    window.winId()  # create the native window now, so its first expose can be watched
    bench = None
    if os.environ.get(BENCH_EXIT_ENV):
        from wellness_app.ui.bench_hook import StartupWatch

        bench = StartupWatch(window)
        bench.watch_exposure()
    outcome: dict[str, Any] = {"code": 0, "db": None}

    def open_and_start() -> None:
        db = open_journal(paths)
        if db is None:
            outcome["code"] = 2
            window.close()
            QApplication.exit(2)
            return
        outcome["db"] = db
        window.ctx.db = db
        window.start()
        _set_icon(app)
        if bench is not None:
            bench.watch_today_paint()

    _after_first_expose(window, open_and_start)
    window.show()
    code = app.exec()
    if outcome["db"] is not None:
        outcome["db"].close()
    return int(outcome["code"] or code)


def open_journal(paths: AppPaths) -> Database | None:
    """Open the journal, or explain clearly why not (the file is never changed)."""
    from wellness_app.services import DatabaseOpenError, open_database
    from wellness_app.services.tags import TagService

    try:
        db = open_database(paths.db_path)
    except DatabaseOpenError as exc:
        log.error("Cannot open the journal: %s", exc)
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(exc))
        return None
    TagService(db).seed_defaults()
    return db


def build_main_window(db: Database, paths: AppPaths):  # type: ignore[no-untyped-def]
    """A main window over an open journal (used by tests and tools)."""
    return _make_window(db, paths)


def _make_window(db: Database | None, paths: AppPaths):  # type: ignore[no-untyped-def]
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
    ctx = UiContext(db=db, state=AppState(), settings=settings,  # type: ignore[arg-type]
                    data_dir=paths.data_dir, log_dir=paths.log_dir)
    return MainWindow(ctx)


def _set_icon(app: QApplication) -> None:
    """The app/window icon (after the first paint: loading the SVG plugin takes a while)."""
    from PySide6.QtGui import QIcon

    from wellness_app.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))


class _FirstExpose(QObject):
    """Calls `then` once, right after the window's first expose (i.e. its first paint)."""

    def __init__(self, window: Any, then: Any) -> None:
        super().__init__(window)
        self._then = then
        self._done = False
        window.windowHandle().installEventFilter(self)
        QTimer.singleShot(1000, self._fire)  # fallback: e.g. started minimised

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed():  # type: ignore[attr-defined]
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._then()


def _after_first_expose(window: Any, then: Any) -> None:
    window._first_expose = _FirstExpose(window, then)


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
