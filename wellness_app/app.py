"""GUI start-up in one readable place: Qt app → logging of Qt messages → excepthook →
single instance (a second launch raises the first window) → unlock, quick-check, open +
migrate the journal, daily backup → main window (shown first; heavy pages load lazily)."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_DISPLAY_NAME, APP_NAME, __version__
from wellness_app.logging_setup import LOG_FILENAME
from wellness_app.paths import AppPaths
from wellness_app.services import Database
from wellness_app.services.tags import TagService

log = logging.getLogger(__name__)
#: set to 1 to print a line once the main window is shown, then quit (installer smoke test)
SMOKE_TEST_ENV = "WELLNESS_APP_SMOKE_TEST"
qt_log = logging.getLogger("wellness_app.qt")


def run_gui(paths: AppPaths, *, minimized: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    qInstallMessageHandler(_qt_message_handler)
    _install_translations(app, paths)
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
        if os.environ.get(SMOKE_TEST_ENV) != "1":
            _first_run_setup(db, paths)
        window = build_main_window(db, paths)
        instance.raise_requested.connect(lambda: bring_to_front(window))
        tray = getattr(window, "tray", None)
        if minimized and tray is not None and tray.icon is not None:
            pass  # start quietly in the tray; the tray menu opens the window
        elif minimized:
            window.showMinimized()
        else:
            window.show()
        window.start()
        if os.environ.get(SMOKE_TEST_ENV) == "1":
            QTimer.singleShot(0, lambda: _smoke_test_report(window))
        code = app.exec()
        db.close()
        return int(code)
    finally:
        instance.release()


def _install_translations(app: QApplication, paths: AppPaths) -> None:
    from wellness_app.ui.i18n import install_translators
    from wellness_app.ui.settings import Keys, Settings

    app._translators = install_translators(  # type: ignore[attr-defined]
        app, Settings(paths.settings_file).get(Keys.language))


def _smoke_test_report(window: object) -> None:
    print(f"main window shown: {window.windowTitle()}", flush=True)  # type: ignore[attr-defined]
    QApplication.quit()


def open_journal(paths: AppPaths) -> Database | None:
    """Open the journal (unlock, quick-check, daily backup), or explain clearly why not."""
    from wellness_app.ui.onboarding.first_run import pending
    from wellness_app.ui.privacy.startup import open_journal as open_checked_journal
    from wellness_app.ui.settings import Settings

    # the first-run setup asks about a passphrase itself, so privacy does not ask twice
    db = open_checked_journal(paths, offer_encryption=not pending(Settings(paths.settings_file)))
    if db is not None:
        TagService(db).seed_defaults()
    return db


def _first_run_setup(db: Database, paths: AppPaths) -> None:
    """The setup wizard on first run (empty journal, not yet seen); imported only then."""
    from wellness_app.ui.onboarding.first_run import run_if_due
    from wellness_app.ui.settings import Settings

    run_if_due(db, Settings(paths.settings_file))


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
        if os.environ.get(SMOKE_TEST_ENV) == "1":
            traceback.print_exception(kind, value, tb)
            os._exit(1)
        details = "".join(traceback.format_exception_only(kind, value)).strip()
        box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME,
                          "Something went wrong inside the app. Your saved entries are safe.\n\n"
                          f"Details were written to the log:\n{paths.log_dir / LOG_FILENAME}")
        box.setDetailedText(details)
        box.exec()

    return hook
