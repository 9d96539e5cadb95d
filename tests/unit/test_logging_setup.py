import logging
import subprocess
import sys
from pathlib import Path

import pytest

from wellness_app import logging_setup
from wellness_app.logging_setup import (
    CRASH_FILENAME,
    LOG_FILENAME,
    MAX_BYTES,
    rotate,
    setup_logging,
)


def test_a_big_log_is_rotated_keeping_three_old_files(tmp_path: Path) -> None:
    log = tmp_path / "wellness_app.log"
    for number, text in ((1, "one"), (2, "two"), (3, "three")):
        (tmp_path / f"wellness_app.log.{number}").write_text(text)
    log.write_text("x" * 50)
    assert rotate(log, max_bytes=10, backups=3)
    assert not log.exists()
    assert (tmp_path / "wellness_app.log.1").read_text() == "x" * 50
    assert (tmp_path / "wellness_app.log.2").read_text() == "one"
    assert (tmp_path / "wellness_app.log.3").read_text() == "two"  # "three" was the oldest
    assert not (tmp_path / "wellness_app.log.4").exists()


def test_a_small_or_missing_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "wellness_app.log"
    assert not rotate(log, max_bytes=10)
    log.write_text("short")
    assert not rotate(log, max_bytes=10) and log.read_text() == "short"


def test_a_log_held_open_elsewhere_is_kept_and_appended_to(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to rename a file another process holds open (the running app's log
    while a CLI command starts): the command must run on, appending to the same log."""
    log = tmp_path / LOG_FILENAME
    log.write_text("x" * (MAX_BYTES + 1))
    (tmp_path / f"{LOG_FILENAME}.1").write_text("older")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(32, "The process cannot access the file", str(src))

    monkeypatch.setattr(logging_setup.os, "replace", refuse)
    path = setup_logging(tmp_path)
    logging.getLogger("wellness_app.test").info("still logging")
    assert path == log and log.read_text().endswith("still logging\n")
    assert (tmp_path / f"{LOG_FILENAME}.1").read_text() == "older"


def test_a_native_crash_leaves_its_trace_in_the_log_folder(tmp_path: Path) -> None:
    code = ("import faulthandler, sys\n"
            "from wellness_app.logging_setup import setup_logging\n"
            "setup_logging(__import__('pathlib').Path(sys.argv[1]))\n"
            "faulthandler._sigsegv()\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode != 0
    trace = (tmp_path / CRASH_FILENAME).read_text()
    assert "Segmentation fault" in trace or "Fatal Python error" in trace
