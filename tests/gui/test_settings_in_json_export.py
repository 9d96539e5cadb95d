"""The JSON export carries the person's preferences from settings.ini (language, theme,
reminders, auto-lock, tray); importing restores those this machine has not set."""

from __future__ import annotations

import json
from pathlib import Path

from wellness_app.cli import main
from wellness_app.services.io import portable_settings
from wellness_app.ui.common.settings import Keys, Settings


def cli(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_preferences_travel_with_the_json_export(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first", tmp_path / "second"
    assert cli(first, "log", "mood", "3") == 0
    settings = Settings(first / "config" / "settings.ini")
    for key, value in ((Keys.language, "de"), (Keys.theme, "dark"),
                       (Keys.reminders_enabled, True), (Keys.reminder_times, "09:00, 20:30"),
                       (Keys.auto_lock_minutes, 5), (Keys.close_to_tray, True),
                       (Keys.last_page, "journal")):
        settings.set(key, value)
    settings.sync()
    out = tmp_path / "all.json"
    assert cli(first, "export", "json", "-o", str(out)) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["settings"] == {
        "desktop/close_to_tray": True, "look/language": "de", "look/theme": "dark",
        "privacy/auto_lock_minutes": 5, "reminders/enabled": True,
        "reminders/times": "09:00, 20:30"}  # window/last_page is this machine's, not carried
    # the new machine already chose a theme: that choice stays
    (second / "config").mkdir(parents=True)
    mine = Settings(second / "config" / "settings.ini")
    mine.set(Keys.theme, "light")
    mine.sync()
    capsys.readouterr()
    assert cli(second, "import", "json", str(out)) == 0
    assert "Preferences taken from the file" in capsys.readouterr().out
    restored = Settings(second / "config" / "settings.ini")
    assert restored.get(Keys.theme) == "light"
    assert restored.get(Keys.language) == "de"
    assert restored.get(Keys.reminders_enabled) is True
    assert restored.get(Keys.reminder_times) == "09:00, 20:30"
    assert restored.get(Keys.auto_lock_minutes) == 5
    assert restored.get(Keys.close_to_tray) is True


def test_portable_keys_match_the_settings_facade() -> None:
    declared = {key.name: type(key.default) for key in vars(Keys).values()
                if isinstance(key, tuple) and len(key) == 2}
    for name, kind in portable_settings.PORTABLE.items():
        assert declared[name] is kind
