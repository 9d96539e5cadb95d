"""GUI start-up in one readable place: Qt app → logging of Qt messages → translations →
excepthook → single instance (a second launch raises the first window) → theme → main
window shown first → (after its first paint) Today painted from a plain read of the file →
unlock, quick-check, open + migrate the journal, daily backup → pages. SQLAlchemy, Alembic
and heavy pages load only after the window, and then Today's entries, are on screen."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from wellness_app.logging_setup import LOG_FILENAME
from wellness_app.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from wellness_app.services import Database
    from wellness_app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
qt_log = logging.getLogger("wellness_app.qt")
# benchmark hook (bench/bench_startup.py): print start-up timings and quit once the
# journal is open
BENCH_EXIT_ENV = "WELLNESS_APP_BENCH_EXIT"
# installer smoke test (.ci/build-app): print a line once the journal is open, then quit
SMOKE_TEST_ENV = "WELLNESS_APP_SMOKE_TEST"
_translators: list[QTranslator] = []  # kept alive while the app runs
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
# the day's automatic backup runs this long after the window is up (not before its paint)
BACKUP_DELAY_MS = 500


def run_gui(paths: AppPaths, *, minimized: bool = False) -> int:
    from wellness_app.ui.common.theme import FUSION_ARGS

    existing = QApplication.instance()
    _set_windows_app_id()
    app = existing or QApplication([*sys.argv[:1], *FUSION_ARGS, *sys.argv[1:]])
    assert isinstance(app, QApplication)  # widgets need a QApplication, not a QCoreApplication
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland: the window's name and icon in the shell
    qInstallMessageHandler(_qt_message_handler)
    _install_translations(app, paths)
    sys.excepthook = _make_excepthook(paths)
    from wellness_app.ui.shell.single_instance import SingleInstance

    instance = SingleInstance(paths.data_dir, paths.lock_file)
    if not instance.acquire():
        if instance.ask_first_to_raise():
            log.info("Already running: asked the open window to come forward")
            return 0
        QMessageBox.warning(None, APP_DISPLAY_NAME, QApplication.translate(
            "App", "The app seems to be open already, but its window did not respond. "
            "Close it and try again."))
        return 2
    try:
        return _run_window(app, paths, minimized, lambda w: _answer_second_launches(instance, w),
                           in_fusion=existing is None)
    finally:
        instance.release()  # before a restart: the new instance must get the lock
        _restart_if_asked(app)


def _restart_if_asked(app: QApplication) -> None:
    """Start the app again (Settings › Language › Restart now), after this one ended."""
    from wellness_app.ui.shell.quitting import RESTART_PROPERTY, restart_command

    if not app.property(RESTART_PROPERTY):
        return
    import subprocess

    app.setProperty(RESTART_PROPERTY, False)
    command = restart_command(sys.argv, sys.orig_argv, sys.executable,
                              bool(getattr(sys, "frozen", False)))
    log.info("Restarting for a new language")
    subprocess.Popen(command, close_fds=True, start_new_session=True)


def _set_windows_app_id() -> None:
    """Windows groups the taskbar button and notifications by this id (the installer's
    Start-menu shortcut carries the same one), not by pythonw.exe."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def _answer_second_launches(instance: Any, window: Any) -> None:
    from wellness_app.ui.shell.single_instance import bring_to_front

    instance.raise_requested.connect(lambda token: bring_to_front(window, token))
    instance.listen()


def _run_window(app: QApplication, paths: AppPaths, minimized: bool, on_started: Any, *,
                in_fusion: bool) -> int:
    # the journal is opened once the window is visible
    window = _make_window(None, paths, in_fusion=in_fusion)
    window.winId()  # create the native window now, so its first expose can be watched
    bench = None
    if os.environ.get(BENCH_EXIT_ENV):
        from wellness_app.ui.shell.bench_hook import StartupWatch

        bench = StartupWatch(window)
        bench.watch_exposure()
    outcome: dict[str, Any] = {"code": 0, "db": None}

    def open_and_start() -> None:
        today = _paint_today_first(window, paths)
        if today is None:
            finish_opening()
            return
        if bench is not None:
            bench.watch_today_paint()
        # Today's entries are on screen first; the journal opens right after that paint
        _AfterEvent(today.first_paint_widget(), QEvent.Type.Paint, finish_opening, 300)

    def finish_opening() -> None:
        db = open_journal(paths)
        if db is None:
            outcome["code"] = 2
            window.close()
            QApplication.exit(2)
            return
        outcome["db"] = db
        if os.environ.get(SMOKE_TEST_ENV) != "1":
            _first_run_setup(db, paths)
        window.ctx.db = db
        window.start()
        _set_icon(app)
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: _daily_backup(db, window))
        on_started(window)
        tray = getattr(window, "tray", None)
        if minimized and tray is not None and tray.icon is not None:
            window.hide()  # started at login: wait quietly in the tray
        if bench is not None:
            bench.watch_today_paint()
            bench.mark_ready()
        if os.environ.get(SMOKE_TEST_ENV) == "1":
            QTimer.singleShot(0, lambda: _smoke_test_report(window))

    _after_first_expose(window, open_and_start)
    if minimized:
        window.showMinimized()
    else:
        window.show()
    code = app.exec()
    if outcome["db"] is not None:
        QThreadPool.globalInstance().waitForDone()  # a backup or query still running
        outcome["db"].close()
    return int(outcome["code"] or code)


