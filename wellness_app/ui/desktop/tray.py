"""Tray icon (one-click mood 1–5, quick check-in), daily reminders, close to tray.

Where the desktop has no tray (stock GNOME), reminders go to the desktop's notification
service (ui/desktop/notifications.py; a click opens the quick check-in) and to the window's
status bar with a taskbar alert, and closing the window quits as usual.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon, QWidget

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.reminders import due_reminders, parse_times
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.icons import app_icon, icon
from wellness_app.ui.common.menus import window_menu
from wellness_app.ui.common.quitting import request_quit
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.desktop.notifications import DesktopNotifier
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn
from wellness_app.ui.desktop.reminder_settings import ReminderSettingsDialog

if TYPE_CHECKING:
    from wellness_app.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from wellness_app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 30_000


class TrayController(QObject):
    def __init__(self, window: QMainWindow, ctx: UiContext,
                 clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
                 tray_available: bool | None = None,
                 notifier: DesktopNotifier | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.clock = clock
        self.quick_checkin: QuickCheckIn | None = None  # kept referenced while open
        self.click_opens_crisis = False  # the last notification followed a hard check-in
        self.available = (QSystemTrayIcon.isSystemTrayAvailable()
                          if tray_available is None else tray_available)
        self._last_check: datetime | None = clock()
        self.menu = self._build_menu()
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(self._app_icon(), self)
            self.icon.setToolTip(self.tr("Wellness Journal"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self._on_message_clicked)
            self.icon.show()
        self.notifier = notifier
        if notifier is None and self.icon is None and sys.platform.startswith("linux"):
            self.notifier = DesktopNotifier(parent=self)
        if self.notifier is not None:
            self.notifier.clicked.connect(self._open_from_notification)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_reminders)
        self.timer.start()
        window.installEventFilter(self)

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        menu.setObjectName("trayMenu")
        labels = display_labels(self.ctx.services.moods.labels())
        for level in range(5, 0, -1):
            action = QAction(self.tr("Log mood {0} · {1}").format(level, labels[level]), menu)
            action.setObjectName(f"trayMood{level}")
            action.triggered.connect(lambda _=False, lv=level: self.log_mood(lv))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(icon("checkin"), self.tr("Quick check-in…"), self.open_quick_checkin)
        menu.addAction(self.tr("Open journal"), self.show_window)
        self.unlock_action = menu.addAction(self.tr("Unlock…"), self.show_window)
        self.unlock_action.setObjectName("trayUnlock")
        menu.addSeparator()
        crisis = menu.addAction(icon("crisis"), self.tr("Crisis support"), self.open_crisis)
        crisis.setObjectName("trayCrisis")
        menu.addSeparator()
        self.quit_action = menu.addAction(self.tr("Quit"), self.quit)
        menu.aboutToShow.connect(self.update_for_lock)
        self.update_for_lock(menu)
        return menu

    def update_for_lock(self, menu: QMenu | None = None) -> None:
        """While locked only Unlock, Quit (and #19a's Crisis support) are offered."""
        locked = self.locked
        for action in (menu or self.menu).actions():
            if action is self.unlock_action:
                action.setVisible(locked)
            elif action is not self.quit_action and not action.objectName().startswith(
                    "trayCrisis"):
                action.setVisible(not locked)

    @property
    def locked(self) -> bool:
        return self.ctx.db.locked

    def _app_icon(self) -> QIcon:
        if sys.platform == "darwin":
            return template_icon()
        current = self.window.windowIcon()
        if current.isNull():
            current = QApplication.windowIcon()
        return app_icon() if current.isNull() else current  # the app sets it after start

    def log_mood(self, level: int) -> None:
        if self.locked:  # nothing is read or written while locked
            self.show_window()
            return
        try:
            entry = self.ctx.services.moods.log(level)
        except UserError as exc:
            self.notify(self.tr("Not saved"), str(exc))
            return
        label = display_labels(self.ctx.services.moods.labels())[entry.mood]
        self.ctx.state.announce(Change.MOOD)
        text = self.tr("Mood {0} ({1}) logged.").format(entry.mood, label)
        if self.ctx.services.support_line.after_checkin(entry):  # Today's calm line
            text += " " + translate("SupportLine", "If things feel unbearable, your safety "
                                    "plan and crisis lines are here.")
            self.notify(self.tr("Saved"), text, crisis=True)
        else:
            self.notify(self.tr("Saved"), text)

    def open_quick_checkin(self) -> QuickCheckIn | None:
        """Show the quick check-in (raise it if already open). It is parented to the main
        window, so it stays alive and closing it never quits the app while the window
        waits hidden in the tray. While locked, the unlock screen instead: the check-in
        would read the tags."""
        if self.locked:
            self.show_window()
            return None
        dialog = self.quick_checkin
        if dialog is None or not dialog.isVisible():
            if dialog is not None:
                dialog.deleteLater()
            dialog = QuickCheckIn(self.ctx.services, self.window)
            dialog.saved.connect(lambda _id: self.ctx.state.announce(Change.MOOD))
            dialog.crisis_requested.connect(lambda: self.open_crisis(dialog))
            self.quick_checkin = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_crisis(self, parent: QWidget | None = None) -> None:
        """The crisis screen, also while the window is hidden in the tray."""
        from wellness_app.ui.crisis.button import open_crisis_dialog

        if parent is None and self.window.isVisible():
            parent = self.window
        open_crisis_dialog(parent, self.ctx)

    def _open_from_notification(self) -> None:
        token = self.notifier.activation_token if self.notifier is not None else None
        if token:  # Wayland: lets the compositor give the check-in window focus
            os.environ["XDG_ACTIVATION_TOKEN"] = token
        self._on_message_clicked()

    def _on_message_clicked(self) -> None:
        """A click on our notification: the crisis screen after a hard check-in, else
        the quick check-in."""
        if self.click_opens_crisis:
            self.open_crisis()
        else:
            self.open_quick_checkin()

    def notify(self, title: str, text: str, *, check_in: bool = False,
               crisis: bool = False) -> None:
        """A system notification: the tray's, else the desktop's notification service
        (Linux) and the window's status bar. `check_in`: a click opens the quick check-in;
        `crisis`: a click opens the crisis screen."""
        self.click_opens_crisis = crisis
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            if self.notifier is not None and (check_in or crisis):
                self.notifier.notify(title, text, self.tr("Crisis support") if crisis
                                     else self.tr("Check in"))
            self.ctx.state.status_message.emit(
                self.tr("{title}: {text}").format(title=title, text=text))
            QApplication.alert(self.window)

    def check_reminders(self) -> list[str]:
        now = self.clock()
        last, self._last_check = self._last_check, now
        if not self.ctx.settings.get(Keys.reminders_enabled):
            return []
        try:
            times = parse_times(self.ctx.settings.get(Keys.reminder_times))
        except UserError:
            return []
        due = due_reminders(times, last, now)
        if due:
            log.info("Showing a check-in reminder")
            self.notify(self.tr("Time for a check-in"),
                        self.tr("How are you feeling? One click is enough."), check_in=True)
        return [t.strftime("%H:%M") for t in due]

    def show_window(self) -> None:
        from wellness_app.ui.common.window_raise import bring_to_front

        bring_to_front(self.window)  # keeps it maximised if it was

    def quit(self) -> None:
        request_quit(self.window, self.ctx)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close
                and not self.ctx.state.quitting and self.icon is not None
                and self.ctx.settings.get(Keys.close_to_tray)):
            event.ignore()
            self.window.hide()
            self._tell_once_still_running()
            return True
        return super().eventFilter(watched, event)

    def _tell_once_still_running(self) -> None:
        if self.ctx.settings.get(Keys.tray_notice_shown):
            return
        self.ctx.settings.set(Keys.tray_notice_shown, True)
        self.notify(self.tr("Still running"),
                    self.tr("The journal keeps running in the tray for your reminders. "
                            "To end it, choose Quit in the tray menu or the File menu."))


