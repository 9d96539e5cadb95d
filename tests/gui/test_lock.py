"""A lock that locks: reached by the idle timer, it closes every connection, drops the
key and every cached personal datum; the tray then offers only Unlock (and Quit)."""

from __future__ import annotations

import gc
import secrets

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from wellness_app.services.moods import MoodService
from wellness_app.services.tags import TagService
from wellness_app.storage.database import JournalLocked
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn
from wellness_app.ui.desktop.tray import TrayController
from wellness_app.ui.privacy.lock import LockScreen
from wellness_app.ui.privacy.unlock import NewPassphraseDialog


@pytest.fixture
def locked_window(ui_ctx, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    key = "lock-" + secrets.token_hex(8)  # built at run time: no constant holds it
    monkeypatch.setattr(NewPassphraseDialog, "ask",
                        classmethod(lambda cls, *a: (None, key)))
    MoodService(ui_ctx.db).log(2, note="a private note", tags=("walk",))
    assert window.privacy_actions.encrypt()
    tray = TrayController(window, ui_ctx, tray_available=False)
    checkin = tray.open_quick_checkin()
    assert checkin is not None
    window.auto_lock.set_minutes(1)
    window.auto_lock.timer.timeout.emit()  # the idle time ran out
    monkeypatch.undo()
    return window, tray, {"key": key}, checkin  # popped by the test: held by no container


def _still_referenced(secret: str) -> bool:
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            if any(v == secret for v in obj.values() if isinstance(v, str)):
                return True
        elif isinstance(obj, (list, tuple)) and any(
                v == secret for v in obj if isinstance(v, str)):
            return True
    return False


def test_after_locking_no_service_call_can_read_the_journal(locked_window, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window, _tray, _key, _checkin = locked_window
    assert isinstance(window.centralWidget(), LockScreen)
    db = ui_ctx.db
    assert db.locked and db.passphrase is None
    assert db.engine.url.password is None
    for call in (lambda: MoodService(db).count(), lambda: TagService(db).all(),
                 lambda: MoodService(db).log(3), lambda: db.engine.connect()):
        with pytest.raises(JournalLocked):
            call()


def test_locking_drops_the_key_and_personal_windows(locked_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _tray, secret, checkin = locked_window
    key = secret.pop("key")
    qtbot.waitUntil(lambda: not checkin.isVisible())
    assert window._pages == {}
    assert not _still_referenced(key)


def test_while_locked_the_tray_offers_only_unlock_crisis_and_quit(  # type: ignore[no-untyped-def]
        locked_window, ui_ctx) -> None:
    window, tray, secret, _checkin = locked_window
    key = secret.pop("key")
    tray.update_for_lock()
    visible = [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert visible == ["Unlock…", "Crisis support", "Quit"]  # crisis support never waits
    assert tray.open_quick_checkin() is None  # the unlock screen comes up instead
    tray.menu.findChild(QAction, "trayMood4").trigger()
    screen = window.centralWidget()
    screen.edit.setText(key)
    screen._try()
    assert not ui_ctx.db.locked
    assert MoodService(ui_ctx.db).count() == 1  # the one-click mood was not written
    tray.update_for_lock()
    assert tray.menu.findChild(QAction, "trayMood4").isVisible()
    assert isinstance(tray.open_quick_checkin(), QuickCheckIn)


def test_crisis_support_still_opens_while_locked(locked_window, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.crisis.dialog import CrisisDialog

    dialog = CrisisDialog(ui_ctx)  # even with the context: the journal is closed
    dialog.refresh()
    assert dialog.locked and dialog.line_texts()  # the shipped lines, without the journal
    assert any("unlocked" in label.text() for label in dialog.findChildren(QLabel))
    assert not hasattr(dialog, "plan_button")  # the plan waits for the unlock
    dialog.deleteLater()


def test_encrypting_asks_before_removing_copies_too_damaged_to_encrypt(
        ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy import actions
    from wellness_app.ui.shell.main_window import MainWindow

    damaged = ui_ctx.db.path.with_name("wellness.db.corrupt-20260101T000000Z")
    damaged.write_bytes(b"SQLite format 3\x00" + b"plain private words" * 300)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(NewPassphraseDialog, "ask",
                        classmethod(lambda cls, *a: (None, "damaged-copies")))
    monkeypatch.setattr(actions.Confirm, "ask",
                        classmethod(lambda cls, parent, text: asked.append(text) or True))
    assert window.privacy_actions.encrypt()
    assert asked and str(damaged) in asked[0]
    assert not damaged.exists()
