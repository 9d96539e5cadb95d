import plistlib
from datetime import datetime, time
from pathlib import Path

import pytest

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.reminders import due_reminders, format_times, parse_times
from wellness_app.services.autostart import Autostart

EVENING = [time(20, 0)]


def test_times_parse_sorted_and_unique() -> None:
    assert parse_times("20:00, 8:30;20:00") == [time(8, 30), time(20, 0)]
    assert format_times(parse_times("8:30,20:00")) == "08:30, 20:00"


@pytest.mark.parametrize("bad", ["8pm", "25:00", "20"])
def test_bad_reminder_times_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="HH:MM"):
        parse_times(bad)


def test_reminder_fires_once_when_its_time_passes() -> None:
    before, after = datetime(2026, 3, 1, 19, 59), datetime(2026, 3, 1, 20, 0, 30)
    assert due_reminders(EVENING, before, after) == [time(20, 0)]
    assert due_reminders(EVENING, after, datetime(2026, 3, 1, 20, 1)) == []


def test_first_check_after_start_does_not_replay_missed_reminders() -> None:
    assert due_reminders(EVENING, None, datetime(2026, 3, 1, 21, 0)) == []


def test_after_sleeping_for_days_only_one_reminder_fires() -> None:
    times = [time(8, 0), time(20, 0)]
    assert due_reminders(times, datetime(2026, 3, 1, 7), datetime(2026, 3, 3, 9)) == [time(8, 0)]


def test_linux_autostart_writes_a_desktop_file(tmp_path: Path) -> None:
    auto = Autostart("linux", tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    path = auto.enable(["/opt/wellness app/bin/wellness-app"])
    assert path == tmp_path / "cfg" / "autostart" / "wellness-app.desktop"
    text = path.read_text()
    assert "Exec='/opt/wellness app/bin/wellness-app' --minimized" in text
    assert text.startswith("[Desktop Entry]") and auto.is_enabled()
    auto.disable()
    assert not path.exists() and not auto.is_enabled()


def test_macos_autostart_writes_a_launch_agent(tmp_path: Path) -> None:
    auto = Autostart("darwin", tmp_path, {})
    path = auto.enable(["/usr/bin/python3", "-m", "wellness_app"])
    plist = plistlib.loads(path.read_bytes())
    assert path.parent == tmp_path / "Library" / "LaunchAgents"
    assert plist["ProgramArguments"] == ["/usr/bin/python3", "-m", "wellness_app", "--minimized"]
    assert plist["RunAtLoad"] is True


def test_windows_autostart_writes_a_startup_command(tmp_path: Path) -> None:
    auto = Autostart("win32", tmp_path, {"APPDATA": str(tmp_path / "Roaming")})
    path = auto.enable([r"C:\Py\pythonw.exe", "-m", "wellness_app"])
    assert path.parent.name == "Startup" and path.suffix == ".cmd"
    assert path.read_bytes() == (b'@echo off\r\nstart "" "C:\\Py\\pythonw.exe" "-m" '
                                 b'"wellness_app" --minimized\r\n')
