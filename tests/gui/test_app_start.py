"""The real start-up path (boot.run_gui): window first, then the journal, then pages."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wellness_app import APP_ID
from wellness_app import boot as app_module
from wellness_app.paths import resolve_paths


@pytest.fixture
def _quiet(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    """Keep pytest-qt's message handler and the test excepthook in place, and stop the
    closed window from posting a Quit that would end later tests' event loops at once."""
    from wellness_app.ui.onboarding.wizard import OnboardingWizard
    from wellness_app.ui.privacy import startup

    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda handler: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # the modal first-run and damaged-journal dialogs answer at once in tests
    monkeypatch.setattr(OnboardingWizard, "ask", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(startup.FirstRunOffer, "ask", classmethod(lambda cls: None))
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def test_run_gui_shows_window_then_today(_quiet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path)
    paths.ensure()
    seen: dict[str, object] = {}

    def inspect() -> None:
        from wellness_app.ui.shell.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible()]
        if not windows or not windows[-1].current_page_key():  # pages come with the journal
            QTimer.singleShot(20, inspect)
            return
        window = windows[-1]
        seen["page"] = window.current_page_key()
        seen["empty"] = window.page("today").empty.text()
        window.close()
        QApplication.exit(0)

    QTimer.singleShot(0, inspect)
    assert app_module.run_gui(paths) == 0
    assert seen["page"] == "today"
    assert "Nothing logged yet today" in str(seen["empty"])
    assert paths.db_path.exists()
    # Wayland names the window by this (and finds its icon): not "python3"
    assert QApplication.desktopFileName() == APP_ID


def test_run_gui_moves_a_non_journal_file_aside_and_can_quit(_quiet, tmp_path,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy import startup

    paths = resolve_paths(tmp_path)
    paths.ensure()
    content = b"\x00\x01 not a database" * 100
    paths.db_path.write_bytes(content)
    shown: list[str] = []

    def choose_quit(cls, message: str, can_restore: bool, parent=None) -> str:  # type: ignore[no-untyped-def]
        shown.append(message)
        return "quit"

    monkeypatch.setattr(startup.CorruptJournalDialog, "ask", classmethod(choose_quit))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(str(a[2])))
    assert app_module.run_gui(paths) == 2
    assert shown and "moved aside" in shown[0]  # says what happened to the file
    [moved] = list(tmp_path.glob("wellness.db.corrupt-*"))
    assert moved.read_bytes() == content  # never overwritten


def test_today_paints_from_the_file_before_the_journal_opens(_quiet, tmp_path,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services import open_database
    from wellness_app.services.moods import MoodService
    from wellness_app.services.tags import TagService
    from wellness_app.ui.shell.main_window import MainWindow

    paths = resolve_paths(tmp_path)
    paths.ensure()
    db = open_database(paths.db_path)
    TagService(db).seed_defaults()
    MoodService(db).log(4, tags=["tea"], note="made it outside")
    db.close()
    seen: dict[str, object] = {}
    real_open = app_module.open_journal

    def open_journal_watched(paths_):  # type: ignore[no-untyped-def]
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                    and w.isVisible()]
        today = window.stack.currentWidget()  # the early preview of Today
        seen["before_open"] = (hasattr(window.ctx, "db"), window.page_header.text(),
                               today.entries_model.rowCount(), today.entries_stack.currentWidget()
                               is today.entries_view, window.crisis_action.isVisible()
                               or window.crisis_action.text())
        return real_open(paths_)

    def finish() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible()]
        if not windows or not windows[-1].current_page_key():
            QTimer.singleShot(20, finish)
            return
        today = windows[-1].page("today")
        today._pick(3)
        today.save()  # the page works for real once the journal is open
        seen["after"] = today.entries_model.rowCount()
        windows[-1].close()
        QApplication.exit(0)

    monkeypatch.setattr(app_module, "open_journal", open_journal_watched)
    QTimer.singleShot(0, finish)
    assert app_module.run_gui(paths) == 0
    db_then, page, rows, showing_list, crisis = seen["before_open"]  # type: ignore[misc]
    assert not db_then and "Today" in page
    assert rows == 1 and showing_list  # today's entry was on screen before the journal opened
    assert crisis  # the crisis support button is there from the first frame
    assert seen["after"] == 2


