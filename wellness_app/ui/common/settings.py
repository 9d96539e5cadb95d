"""One typed facade over QSettings (IniFormat, in the config dir); every key declared here."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Key(NamedTuple, Generic[T]):
    name: str
    default: T


class Keys:
    """All UI settings with their defaults. Data settings the CLI needs live in the DB."""

    window_geometry: Key[QByteArray] = Key("window/geometry", QByteArray())
    window_state: Key[QByteArray] = Key("window/state", QByteArray())
    last_page: Key[str] = Key("window/last_page", "today")
    theme: Key[str] = Key("look/theme", "system")  # system | light | dark
    reminders_enabled: Key[bool] = Key("reminders/enabled", False)
    reminder_times: Key[str] = Key("reminders/times", "20:00")  # "HH:MM, HH:MM"
    close_to_tray: Key[bool] = Key("desktop/close_to_tray", False)
    tray_notice_shown: Key[bool] = Key("desktop/tray_notice_shown", False)  # told once
    language: Key[str] = Key("look/language", "system")  # system | en | de | …
    trends_range: Key[str] = Key("trends/range", "3m")  # 2w | 3m | 1y | all
    auto_lock_minutes: Key[int] = Key("privacy/auto_lock_minutes", 0)  # 0 = never
    onboarding_done: Key[bool] = Key("onboarding/done", False)  # first-run setup seen
    light_safety_seen: Key[bool] = Key("light/safety_note_seen", False)  # note closed once


class Settings:
    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Key[T]) -> T:
        # Any: what the INI file holds, turned into the default's type below
        value: Any = self._qs.value(key.name, key.default)
        if value is None:
            return key.default
        if isinstance(key.default, bool) and not isinstance(value, bool):
            value = str(value).lower() in {"1", "true", "yes"}
        elif isinstance(key.default, int) and not isinstance(key.default, bool):
            try:
                value = int(value)
            except (TypeError, ValueError):
                return key.default
        return value

    def set(self, key: Key[T], value: T) -> None:
        self._qs.setValue(key.name, value)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()
