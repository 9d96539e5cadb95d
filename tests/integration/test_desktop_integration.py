"""`wellness-app desktop-integration install|remove --user`, as a pip/pipx user runs it:
every file lands in the XDG data folder, validates with the freedesktop tools, and goes."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.integration.conftest import Cli
from wellness_app import APP_ID
from wellness_app.services import desktop_integration
from wellness_app.services.desktop_integration import DesktopIntegration, data_home

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_VALIDATE = shutil.which("desktop-file-validate")
APPSTREAM = shutil.which("appstreamcli")


def _data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])  # a temp folder (tests/conftest.py)


def test_install_puts_entry_icons_and_metainfo_in_xdg_data_home(cli: Cli) -> None:
    result = cli("desktop-integration", "install", "--user")
    assert result.code == 0, result.err
    share = _data_home()
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert entry.exists() and str(entry) in result.out
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").exists()
    for size in (16, 32, 48, 128, 256, 512):
        png = share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert png.read_bytes().startswith(b"\x89PNG"), size
    text = entry.read_text()
    assert f"Icon={APP_ID}" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert "wellness" in exec_line  # the script next to this Python, or python -m


def test_remove_takes_every_file_away_again(cli: Cli) -> None:
    assert cli("desktop-integration", "install", "--user").code == 0
    result = cli("desktop-integration", "remove", "--user")
    assert result.code == 0 and "Removed" in result.out
    left = [p for p in _data_home().rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []
    again = cli("desktop-integration", "remove", "--user")
    assert again.code == 0 and "Nothing to remove" in again.out


def test_without_user_it_targets_the_system_folder() -> None:
    assert data_home(False) == Path("/usr/local/share")
    assert data_home(True, {"XDG_DATA_HOME": "relative"}, Path("/h")) == Path(
        "/h/.local/share")


def test_a_refused_write_is_one_message_and_leaves_nothing(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src: object, dst: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise PermissionError(13, "Permission denied", str(dst))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(desktop_integration.os, "replace", replace)
    result = cli("desktop-integration", "install", "--user")
    assert result.code == 2
    assert result.err.count("\n") == 1 and "permission denied" in result.err
    assert [p for p in _data_home().rglob("*") if p.is_file()] == []


@pytest.mark.skipif(DESKTOP_VALIDATE is None, reason="desktop-file-utils not installed")
@pytest.mark.parametrize("folder", ["plain", "with space", "quote\"dollar$back\\slash"])
def test_installed_entry_validates_even_from_odd_folders(tmp_path: Path, folder: str) -> None:
    script = tmp_path / folder / "bin" / "wellness-app-gui"
    written = DesktopIntegration(tmp_path / "share").install([str(script)])
    [entry] = [p for p in written if p.suffix == ".desktop"]
    check = subprocess.run([DESKTOP_VALIDATE, str(entry)], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0 and check.stdout == "", check.stdout


@pytest.mark.skipif(DESKTOP_VALIDATE is None, reason="desktop-file-utils not installed")
def test_shipped_entry_validates() -> None:
    check = subprocess.run([DESKTOP_VALIDATE, str(ROOT / "resources" / f"{APP_ID}.desktop")],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0 and check.stdout == "", check.stdout


@pytest.mark.skipif(APPSTREAM is None, reason="appstream not installed")
def test_metainfo_validates_and_names_the_launcher() -> None:
    metainfo = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
    check = subprocess.run([APPSTREAM, "validate", "--no-net", str(metainfo)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "E:" not in check.stdout and "W:" not in check.stdout, check.stdout
    text = metainfo.read_text()
    assert f"<id>{APP_ID}</id>" in text and f">{APP_ID}.desktop</launchable>" in text
