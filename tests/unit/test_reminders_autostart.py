import plistlib
import shutil
import subprocess
from datetime import datetime, time
from pathlib import Path

import pytest

from wellness_app import APP_ID
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
    legacy = tmp_path / "cfg" / "autostart" / "wellness-app.desktop"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[Desktop Entry]\n")  # written by an older version
    path = auto.enable(["/opt/wellness app/bin/wellness-app"])
    assert path == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"
    text = path.read_text()
    # the desktop-entry spec quotes with double quotes (single quotes are invalid there)
    assert 'Exec="/opt/wellness app/bin/wellness-app" --minimized' in text
    assert text.startswith("[Desktop Entry]") and auto.is_enabled() and not legacy.exists()
    auto.disable()
    assert not path.exists() and not auto.is_enabled()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
@pytest.mark.parametrize("command", [
    ["/opt/wellness app/bin/wellness-app"],
    ["/home/Ana María/.venv/bin/python", "-m", "wellness_app"],
    ["/tmp/it's \"quoted\" $HOME `x` 100%/wellness-app"],
    ["C:\\odd\\path;(1)&<2>|~#*?/wellness-app"],
])
def test_autostart_file_validates_for_paths_with_spaces_and_symbols(
        tmp_path: Path, command: list[str]) -> None:
    path = Autostart("linux", tmp_path, {"XDG_CONFIG_HOME": str(tmp_path)}).enable(command)
    check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0 and check.stdout == "", check.stdout
    assert unquote_exec(path.read_text()) == [*command, "--minimized"]


def unquote_exec(text: str) -> list[str]:
    """Read an Exec= line back the way the desktop-entry spec says a launcher does."""
    value = next(line[5:] for line in text.splitlines() if line.startswith("Exec="))
    value = value.replace("\\\\", "\x00").replace("\\", "").replace("\x00", "\\")
    args, current, quoted, escape, started = [], "", False, False, False
    for char in value:
        if escape:
            current, escape = current + char, False
        elif quoted and char == "\\":
            escape = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if current or started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def test_macos_autostart_writes_a_launch_agent(tmp_path: Path) -> None:
    auto = Autostart("darwin", tmp_path, {})
    path = auto.enable(["/usr/bin/python3", "-m", "wellness_app"])
    plist = plistlib.loads(path.read_bytes())
    assert path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert plist["Label"] == APP_ID
    assert plist["ProgramArguments"] == ["/usr/bin/python3", "-m", "wellness_app", "--minimized"]
    assert plist["RunAtLoad"] is True


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def value(self, name: str) -> str | None:
        return self.values.get(name)

    def set_value(self, name: str, command: str) -> None:
        self.values[name] = command

    def remove(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_autostart_uses_the_run_key_and_drops_the_old_startup_cmd(
        tmp_path: Path) -> None:
    key = FakeRunKey()
    auto = Autostart("win32", tmp_path, {"APPDATA": str(tmp_path / "Roaming")}, key)
    old_cmd = auto.path
    old_cmd.parent.mkdir(parents=True)
    old_cmd.write_bytes(b"@echo off\r\n")  # flashed a console at every login
    auto.enable([r"C:\Program Files\Wellness Journal\wellness-app-gui.exe"])
    assert key.values == {APP_ID: r'"C:\Program Files\Wellness Journal\wellness-app-gui.exe"'
                                  " --minimized"}
    assert auto.is_enabled() and not old_cmd.exists()
    auto.disable()
    assert key.values == {} and not auto.is_enabled()
