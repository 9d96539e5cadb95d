"""The Windows per-user `Run` registry key through QSettings' native format (the registry
on Windows), for services.autostart. Tests hand it an INI-backed QSettings instead."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from wellness_app.services.autostart import RUN_KEY_PATH


class QSettingsRunKey:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(RUN_KEY_PATH, QSettings.Format.NativeFormat)

    def value(self, name: str) -> str | None:
        value = self._settings.value(name)
        return None if value is None else str(value)

    def set_value(self, name: str, command: str) -> None:
        self._settings.setValue(name, command)
        self._settings.sync()

    def remove(self, name: str) -> None:
        self._settings.remove(name)
        self._settings.sync()
