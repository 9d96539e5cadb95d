"""The Linux launcher entry is valid and points at what the package installs."""

import configparser
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_desktop_entry_has_the_required_keys_and_a_real_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "wellness-app.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    installed = {**scripts["scripts"], **scripts["gui-scripts"]}
    assert section["Exec"].split()[0] in installed
    # the icon theme name; the file to install as wellness-app.svg is resources/icons/app.svg
    assert section["Icon"] == "wellness-app"
    assert (ROOT / "resources" / "icons" / "app.svg").read_text().lstrip().startswith("<")