def test_the_app_starts_in_fusion_without_asking_for_a_style_object() -> None:
    import subprocess

    code = ("import sys; from PySide6.QtWidgets import QApplication; "
            "from wellness_app.ui.common.theme import FUSION_ARGS; "
            "app = QApplication(['wellness-app', *FUSION_ARGS]); "
            "print(app.style().name(), app.arguments())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.split() == ["fusion", "['wellness-app']"]


def test_the_daily_backup_runs_off_the_gui_thread(_quiet, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from wellness_app.services.backup_restore import BackupService

    paths = resolve_paths(tmp_path)
    paths.ensure()
    threads: list[threading.Thread] = []
    original = BackupService.daily_if_due

    def watched(self, now=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, now)

    monkeypatch.setattr(BackupService, "daily_if_due", watched)
    monkeypatch.setattr(app_module, "BACKUP_DELAY_MS", 0)

    def inspect() -> None:
        if not threads:
            QTimer.singleShot(20, inspect)
            return
        for window in QApplication.topLevelWidgets():
            window.close()
        QApplication.exit(0)

    QTimer.singleShot(0, inspect)
    assert app_module.run_gui(paths) == 0
    assert threads and threads[0] is not threading.main_thread()
    backups = list((paths.db_path.parent / "backups").glob("*"))
    assert backups  # written (run_gui waits for it before closing the journal)


def test_a_failing_daily_backup_is_told_once_with_the_folder(_quiet, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool

    from wellness_app.services.backup_restore import BackupService
    from wellness_app.storage import backup_copy as backup
    from wellness_app.ui.privacy import startup

    class Usage:  # a nearly full disk: no room for a backup
        free = backup.RESERVE_BYTES // 2

    paths = resolve_paths(tmp_path)
    paths.ensure()
    told: list[str] = []
    returned: list[object] = []
    original = BackupService.daily_if_due

    def watched(self, now=None):  # type: ignore[no-untyped-def]
        made = original(self, now)
        returned.append(self.failure)
        return made

    monkeypatch.setattr(BackupService, "daily_if_due", watched)
    monkeypatch.setattr(startup.BackupProblemNotice, "ask", classmethod(
        lambda cls, failure: told.append(startup.backup_failure_text(failure))))
    monkeypatch.setattr(app_module, "BACKUP_DELAY_MS", 0)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: Usage)

    def start_once() -> None:
        returned.clear()

        def inspect() -> None:
            if not returned or QThreadPool.globalInstance().activeThreadCount():
                QTimer.singleShot(20, inspect)
                return
            QTimer.singleShot(100, finish)  # the failure reaches the GUI thread queued

        def finish() -> None:
            for window in QApplication.topLevelWidgets():
                window.close()
            QApplication.exit(0)

        QTimer.singleShot(0, inspect)
        assert app_module.run_gui(paths) == 0

    start_once()
    start_once()  # the second start fails the same way: not told again
    assert len(told) == 1 and returned[0] is not None
    assert str(paths.backups_dir) in told[0] and "disk is full" in told[0]
    assert "Free some space" in told[0]
    assert not list(paths.backups_dir.glob("*.db"))  # nothing written, nothing half-left


def test_an_interrupted_encrypt_is_told_at_start(_quiet, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage.encrypt_all import write_marker
    from wellness_app.ui.privacy import startup

    paths = resolve_paths(tmp_path)
    paths.ensure()
    told: list[str] = []
    monkeypatch.setattr(startup.WarningNotice, "ask", classmethod(
        lambda cls, text: told.append(text)))
    db = app_module.open_journal(paths)  # a journal, as after a first start
    assert db is not None
    db.close()
    assert told == []
    write_marker(paths.db_path, "encrypt", "copies")  # killed before the journal was reached
    db = app_module.open_journal(paths)
    assert db is not None  # the journal opens as it is (still plain) ...
    db.close()
    assert len(told) == 1 and "interrupted" in told[0] and "same passphrase" in told[0]
