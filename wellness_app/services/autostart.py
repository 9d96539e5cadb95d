"""Start at login: the file each OS reads at login (a .desktop file on Linux, a LaunchAgent
plist on macOS, a Startup-folder .cmd on Windows). Written by hand because each is a tiny,
well-specified text file; no library covers all three without native dependencies."""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_ID = "org.wellness_app.journal"
DESKTOP_NAME = "wellness-app.desktop"


@dataclass(frozen=True)
class Autostart:
    """Where and what to write for `platform` (sys.platform value)."""

    platform: str
    home: Path
    environ: Mapping[str, str]

    @classmethod
    def for_this_machine(cls) -> Autostart:
        return cls(sys.platform, Path.home(), os.environ)

    @property
    def path(self) -> Path:
        if self.platform.startswith("win"):
            appdata = Path(self.environ.get("APPDATA") or self.home / "AppData" / "Roaming")
            return (appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
                    / "Wellness Journal.cmd")
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        config = Path(self.environ.get("XDG_CONFIG_HOME") or self.home / ".config")
        return config / "autostart" / DESKTOP_NAME

    def content(self, command: list[str]) -> bytes:
        if self.platform.startswith("win"):
            quoted = " ".join(f'"{part}"' for part in command)
            return f'@echo off\r\nstart "" {quoted} --minimized\r\n'.encode()
        if self.platform == "darwin":
            return plistlib.dumps({
                "Label": APP_ID,
                "ProgramArguments": [*command, "--minimized"],
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            })
        exec_line = shlex.join([*command, "--minimized"])
        return (
            "[Desktop Entry]\nType=Application\nName=Wellness Journal\n"
            "Comment=Private, offline wellness journal\n"
            f"Exec={exec_line}\nIcon=wellness-app\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        ).encode()

    def enable(self, command: list[str]) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_bytes(self.content(command))
        os.replace(tmp, self.path)
        return self.path

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.exists()


def launch_command() -> list[str]:
    """How to start this app again: the frozen executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if sys.platform.startswith("win") and python.with_name("pythonw.exe").exists():
        python = python.with_name("pythonw.exe")
    return [str(python), "-m", "wellness_app"]
