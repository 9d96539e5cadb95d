"""No network, proven: every CLI command runs with IP sockets forbidden (pytest-socket; Unix
sockets stay allowed), and the import-linter contract catches a planted `import socket`."""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError, disable_socket, enable_socket

from wellness_app.cli import main
from wellness_app.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today().isoformat()
# Sample arguments for commands that need some; any other command runs with none.
SAMPLES: dict[str, list[str]] = {
    "log mood": ["4", "--note", "walked", "--tags", "outside"],
    "day": [TODAY],
    "demo": ["--years", "0.02"],
    "backups": ["--json"],
    "backup-folder": ["{tmp}/synced"],
    "restore": ["{backup}"],
    "delete-all-data": ["--confirm", "DELETE"],
}
LAST = ("encrypt", "passphrase", "decrypt", "restore", "delete-all-data")


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
                  ) -> Iterator[tuple[str, ...]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix
        return
    for name, child in subs[0].choices.items():
        yield from leaf_commands(child, (*prefix, name))


@pytest.fixture
def no_ip_sockets() -> Iterator[None]:
    disable_socket(allow_unix_socket=True)
    yield
    enable_socket()


def test_the_guard_really_blocks_ip_sockets(no_ip_sockets: None) -> None:
    # (with filterwarnings=error its warning is raised first: any attempt fails the test)
    with pytest.raises((SocketBlockedError, UserWarning), match="socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()  # local channel still allowed


def test_every_cli_command_runs_without_ip_sockets(
        tmp_path: Path, no_ip_sockets: None, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    monkeypatch.setenv("WELLNESS_APP_NEW_PASSPHRASE", "pw-long-enough")
    assert main(["--data-dir", str(data), "log", "mood", "3"]) == 0
    assert main(["--data-dir", str(data), "backup"]) == 0
    backup = sorted((data / "backups").glob("manual-*.db"))[0]
    leaves = [" ".join(p) for p in leaf_commands(build_parser())]
    ordered = [c for c in leaves if c not in LAST] + [c for c in LAST if c in leaves]
    ran: dict[str, int] = {}
    for command in ordered:
        if command == "decrypt" or command == "restore":
            monkeypatch.setenv("WELLNESS_APP_PASSPHRASE", "pw-long-enough")
        args = [a.format(tmp=tmp_path, backup=backup) for a in SAMPLES.get(command, [])]
        try:
            ran[command] = main(["--data-dir", str(data), *command.split(), *args])
        except SystemExit as exc:  # usage error for a command we have no sample for
            ran[command] = int(exc.code or 0)
        except ModuleNotFoundError as exc:  # a feature merged later than this test's branch
            if not (exc.name or "").startswith("wellness_app"):
                raise
            ran[command] = -1
    capsys.readouterr()
    assert ran["log mood"] == 0 and ran["encrypt"] == 0 and ran["decrypt"] == 0
    assert ran["restore"] == 0 and ran["delete-all-data"] == 0
    assert {"backup", "backups", "backup-folder", "passphrase", "day"} <= set(ran)


def test_the_import_contract_catches_a_planted_network_import(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "wellness_app", tmp_path / "wellness_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    planted = tmp_path / "wellness_app" / "services" / "planted_sync.py"
    planted.write_text("import urllib.request\n")
    command = "import sys; from importlinter.cli import lint_imports_command; " \
        "sys.argv = ['lint-imports', '--no-cache']; lint_imports_command()"
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", command], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "No network modules anywhere in the app BROKEN" in result.stdout
    assert "wellness_app.services.planted_sync -> urllib" in result.stdout
