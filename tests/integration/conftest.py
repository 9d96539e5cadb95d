"""Drive the CLI like a user: in-process `main([...])` (fast) or the real entry point."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from wellness_app.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self._capsys = capsys

    @property
    def db_path(self) -> Path:
        return self.data_dir / "wellness.db"

    def __call__(self, *args: str, data_dir: Path | None = None) -> Result:
        self._capsys.readouterr()
        code = main(["--data-dir", str(data_dir or self.data_dir), *args])
        captured = self._capsys.readouterr()
        return Result(code, captured.out, captured.err)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A fresh data dir (not created yet) and a way to run commands against it."""
    return Cli(tmp_path / "journal", capsys)


def run_entry_point(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wellness_app", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )


@pytest.fixture
def run_cli(tmp_path: Path, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    """`run_cli(*argv, passphrase=…, new=…)` → (exit code, stdout, stderr), in-process,
    with the passphrase variables set or removed as given."""

    def _run(*argv: str, passphrase: str | None = None, new: str | None = None):  # type: ignore[no-untyped-def]
        for var, value in (("WELLNESS_APP_PASSPHRASE", passphrase),
                           ("WELLNESS_APP_NEW_PASSPHRASE", new)):
            if value is None:
                monkeypatch.delenv(var, raising=False)
            else:
                monkeypatch.setenv(var, value)
        code = main(["--data-dir", str(tmp_path / "data"), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run
