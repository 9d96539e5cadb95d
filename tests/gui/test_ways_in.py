"""Every way in, the way a person gets in: the quick check-in opens from the shortcut, the
File menu, the tray and a clicked reminder; Quit, Ctrl+Q and logging out end the app even
with close-to-tray on; closing to the tray says once that the app still runs."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from wellness_app.domain.moods import JournalQuery
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn


@pytest.fixture
def with_tray(monkeypatch):  # type: ignore[no-untyped-def]
    """A desktop with a system tray (the offscreen platform has none)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


@pytest.fixture
def window(main_window):  # type: ignore[no-untyped-def]
    yield main_window
    for dialog in visible_checkins():
        dialog.close()


def visible_checkins() -> list[QuickCheckIn]:
    gc.collect()  # a window nobody keeps a reference to would be gone now
    QApplication.processEvents()
    return [w for w in QApplication.allWidgets() if isinstance(w, QuickCheckIn) and w.isVisible()]


def check_in_by_keyboard(qtbot, dialog: QuickCheckIn, mood: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.tags, Qt.Key(Qt.Key.Key_0 + mood))
    with qtbot.waitSignal(dialog.saved):
        QTest.keyClick(dialog.tags, Qt.Key.Key_Return)


def test_shortcut_opens_a_quick_checkin_that_stays_open(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.sidebar, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [dialog] = visible_checkins()
    QTest.keyClick(window.sidebar, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert visible_checkins() == [dialog]  # pressed again: the same window comes forward
    check_in_by_keyboard(qtbot, dialog, 4)
    [entry] = MoodService(window.ctx.db).search(JournalQuery())
    assert entry.mood == 4
    assert not visible_checkins()


def test_file_menu_opens_the_quick_checkin(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts[0] == "Quick check-in…" and texts[-1] == "&Quit"
    [action] = [a for a in window.file_menu.actions() if a.objectName() == "quickCheckinAction"]
    action.trigger()
    assert len(visible_checkins()) == 1


def test_tray_menu_opens_it_while_the_window_waits_in_the_tray(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.hide()
    [action] = [a for a in window.tray.menu.actions() if a.text() == "Quick check-in…"]
    action.trigger()
    [dialog] = visible_checkins()
    check_in_by_keyboard(qtbot, dialog, 2)
    assert MoodService(window.ctx.db).count() == 1
    assert not visible_checkins()


def test_clicked_reminder_opens_the_quick_checkin(with_tray, window) -> None:  # type: ignore[no-untyped-def]
    assert window.tray.icon is not None
    window.tray.icon.messageClicked.emit()
    assert len(visible_checkins()) == 1


def quit_shortcut(window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.sidebar, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("way", ["menu", "ctrl+q", "tray"])
def test_quit_quits_even_with_close_to_tray(way, with_tray, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.ctx.settings.set(Keys.close_to_tray, True)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    if way == "menu":
        [action] = [a for a in window.file_menu.actions() if a.objectName() == "quitAction"]
        assert action.menuRole() == QAction.MenuRole.QuitRole
        action.trigger()
    elif way == "ctrl+q":
        quit_shortcut(window)
    else:
        [action] = [a for a in window.tray.menu.actions() if a.text() == "Quit"]
        action.trigger()
    assert quits == [True] and not window.isVisible()


def test_logging_out_is_never_blocked_by_close_to_tray(with_tray, window) -> None:  # type: ignore[no-untyped-def]
    window.ctx.settings.set(Keys.close_to_tray, True)
    app = QApplication.instance()
    # a QSessionManager cannot be made outside a session: check the wiring, then run the slot
    assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) >= 1
    window.on_logout(None)
    assert window.close()  # the session's close is accepted, not turned into a hide


def test_closing_to_the_tray_says_once_it_still_runs(with_tray, window) -> None:  # type: ignore[no-untyped-def]
    window.ctx.settings.set(Keys.close_to_tray, True)
    said: list[str] = []
    window.ctx.state.status_message.connect(said.append)
    monkeypatch_messages = window.tray.notify
    notices: list[str] = []
    window.tray.notify = lambda title, text: notices.append(title) or monkeypatch_messages(
        title, text)
    assert not window.close() and window.isHidden()
    window.tray.show_window()
    assert not window.close() and window.isHidden()
    assert notices == ["Still running"]
    assert window.ctx.settings.get(Keys.tray_notice_shown)
