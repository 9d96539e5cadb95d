"""The Linux launcher entry is valid and points at what the package installs."""

import configparser
import tomllib
from pathlib import Path

from wellness_app import APP_ID

ROOT = Path(__file__).resolve().parents[2]


def test_desktop_entry_has_the_required_keys_and_a_real_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    installed = {**scripts["scripts"], **scripts["gui-scripts"]}
    assert section["Exec"].split()[0] in installed
    # the icon theme name: desktop-integration installs resources/icons/app.svg under it
    assert section["Icon"] == APP_ID
    assert (ROOT / "resources" / "icons" / "app.svg").read_text().lstrip().startswith("<")
