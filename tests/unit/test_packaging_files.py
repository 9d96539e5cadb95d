"""The installers' recipes agree with the app: one app id everywhere, a windowed GUI
executable with an icon and version resource, a macOS bundle, per-user Windows setup, a
Flatpak without network access. (Windows, macOS and Flatpak cannot be built here.)"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from wellness_app import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / ".ci" / "wellness-app.spec"


def calls(name: str) -> list[ast.Call]:
    tree = ast.parse(SPEC.read_text())
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]


def keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {kw.arg: kw.value for kw in call.keywords if kw.arg}


def test_spec_builds_a_windowed_gui_and_a_console_cli() -> None:
    exes = {ast.literal_eval(keywords(c)["name"]): keywords(c) for c in calls("EXE")}
    assert set(exes) == {"wellness-app", "wellness-app-gui"}
    gui, cli = exes["wellness-app-gui"], exes["wellness-app"]
    assert ast.literal_eval(gui["console"]) is False
    assert ast.literal_eval(cli["console"]) is True
    for exe in (gui, cli):  # the .ico / .icns and the Windows version resource
        assert isinstance(exe["icon"], ast.Name) and isinstance(exe["version"], ast.Name)
    [collect] = calls("COLLECT")
    assert isinstance(collect.args[0], ast.Name) and collect.args[0].id == "gui_exe"


def test_spec_makes_a_macos_bundle_with_the_app_id() -> None:
    [bundle] = calls("BUNDLE")
    args = keywords(bundle)
    assert ast.unparse(args["bundle_identifier"]) == "APP_ID"
    plist = ast.unparse(args["info_plist"])
    for key in ("LSUIElement", "NSHighResolutionCapable", "CFBundleShortVersionString"):
        assert key in plist
    text = SPEC.read_text()
    assert "icns_bytes()" in text and "ico_bytes()" in text


def test_inno_setup_installs_per_user_with_start_menu_and_uninstall() -> None:
    text = (ROOT / ".ci" / "windows" / "wellness-app.iss").read_text()
    assert f'#define AppId "{APP_ID}"' in text
    assert "PrivilegesRequired=lowest" in text
    assert 'Filename: "{app}\\wellness-app-gui.exe"; AppUserModelID: "{#AppId}"' in text
    assert "{uninstallexe}" in text


def test_flatpak_manifest_uses_the_pyside_base_app_and_no_network() -> None:
    text = (ROOT / ".ci" / "flatpak" / f"{APP_ID}.yml").read_text()
    assert f"id: {APP_ID}\n" in text and "base: io.qt.PySide.BaseApp" in text
    assert "--share=network" not in text
    assert f"{APP_ID}.metainfo.xml" in text and f"{APP_ID}.desktop" in text
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    command = next(line.split(": ", 1)[1] for line in text.splitlines()
                   if line.startswith("command: "))
    assert command in gui_scripts

