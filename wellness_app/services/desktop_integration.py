"""Linux menu entry for pip and pipx installs: the launcher `.desktop` file, the hicolor
icons (SVG and PNG sizes) and the AppStream metainfo, copied into the XDG data folders
(`~/.local/share` with --user, else `/usr/local/share`) and removed again.

All or nothing: if one file cannot be written (permission denied, disk full) the files
written so far are removed again and the error is raised for one clear message."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from wellness_app import APP_ID
from wellness_app.resources import resource_path
from wellness_app.services.autostart import launch_command
from wellness_app.services.desktop_entry import launcher_entry

log = logging.getLogger(__name__)
SYSTEM_DATA_DIR = Path("/usr/local/share")
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"


def data_home(user: bool, environ: Mapping[str, str] = os.environ,
              home: Path | None = None) -> Path:
    """Where the files go: $XDG_DATA_HOME (or ~/.local/share) for --user, else the
    system-wide /usr/local/share."""
    if not user:
        return SYSTEM_DATA_DIR
    configured = environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return (home or Path.home()) / ".local" / "share"


def gui_command() -> list[str]:
    """The command a menu entry runs: the installed `wellness-app-gui` next to this Python
    (a venv or pipx install, often not on PATH), else how this process was started."""
    script = Path(sys.executable).with_name("wellness-app-gui")
    if not getattr(sys, "frozen", False) and script.exists():
        return [str(script)]
    return launch_command()


@dataclass(frozen=True)
class DesktopIntegration:
    root: Path  # an XDG data folder, e.g. ~/.local/share

    def planned(self, command: Sequence[str]) -> dict[Path, bytes]:
        """Every file to write, with its content."""
        template = resource_path(DESKTOP_FILE).read_text(encoding="utf-8")
        files = {
            self.root / "applications" / DESKTOP_FILE:
                launcher_entry(template, command).encode(),
            self.root / "metainfo" / METAINFO_FILE: resource_path(METAINFO_FILE).read_bytes(),
            self.root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
                resource_path("icons", "app.svg").read_bytes(),
        }
        for png in sorted(resource_path("icons", "hicolor").glob("*/apps/*.png")):
            size = png.parent.parent.name
            files[self.root / "icons" / "hicolor" / size / "apps" / png.name] = png.read_bytes()
        return files

    def installed(self) -> list[Path]:
        return [path for path in self.planned(["wellness-app-gui"]) if path.exists()]

    def install(self, command: Sequence[str]) -> list[Path]:
        written: list[Path] = []
        try:
            for path, content in self.planned(command).items():
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.name}.tmp")
                try:
                    tmp.write_bytes(content)
                    os.chmod(tmp, 0o644)  # menus and icon caches are read by other users
                    os.replace(tmp, path)
                finally:
                    tmp.unlink(missing_ok=True)
                written.append(path)
        except OSError:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        self._refresh_caches()
        return written

    def remove(self) -> list[Path]:
        removed = []
        for path in self.installed():
            path.unlink()
            removed.append(path)
        if removed:
            self._refresh_caches()
        return removed

    def _refresh_caches(self) -> None:
        """Tell the menu and icon caches (best effort: desktops also notice by themselves)."""
        for tool, target in (("update-desktop-database", self.root / "applications"),
                             ("gtk-update-icon-cache", self.root / "icons" / "hicolor")):
            program = shutil.which(tool)
            if program is None or not target.is_dir():
                continue
            args = [program, "-q", str(target)]
            if tool == "gtk-update-icon-cache":
                args[2:2] = ["-f", "-t"]
            try:
                subprocess.run(args, check=False, capture_output=True, timeout=30)
            except (OSError, subprocess.SubprocessError) as exc:
                log.info("%s did not run: %s", tool, exc)
