"""How the app starts, top to bottom. `cli.main` parses the arguments (one entry point
with the commands) and calls `main`, which runs these phases in order:

1. paths      the data, log and settings folders (`--data-dir`, WELLNESS_APP_DATA_DIR)
2. logging    a rotating log file; Qt's own messages go into it too
3. app        QApplication, names, translations, the crash dialog, a single instance
4. shell      the main window without a journal: menus and the crisis support button
5. preview    Today's entries from a plain read of the file (no SQLAlchemy yet), painted
6. open       unlock (the passphrase, if encrypted), quick check, back up and migrate
              (`ui.privacy.startup.open_journal`); first-run seeds and setup
7. pages      `MainWindow.open_journal`: the pages and the window features; the
              remembered page replaces the preview
8. jobs       the day's backup (off the GUI thread), answering second launches

SQLAlchemy, Alembic and the pages load only after the window, and then Today's entries,
are on screen: that is why 4–5 come before 6 and why this module imports lazily. Keys
pressed while 4–5 wait for the screen stay queued and reach the pages.

One switch, for the installer's smoke test (.ci/build-app): WELLNESS_APP_SMOKE_TEST=1 prints
"main window shown: <title>" once the journal is open and quits (a crash prints its
traceback and exits 1). Benchmarks watch the phases through `run_gui(..., watch=)`
(bench/startup_probe.py)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QThreadPool,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wellness_app import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from wellness_app.logging_setup import setup_logging
from wellness_app.paths import AppPaths, resolve_paths
from wellness_app.ui.shell.process_hooks import (
    SMOKE_TEST_ENV,
    make_excepthook,
    qt_message_handler,
    restart_if_asked,
    set_windows_app_id,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from wellness_app.services import Database
    from wellness_app.ui.shell.main_window import MainWindow
    from wellness_app.ui.shell.single_instance import SingleInstance

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []  # kept alive while the app runs
# the day's automatic backup runs this long after the window is up (not before its paint)
BACKUP_DELAY_MS = 500
EXPOSE_WAIT_MS = 1000  # e.g. started minimised: never exposed
PAINT_WAIT_MS = 300


class StartupWatch(Protocol):
    """Sees the phases go by (benchmarks, the smoke test); every call is cheap."""

    def window_created(self, window: MainWindow) -> None: ...  # before show()
    def today_painting(self, widget: QWidget) -> None: ...  # before Today's entries paint
    def ready(self, window: MainWindow) -> None: ...  # the journal is open, all works


def main(args: argparse.Namespace) -> int:
    """The GUI start: `args.data_dir`, `args.minimized`, `args.demo` (from cli.main)."""
    paths = resolve_paths(args.data_dir)  # 1 paths
    paths.ensure()
    paths.tighten_permissions()  # files from older versions or other tools
    setup_logging(paths.log_dir)  # 2 logging
    if getattr(args, "demo", False):
        _fill_demo(paths)
    return run_gui(paths, minimized=bool(getattr(args, "minimized", False)))


def run_gui(paths: AppPaths, *, minimized: bool = False,
            watch: StartupWatch | None = None) -> int:
    """Phases 3–8 (tests and benchmarks start here, with paths of their own)."""
    app, in_fusion = _application(paths)  # 3 app
    from wellness_app.ui.shell.single_instance import SingleInstance

    instance = SingleInstance(paths.data_dir, paths.lock_file)
    if not instance.acquire():
        return _already_running(instance)
    try:
        return _run_window(app, paths, instance, minimized, in_fusion,
                           watch or (_SmokeTest() if _smoke_test() else _NoWatch()))
    finally:
        instance.release()  # before a restart: the new instance must get the lock
        restart_if_asked(app)


def _run_window(app: QApplication, paths: AppPaths, instance: SingleInstance,
                minimized: bool, in_fusion: bool, watch: StartupWatch) -> int:
    window = _make_window(None, paths, in_fusion=in_fusion)  # 4 shell
    window.winId()  # the native window now, so its first expose can be watched
    watch.window_created(window)
    window.showMinimized() if minimized else window.show()
    _wait_for(window.windowHandle(), QEvent.Type.Expose, EXPOSE_WAIT_MS)
    preview = _preview_today(window, paths)  # 5 preview
    if preview is not None:
        watch.today_painting(preview)
        _wait_for(preview, QEvent.Type.Paint, PAINT_WAIT_MS)
    _check_ahead(paths)  # the quick check runs beside the imports of 6 (not 5's paint)
    db = open_journal(paths)  # 6 open
    if db is None:
        window.close()
        return 2
    try:
        if not window.isVisible():  # closed (or quit) while the journal was opening
            return 0
        if not _smoke_test():
            _first_run_setup(db, paths)
        _open_pages(window, db)  # 7 pages
        if preview is None and window.current_page_key() == "today":
            watch.today_painting(_today_target(window))
        _set_icon(app)
        backup = _after(BACKUP_DELAY_MS, window, lambda: _daily_backup(db, window))  # 8 jobs
        _answer_second_launches(instance, window)
        tray = window.tray
        if minimized and tray is not None and tray.icon is not None:
            window.hide()  # started at login: wait quietly in the tray
        watch.ready(window)
        code = app.exec()
        backup.stop()  # not yet due when the app ended: not with a closed journal
    finally:
        QThreadPool.globalInstance().waitForDone()  # a backup or query still running
        db.close()
    return code


def _application(paths: AppPaths) -> tuple[QApplication, bool]:
    """The QApplication (Fusion from the start), its names, Qt's log, translations and
    the crash dialog; True when this call created it (in Fusion)."""
    from wellness_app.ui.common.theme import FUSION_ARGS

    existing = QApplication.instance()
    set_windows_app_id()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [*sys.argv[:1], *FUSION_ARGS, *sys.argv[1:]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland: the window's name and icon in the shell
    qInstallMessageHandler(qt_message_handler)
    _install_translations(app, paths)
    sys.excepthook = make_excepthook(paths)
    return app, existing is None


def _already_running(instance: SingleInstance) -> int:
    if instance.ask_first_to_raise():
        log.info("Already running: asked the open window to come forward")
        return 0
    QMessageBox.warning(None, APP_DISPLAY_NAME, QApplication.translate(
        "App", "The app seems to be open already, but its window did not respond. "
        "Close it and try again."))
    return 2


def _preview_today(window: MainWindow, paths: AppPaths) -> QWidget | None:
    """Today's entries from a plain read of the file (services.today_snapshot), when Today
    is the page to open; None when that read or Today does not apply."""
    from wellness_app.services.today_snapshot import today_snapshot

    if window.remembered_page() not in ("today", ""):
        return None
    snapshot = today_snapshot(paths.db_path)
    if snapshot is None:
        return None
    from wellness_app.ui.today.preview import PURPOSE, TITLE, TodayPreview

    preview = TodayPreview(snapshot)
    window.show_preview(preview, TITLE, PURPOSE)
    return preview.first_paint_widget()


def _check_ahead(paths: AppPaths) -> None:
    """Start the journal's integrity check (plain files) on a thread of its own: SQLite
    runs it without the GIL while `open_journal` imports SQLAlchemy."""
    from wellness_app.services.privacy import check_ahead

    try:
        check_ahead(paths.db_path)
    except Exception:  # only a head start: phase 6 checks (and explains) as before
        log.debug("The early integrity check did not start", exc_info=True)


def _open_pages(window: MainWindow, db: Database) -> None:
    from wellness_app.ui.common.context import UiContext

    window.open_journal(UiContext.over(window.ctx, db))
    window.start()


def _today_target(window: MainWindow) -> QWidget:
    from wellness_app.ui.today.page import TodayPage

    page = window.page("today")
    assert isinstance(page, TodayPage)
    page.scroll_area.ensureWidgetVisible(page.entries_stack)  # banners may push it down
    return page.first_paint_widget()


def _wait_for(watched: QObject | None, kind: QEvent.Type, at_most_ms: int) -> None:
    """Run the event loop until `watched` first gets an event of `kind` (an Expose: once
    it is exposed), or `at_most_ms` passed."""
    if watched is None:
        return
    loop = QEventLoop()
    waiter = _FirstEvent(watched, kind, loop)
    QTimer.singleShot(at_most_ms, loop.quit)
    if not waiter.seen:  # keys and clicks wait in Qt's queue until the pages are there
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    watched.removeEventFilter(waiter)


class _FirstEvent(QObject):
    def __init__(self, watched: QObject, kind: QEvent.Type, loop: QEventLoop) -> None:
        super().__init__()
        self.kind, self.loop, self.seen = kind, loop, False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind and (
                self.kind != QEvent.Type.Expose
                or (isinstance(watched, QWindow) and watched.isExposed())):
            self.seen = True
            QTimer.singleShot(0, self.loop.quit)  # once this event is handled
        return False


class _NoWatch:
    def window_created(self, window: MainWindow) -> None:
        pass

    def today_painting(self, widget: QWidget) -> None:
        pass

    def ready(self, window: MainWindow) -> None:
        pass


class _SmokeTest(_NoWatch):
    """WELLNESS_APP_SMOKE_TEST=1: say the window is up, then quit."""

    def ready(self, window: MainWindow) -> None:
        def report() -> None:
            print(f"main window shown: {window.windowTitle()}", flush=True)
            QApplication.quit()

        QTimer.singleShot(0, report)


def _smoke_test() -> bool:
    return os.environ.get(SMOKE_TEST_ENV) == "1"


def _fill_demo(paths: AppPaths) -> None:
    """`--demo`: a journal of example data, if the journal is empty."""
    from wellness_app.cli.commands.demo import fill_demo_if_empty
    from wellness_app.cli.context import CliContext

    ctx = CliContext(paths=paths, stdout=sys.stdout, stderr=sys.stderr)
    try:
        fill_demo_if_empty(ctx)
    finally:
        ctx.close()






def _answer_second_launches(instance: SingleInstance, window: MainWindow) -> None:
    from wellness_app.ui.shell.single_instance import bring_to_front

    instance.raise_requested.connect(lambda token: bring_to_front(window, token))
    instance.listen()


def _after(ms: int, owner: QObject, then: Callable[[], None]) -> QTimer:
    """A single-shot timer owned by `owner` (stopped or deleted with it)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(then)
    timer.start(ms)
    return timer



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


def _make_window(db: Database | None, paths: AppPaths, *, in_fusion: bool = False
                 ) -> MainWindow:
    """The window shell (no journal yet), or the whole window over an open journal."""
    from wellness_app.ui.common import theme
    from wellness_app.ui.common.context import ShellContext, UiContext
    from wellness_app.ui.common.settings import Keys, Settings
    from wellness_app.ui.common.state import AppState
    from wellness_app.ui.shell.main_window import MainWindow

    settings = Settings(paths.settings_file)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, settings.get(Keys.theme), in_fusion=in_fusion)
        theme.follow_system(app, lambda: settings.get(Keys.theme))
    shell = ShellContext(state=AppState(), settings=settings, data_dir=paths.data_dir,
                         log_dir=paths.log_dir)
    return MainWindow(shell if db is None else UiContext.over(shell, db))


def _set_icon(app: QApplication) -> None:
    """The app/window icon (after the first paint: loading the SVG plugin takes a while)."""
    from PySide6.QtGui import QIcon

    from wellness_app.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))



