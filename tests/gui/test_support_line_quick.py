"""The calm support line after a hard check-in also reaches the quick check-in
(Ctrl+Shift+N) and the tray's one-click mood: inside the window, never a pop-up, at most
once a day, switched off in Settings; in the tray's notification, whose click opens the
crisis screen."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from wellness_app.services.moods import MoodService
from wellness_app.ui.crisis.dialog import CrisisDialog
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn

LINE = "If things feel unbearable, your safety plan and crisis lines are here."
LINE_DE = "Wenn es sich unerträglich anfühlt"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(main_window):  # type: ignore[no-untyped-def]
    yield main_window
    for dialog in visible_checkins():
        dialog.close()


@pytest.fixture
def crisis_opened(monkeypatch) -> list[object]:  # type: ignore[no-untyped-def]
    parents: list[object] = []

    def ask(cls, parent, ctx, intro="", *, data_dir=None):  # type: ignore[no-untyped-def]
        parents.append(parent)

    monkeypatch.setattr(CrisisDialog, "ask", classmethod(ask))
    return parents


def visible_checkins() -> list[QuickCheckIn]:
    gc.collect()
    QApplication.processEvents()
    return [w for w in QApplication.allWidgets() if isinstance(w, QuickCheckIn) and w.isVisible()]


def quick_checkin(qtbot, window, mood: int) -> QuickCheckIn:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+N, the mood's digit, Enter."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.sidebar, Qt.Key.Key_N, CTRL_SHIFT)
    [dialog] = visible_checkins()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.tags, Qt.Key(Qt.Key.Key_0 + mood))
    with qtbot.waitSignal(dialog.saved):
        QTest.keyClick(dialog.tags, Qt.Key.Key_Return)
    return dialog


@pytest.mark.parametrize(("mood", "shown"), [(1, True), (2, False), (3, False), (5, False)])
def test_a_hard_quick_checkin_stays_open_with_the_line(qtbot, window, crisis_opened,  # type: ignore[no-untyped-def]
                                                       mood: int, shown: bool) -> None:
    dialog = quick_checkin(qtbot, window, mood)
    assert MoodService(window.ctx.db).count() == 1
    assert QApplication.activeModalWidget() is None  # never a pop-up
    if not shown:
        assert not visible_checkins()
        return
    assert visible_checkins() == [dialog] and dialog.support_line.isVisible()
    assert dialog.support_label.text() == LINE and dialog.message.text() == "Saved."
    assert QApplication.focusWidget() is not dialog.support_button  # no focus grab
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # digits log nothing more
    QTest.mouseClick(dialog.support_button, Qt.MouseButton.LeftButton)
    assert crisis_opened == [dialog]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter closes
    assert not visible_checkins() and MoodService(window.ctx.db).count() == 1


def test_the_quick_line_shows_at_most_once_a_day(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    first = quick_checkin(qtbot, window, 1)
    assert first.support_line.isVisible()
    QTest.keyClick(first, Qt.Key.Key_Escape)
    quick_checkin(qtbot, window, 1)
    assert not visible_checkins() and MoodService(window.ctx.db).count() == 2


def test_the_settings_switch_silences_the_quick_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    menu = window.menuBar().findChild(QMenu, "settingsMenu")
    setting = next(a for a in menu.actions() if a.objectName() == "support_line_setting")
    setting.trigger()
    assert not setting.isChecked()
    quick_checkin(qtbot, window, 1)
    assert not visible_checkins()


def test_the_quick_line_in_german_at_1024x600(qtbot, window, german) -> None:  # type: ignore[no-untyped-def]
    dialog = quick_checkin(qtbot, window, 1)
    assert dialog.support_label.text().startswith(LINE_DE)
    assert dialog.save_button.text() == "Schließen"
    assert dialog.frameGeometry().height() <= 600 and dialog.frameGeometry().width() <= 1024


def test_tray_mood_1_notification_carries_the_line(window, crisis_opened) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    window.ctx.state.status_message.connect(messages.append)
    window.hide()  # the person sits in the tray
    window.tray.menu.findChild(QAction, "trayMood1").trigger()
    assert MoodService(window.ctx.db).count() == 1
    assert messages and messages[-1].endswith(LINE)
    assert window.tray.menu.findChild(QAction, "trayCrisis").isVisible()
    window.tray.menu.findChild(QAction, "trayMood1").trigger()  # once a day
    assert LINE not in messages[-1]
    assert crisis_opened == []


@pytest.fixture
def with_tray(monkeypatch):  # type: ignore[no-untyped-def]
    """A desktop with a system tray whose notifications carry a click."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, text, *args: shown.append((title, text)))
    return shown


@pytest.mark.parametrize(("mood", "opens_crisis"), [(1, True), (2, False)])
def test_clicking_the_tray_notification_after_mood_1_opens_crisis_support(  # type: ignore[no-untyped-def]
        with_tray, window, crisis_opened, mood: int, opens_crisis: bool) -> None:
    assert window.tray.icon is not None
    window.tray.menu.findChild(QAction, f"trayMood{mood}").trigger()
    [(title, text)] = with_tray
    assert title == "Saved" and text.endswith(LINE) is opens_crisis
    window.tray.icon.messageClicked.emit()
    assert len(crisis_opened) == int(opens_crisis)
    assert len(visible_checkins()) == int(not opens_crisis)