def template_icon() -> QIcon:
    """The macOS menu-bar icon: black with transparency only, marked as a mask
    ("template image"), so macOS draws it in the menu bar's colour, light or dark."""
    from wellness_app.resources import resource_path

    tray_icon = QIcon(str(resource_path("icons", "tray-template.svg")))
    tray_icon.setIsMask(True)
    return tray_icon


def install_tray(window: MainWindow, ctx: UiContext) -> None:
    """WINDOW_EXTENSIONS hook: tray, reminders and the settings menu entry."""
    controller = TrayController(window, ctx)
    window.add_feature(controller)
    menu = window_menu(window, "settingsMenu", QApplication.translate("MainWindow", "&Settings"))
    action = menu.addAction(QApplication.translate("MainWindow", "Reminders and start-up…"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: app menu, Cmd-,
    action.triggered.connect(lambda: ReminderSettingsDialog.ask(ctx.settings, window))
    quick = QAction(QApplication.translate("MainWindow", "Quick check-in…"), window)
    quick.setObjectName("quickCheckinAction")
    quick.setShortcut("Ctrl+Shift+N")
    quick.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    quick.setIcon(icon("checkin"))
    quick.triggered.connect(controller.open_quick_checkin)
    window.addAction(quick)
    file_menu = window_menu(window, "fileMenu", QApplication.translate("MainWindow", "&File"))
    first = next(iter(file_menu.actions()), None)
    if first is None:
        file_menu.addAction(quick)
    else:
        file_menu.insertAction(first, quick)
        file_menu.insertSeparator(first)