def _daily_backup(db: Database, owner: QObject) -> None:
    """The day's backup, off the GUI thread (best effort); a new failure is told once,
    on the GUI thread."""
    from wellness_app.ui.common.operations import Operation
    from wellness_app.ui.privacy.startup import daily_backup, tell_backup_failure

    Operation(owner, lambda _job: daily_backup(db)).on_success(tell_backup_failure).on_failure(
        lambda failure: log.warning("The daily backup failed: %s", type(failure.error).__name__)
    ).run_in_background()


def _install_translations(app: QApplication, paths: AppPaths) -> None:
    from wellness_app.ui.common.i18n import install_translators
    from wellness_app.ui.common.settings import Keys, Settings

    _translators[:] = install_translators(app, Settings(paths.settings_file).get(Keys.language))


def _smoke_test_report(window: Any) -> None:
    print(f"main window shown: {window.windowTitle()}", flush=True)
    QApplication.quit()


def _paint_today_first(window: Any, paths: AppPaths) -> Any:
    """Today built from a plain read of the file, before SQLAlchemy is even imported
    (services.today_snapshot); the page, or None when that read or Today does not apply."""
    from wellness_app.services.today_snapshot import today_snapshot

    snapshot = today_snapshot(paths.db_path)
    return None if snapshot is None else window.preview_today(snapshot)


def open_journal(paths: AppPaths) -> Database | None:
    """Open the journal (unlock, quick-check, daily backup), or explain clearly why not."""
    from wellness_app.services.tags import TagService
    from wellness_app.ui.common.settings import Settings
    from wellness_app.ui.onboarding.first_run import pending
    from wellness_app.ui.privacy.startup import open_journal as open_checked_journal

    # the first-run setup asks about a passphrase itself, so privacy does not ask twice
    db = open_checked_journal(paths, offer_encryption=not pending(Settings(paths.settings_file)),
                              backup_now=False)  # taken once the window has painted
    if db is not None:
        from wellness_app.services.selfcare import SelfCareService
        from wellness_app.ui.common.display_names import default_selfcare_names, default_tag_names

        TagService(db).seed_defaults(default_tag_names())  # first run only
        SelfCareService(db).seed_defaults(default_selfcare_names())  # first run only
    return db


def _first_run_setup(db: Database, paths: AppPaths) -> None:
    """The setup wizard on first run (empty journal, not yet seen); imported only then."""
    from wellness_app.ui.common.settings import Settings
    from wellness_app.ui.onboarding.first_run import run_if_due

    run_if_due(db, Settings(paths.settings_file))


def build_main_window(db: Database, paths: AppPaths) -> MainWindow:
    """A main window over an open journal (used by tests and tools)."""
    return _make_window(db, paths)


def _make_window(db: Database | None, paths: AppPaths,
                 *, in_fusion: bool = False) -> MainWindow:
    from wellness_app.ui.common import theme
    from wellness_app.ui.common.context import UiContext
    from wellness_app.ui.common.settings import Keys, Settings
    from wellness_app.ui.common.state import AppState
    from wellness_app.ui.shell.main_window import MainWindow

    settings = Settings(paths.settings_file)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, settings.get(Keys.theme), in_fusion=in_fusion)
        theme.follow_system(app, lambda: settings.get(Keys.theme))
    # UiContext.db says Database, but it is None until the journal is unlocked (issue #20)
    ctx = UiContext(db=db, state=AppState(), settings=settings,  # type: ignore[arg-type]
                    data_dir=paths.data_dir, log_dir=paths.log_dir)
    return MainWindow(ctx)


def _set_icon(app: QApplication) -> None:
    """The app/window icon (after the first paint: loading the SVG plugin takes a while)."""
    from PySide6.QtGui import QIcon

    from wellness_app.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))


class _AfterEvent(QObject):
    """Calls `then` once, right after `watched` first gets an event of `kind` (for an
    Expose: once it is exposed), or after `fallback_ms` if that never comes."""

    def __init__(self, watched: QObject, kind: QEvent.Type, then: Any, fallback_ms: int) -> None:
        super().__init__(watched)
        self._kind = kind
        self._then = then
        self._done = False
        watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._kind and (
                self._kind != QEvent.Type.Expose
                or (isinstance(watched, QWindow) and watched.isExposed())):
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._then()


def _after_first_expose(window: Any, then: Any) -> None:
    # fallback: e.g. started minimised, never exposed
    window._first_expose = _AfterEvent(window.windowHandle(), QEvent.Type.Expose, then, 1000)


def _qt_message_handler(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s", message)


def _make_excepthook(paths: AppPaths) -> ExceptHook:
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
