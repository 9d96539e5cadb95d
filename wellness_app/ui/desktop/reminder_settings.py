"""Reminders and start-up settings: reminder times, close to tray, start at login."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSystemTrayIcon,
    QWidget,
)

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.reminders import format_times, parse_times
from wellness_app.services.autostart import Autostart, launch_command
from wellness_app.ui.common import theme
from wellness_app.ui.common.settings import Keys, Settings
from wellness_app.ui.desktop.run_key import QSettingsRunKey


class ReminderSettingsDialog(QDialog):
    def __init__(self, settings: Settings, autostart: Autostart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._autostart = autostart
        self.setWindowTitle(self.tr("Reminders and start-up"))
        tray = QSystemTrayIcon.isSystemTrayAvailable()

        self.enabled = QCheckBox(self.tr("Remind me to check in"))
        self.enabled.setChecked(settings.get(Keys.reminders_enabled))
        self.times = QLineEdit(settings.get(Keys.reminder_times))
        self.times.setPlaceholderText("08:30, 20:00")
        self.times.setAccessibleName(self.tr("Reminder times"))
        self.times.setAccessibleDescription(self.tr("24-hour times separated by commas"))
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.close_to_tray = QCheckBox(self.tr("Keep running in the tray when the window closes"))
        self.close_to_tray.setChecked(settings.get(Keys.close_to_tray) and tray)
        self.close_to_tray.setEnabled(tray)
        self.start_at_login = QCheckBox(self.tr("Start when I log in"))
        self.start_at_login.setChecked(autostart.is_enabled())
        for box in (self.enabled, self.close_to_tray, self.start_at_login):
            box.setAccessibleName(box.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("Times:"), self.times)
        form.addRow(self.error)
        if not tray:
            form.addRow(QLabel(self.tr("No system tray here: reminders appear as desktop "
                                       "notifications and in the window.")
                               if sys.platform.startswith("linux") else
                               self.tr("No system tray here: reminders appear in the window.")))
        form.addRow(self.close_to_tray)
        form.addRow(self.start_at_login)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            times = parse_times(self.times.text())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        if self.enabled.isChecked() and not times:
            self.error.setText(self.tr("Add at least one time, e.g. 20:00"))
            return
        try:
            if self.start_at_login.isChecked():
                self._autostart.enable(launch_command())
            else:
                self._autostart.disable()
        except OSError as exc:  # e.g. a read-only config folder: say so, change nothing
            self.error.setText(self.tr("Could not change the start at login: {0}").format(
                exc.strerror or exc))
            return
        self._settings.set(Keys.reminders_enabled, self.enabled.isChecked())
        self._settings.set(Keys.reminder_times, format_times(times))
        self._settings.set(Keys.close_to_tray, self.close_to_tray.isChecked())
        super().accept()

    @classmethod
    def ask(cls, settings: Settings, parent: QWidget | None = None) -> bool:
        run_key = QSettingsRunKey() if sys.platform.startswith("win") else None
        dialog = cls(settings, Autostart.for_this_machine(run_key), parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
