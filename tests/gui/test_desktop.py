"""Tray, reminders, quick check-in and close-to-tray, with a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from wellness_app.domain.changes import Change
from wellness_app.domain.moods import JournalQuery
from wellness_app.services.autostart import Autostart
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn
from wellness_app.ui.desktop.reminder_settings import ReminderSettingsDialog
from wellness_app.ui.desktop.tray import TrayController


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def make_tray(qtbot, ui_ctx, *, tray: bool, start: datetime):  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    clock = FakeClock(start)
    return window, clock, TrayController(window, ui_ctx, clock=clock, tray_available=tray)


def test_tray_menu_logs_a_mood_in_one_click(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    _window, _clock, tray = make_tray(qtbot, ui_ctx, tray=False, start=datetime.now())
    changes: list[frozenset[Change]] = []
    ui_ctx.state.changed.connect(changes.append)
    tray.menu.findChild(QAction, "trayMood4").trigger()
    [entry] = MoodService(ui_ctx.db).search(JournalQuery())
    assert entry.mood == 4 and changes == [{Change.MOOD}]


def test_reminder_fires_at_its_time_and_falls_back_without_tray(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.settings.set(Keys.reminders_enabled, True)
    ui_ctx.settings.set(Keys.reminder_times, "20:00")
    start = datetime(2026, 3, 1, 19, 58).astimezone()
    _window, clock, tray = make_tray(qtbot, ui_ctx, tray=False, start=start)
    messages: list[str] = []
    ui_ctx.state.status_message.connect(messages.append)
    clock.now = start + timedelta(minutes=1)
    assert tray.check_reminders() == []
    clock.now = start + timedelta(minutes=2, seconds=10)
    assert tray.check_reminders() == ["20:00"]
    assert messages and "check-in" in messages[0]
    clock.now += timedelta(minutes=1)
    assert tray.check_reminders() == []


def test_disabled_reminders_stay_quiet(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2026, 3, 1, 19, 59).astimezone()
    _window, clock, tray = make_tray(qtbot, ui_ctx, tray=False, start=start)
    clock.now = start + timedelta(minutes=5)
    assert tray.check_reminders() == []


def test_quick_checkin_by_keyboard_only(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickCheckIn(ui_ctx.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tags.setFocus()
    qtbot.keyClicks(dialog.tags, "2")  # a digit in the empty tag field picks the mood
    assert dialog.mood_group.checkedId() == 2 and dialog.tags.text() == ""
    qtbot.keyClicks(dialog.tags, "tired, walk 2")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.tags, Qt.Key.Key_Return)
    entry = MoodService(ui_ctx.db).for_day(datetime.now().astimezone().date())[-1]
    assert entry.mood == 2 and entry.tags == ("tired", "walk 2")


def test_quick_checkin_needs_a_mood_and_escape_closes(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = QuickCheckIn(ui_ctx.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert "Pick a mood" in dialog.message.text() and MoodService(ui_ctx.db).count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_close_to_tray_hides_instead_of_quitting(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.settings.set(Keys.close_to_tray, True)
    window, _clock, tray = make_tray(qtbot, ui_ctx, tray=True, start=datetime.now())
    window.show()
    window.close()
    assert window.isHidden() and tray.icon is not None
    ui_ctx.state.quitting = True
    assert window.close()


def test_reminder_settings_validate_times_and_write_autostart(qtbot, ui_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    auto = Autostart("linux", tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    dialog = ReminderSettingsDialog(ui_ctx.settings, auto)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.times.setText("8pm")
    dialog.accept()
    assert "HH:MM" in dialog.error.text() and not ui_ctx.settings.get(Keys.reminders_enabled)
    dialog.times.setText("20:00, 8:15")
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert ui_ctx.settings.get(Keys.reminder_times) == "08:15, 20:00"
    assert ui_ctx.settings.get(Keys.reminders_enabled) is True
    assert (tmp_path / "cfg" / "autostart" / "org.wellness_app.journal.desktop").exists()


def test_macos_roles_and_template_tray_icon(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.desktop import tray as tray_module
    from wellness_app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx)  # the journal is open: every feature adds its menu entries
    qtbot.addWidget(window)
    roles = {action.menuRole(): action.text() for top in window.menuBar().actions()
             if top.menu() is not None for action in top.menu().actions()}
    # macOS moves these into the app menu: Preferences… (Cmd-,) and Quit (Cmd-Q)
    assert roles[QAction.MenuRole.PreferencesRole] == "Reminders and start-up…"
    assert roles[QAction.MenuRole.QuitRole] == "&Quit"
    monkeypatch.setattr(tray_module.sys, "platform", "darwin")
    controller = TrayController(QMainWindow(), ui_ctx, tray_available=False)
    assert controller._app_icon().isMask()  # a template image, tinted by the menu bar
    monkeypatch.setattr(tray_module.sys, "platform", "linux")
    assert not controller._app_icon().isMask()


def test_windows_start_at_login_is_a_run_key_value_through_qsettings(
        qtbot, ui_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from wellness_app import APP_ID
    from wellness_app.ui.desktop.run_key import QSettingsRunKey

    store = QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)  # the registry
    auto = Autostart("win32", tmp_path, {"APPDATA": str(tmp_path / "Roaming")},
                     QSettingsRunKey(store))
    dialog = ReminderSettingsDialog(ui_ctx.settings, auto)
    qtbot.addWidget(dialog)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert str(store.value(APP_ID)).endswith("--minimized") and auto.is_enabled()
    dialog = ReminderSettingsDialog(ui_ctx.settings, auto)
    qtbot.addWidget(dialog)
    assert dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    dialog.accept()
    assert store.value(APP_ID) is None and not auto.is_enabled()


def test_an_unwritable_autostart_folder_is_one_message_and_changes_nothing(
        qtbot, ui_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "cfg").write_text("a file where the config folder should be")
    auto = Autostart("linux", tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    dialog = ReminderSettingsDialog(ui_ctx.settings, auto)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.times.setText("07:45")
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert "start at login" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert ui_ctx.settings.get(Keys.reminders_enabled) is False
    assert ui_ctx.settings.get(Keys.reminder_times) == "20:00"
