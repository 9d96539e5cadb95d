"""Bad input and bad files: one clear line on stderr, exit 2, nothing written, no traceback."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import run_entry_point
from wellness_app.storage import engine

LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` (except logs) with a hash of its content."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts
    }


def _one_clear_line(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("wellness-app: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize(("args", "fragment"), [
    (["log", "mood", "6"], "from 1 to 5, not 6"),
    (["log", "mood", "0"], "from 1 to 5, not 0"),
    (["log", "mood", "three"], "not 'three'"),
    (["log", "mood", "3", "--at", "last tuesday"], "'last tuesday' is not a date and time"),
    (["log", "mood", "3", "--at", "2026-02-30T10:00"], "is not a date and time"),
    (["log", "mood", "3", "--at", "2999-01-01T10:00"], "more than a day in the future"),
    (["log", "mood", "3", "--note", "x" * 10_001], "10,001 characters; the limit is 10,000"),
    (["log", "mood", "3", "--energy", "9"], "Energy must be a whole number from 1 to 5"),
    (["day", "2026-13-01", "--json"], "'2026-13-01' is not a date"),
])
def test_bad_input_changes_nothing(cli, args, fragment) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "4", "--tags", "walk", "--at", "2026-03-01T09:00").code == 0
    before = _fingerprint(cli.data_dir)
    result = cli(*args)
    assert result.code == 2
    assert result.out == ""
    _one_clear_line(result.err, fragment)
    assert _fingerprint(cli.data_dir) == before


def _moved_aside(cli) -> list:  # type: ignore[no-untyped-def]
    return sorted(cli.data_dir.glob("wellness.db.corrupt-*"))


def test_non_sqlite_file_is_moved_aside_never_overwritten(cli) -> None:  # type: ignore[no-untyped-def]
    cli.data_dir.mkdir()
    cli.db_path.write_text("my shopping list\n")
    result = cli("log", "mood", "3")
    assert result.code == 2
    _one_clear_line(result.err, "not a journal file", "moved aside", "nothing was deleted")
    [moved] = _moved_aside(cli)
    assert moved.read_text() == "my shopping list\n"
    assert not cli.db_path.exists()


def test_corrupt_sqlite_file_is_moved_aside_never_overwritten(cli) -> None:  # type: ignore[no-untyped-def]
    cli.data_dir.mkdir()
    garbage = b"SQLite format 3\x00" + os.urandom(2000)
    cli.db_path.write_bytes(garbage)
    result = cli("day", "2026-03-01")
    assert result.code == 2
    _one_clear_line(result.err, "could not be used", "moved aside")
    [moved] = _moved_aside(cli)
    assert moved.read_bytes() == garbage


def test_directory_in_place_of_the_database(cli) -> None:  # type: ignore[no-untyped-def]
    cli.db_path.mkdir(parents=True)
    result = cli("log", "mood", "3")
    assert result.code == 2
    _one_clear_line(result.err, "is not a file")
    assert cli.db_path.is_dir() and not any(cli.db_path.iterdir())


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can write to read-only files")
def test_read_only_database(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "3", "--at", "2026-03-01T09:00").code == 0
    before = _fingerprint(cli.data_dir)
    cli.db_path.chmod(0o400)
    try:
        result = cli("log", "mood", "4")
    finally:
        cli.db_path.chmod(0o600)
    assert result.code == 2
    _one_clear_line(result.err, "read-only")
    assert _fingerprint(cli.data_dir) == before


def test_locked_database_gives_a_clear_message(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "3", "--at", "2026-03-01T09:00").code == 0
    # wait 0.2 s for the lock instead of the real 5 s, to keep the test fast
    monkeypatch.setattr(engine, "PRAGMAS", tuple(
        "PRAGMA busy_timeout=200" if "busy_timeout" in p else p for p in engine.PRAGMAS))
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    # Another process holds the lock (POSIX locks never conflict within one process).
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(cli.db_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = cli("log", "mood", "4", "--tags", "friends")
    finally:
        holder.communicate("", timeout=10)
    assert result.code == 2
    _one_clear_line(result.err, "is locked by another program", "Nothing was saved")
    day = cli("day", "2026-03-01", "--json")
    assert '"entries": 1' in day.out


def test_bad_input_through_the_real_entry_point(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_entry_point("log", "mood", "11", data_dir=tmp_path / "d")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "wellness-app: error: Mood must be a whole number from 1 to 5, not 11")
    assert result.stdout == ""


def test_read_only_database_as_seen_by_any_user(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The same check as above, runnable as root: the file reports itself not writable."""
    assert cli("log", "mood", "3", "--at", "2026-03-01T09:00").code == 0
    before = _fingerprint(cli.data_dir)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (
        False if Path(path) == cli.db_path and mode == os.W_OK else real_access(path, mode)))
    result = cli("log", "mood", "4")
    assert result.code == 2
    _one_clear_line(result.err, "is read-only")
    assert _fingerprint(cli.data_dir) == before


@pytest.mark.parametrize("args", [
    ["log", "mood", "9"], ["log", "mood", "3", "--at", "2999-01-01T00:00"],
    ["log", "mood", "3", "--note", "x" * 10_001], ["day", "1 March"],
])
def test_bad_input_on_a_fresh_dir_creates_no_journal(cli, args) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.code == 2
    assert not cli.db_path.exists()
