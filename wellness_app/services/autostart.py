"""Start at login: a .desktop file in the XDG autostart folder on Linux, a LaunchAgent
plist on macOS, a value under the per-user `Run` registry key on Windows (written through
a `RunKey` the UI supplies: QSettings' native format, so no new dependency).

Older versions wrote `wellness-app.desktop` on Linux and a Startup-folder `.cmd` on
Windows (which flashed a console at every login); enabling or disabling removes those."""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from wellness_app import APP_ID
from wellness_app.services.desktop_entry import autostart_entry

DESKTOP_NAME = f"{APP_ID}.desktop"
LEGACY_DESKTOP_NAME = "wellness-app.desktop"
LEGACY_STARTUP_CMD = "Wellness Journal.cmd"
RUN_KEY_PATH = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


class RunKey(Protocol):
    """The per-user `Run` registry key (one string value per program)."""

    def value(self, name: str) -> str | None: ...
    def set_value(self, name: str, command: str) -> None: ...
    def remove(self, name: str) -> None: ...


@dataclass(frozen=True)
class Autostart:
    """Where and what to write for `platform` (sys.platform value)."""

    platform: str
    home: Path
    environ: Mapping[str, str]
    run_key: RunKey | None = None

    @classmethod
    def for_this_machine(cls, run_key: RunKey | None = None) -> Autostart:
        return cls(sys.platform, Path.home(), os.environ, run_key)

    @property
    def windows(self) -> bool:
        return self.platform.startswith("win")

    @property
    def path(self) -> Path:
        """The file read at login (on Windows: the old Startup-folder file, now removed)."""
        if self.windows:
            appdata = Path(self.environ.get("APPDATA") or self.home / "AppData" / "Roaming")
            return (appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
                    / LEGACY_STARTUP_CMD)
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        config = Path(self.environ.get("XDG_CONFIG_HOME") or self.home / ".config")
        return config / "autostart" / DESKTOP_NAME

    def content(self, command: list[str]) -> bytes:
        if self.windows:
            return self.windows_command(command).encode()
        if self.platform == "darwin":
            return plistlib.dumps({
                "Label": APP_ID,
                "ProgramArguments": [*command, "--minimized"],
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            })
        return autostart_entry(command).encode()

    @staticmethod
    def windows_command(command: list[str]) -> str:
        return subprocess.list2cmdline([*command, "--minimized"])

    def enable(self, command: list[str]) -> Path | str:
        """Start `command` at login; returns the file written (Windows: the value's path)."""
        self._remove_legacy()
        if self.windows:
            self._key().set_value(APP_ID, self.windows_command(command))
            return f"{RUN_KEY_PATH}\\{APP_ID}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(self.content(command))
        os.replace(tmp, self.path)
        return self.path

    def disable(self) -> None:
        self._remove_legacy()
        if self.windows:
            self._key().remove(APP_ID)
        else:
            self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        if self.windows:
            return self._key().value(APP_ID) is not None
        return self.path.exists()

    def _remove_legacy(self) -> None:
        if self.windows:
            self.path.unlink(missing_ok=True)
        elif self.platform != "darwin":
            self.path.with_name(LEGACY_DESKTOP_NAME).unlink(missing_ok=True)

    def _key(self) -> RunKey:
        if self.run_key is None:
            raise RuntimeError("Autostart on Windows needs the Run registry key")
        return self.run_key


def launch_command() -> list[str]:
    """How to start this app's window again: the frozen GUI executable, or this Python
    (pythonw.exe on Windows: no console window) with -m."""
    executable = Path(sys.executable)
    if getattr(sys, "frozen", False):
        gui = executable.with_name("wellness-app-gui" + executable.suffix)
        return [str(gui if gui.exists() else executable)]
    if sys.platform.startswith("win") and executable.with_name("pythonw.exe").exists():
        executable = executable.with_name("pythonw.exe")
    return [str(executable), "-m", "wellness_app"]
