"""Bad input, fuzzed: random command lines only ever exit 0 or 2 (with one clear line), and
random, truncated or bit-flipped files opened as the journal never crash the app and are
never overwritten (refused untouched, or moved aside intact)."""

from __future__ import annotations

import io
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellness_app import cli
from wellness_app.cli.parser import build_parser
from wellness_app.domain.errors import UserError
from wellness_app.services import open_database
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import CorruptJournalError, open_checked

TOKENS = ["log", "mood", "day", "backup", "backups", "restore", "backup-folder", "encrypt",
          "decrypt", "passphrase", "delete-all-data", "import", "export", "--json", "--note",
          "--tags", "--at", "--energy", "--confirm", "DELETE", "--clear", "-h", "--help",
          "--version", "--data-dir", "3", "0", "6", "-1", "2026-13-45", "2026-11-24",
          "2026-11-24T10:00+01:00", "", " ", "--", "-", "é", "\x00", "nan", "1e309"]
ARGV = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=7)
CASES = {"parser": 0, "main": 0, "files": 0}
PARSER = build_parser()  # parsing does not change the parser: one for every example


def _exit_code(run) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    err = io.StringIO()
    try:
        with redirect_stderr(err), redirect_stdout(io.StringIO()):
            code = run()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return int(code or 0), err.getvalue()


@settings(max_examples=400, deadline=None)
@given(ARGV)
def test_random_argv_parses_or_exits_cleanly(argv: list[str]) -> None:
    CASES["parser"] += 1
    code, err = _exit_code(lambda: PARSER.parse_args(argv) and 0)
    assert code in (0, 2)
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("wellness-app"), err


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=ARGV.filter(lambda a: "demo" not in a))
def test_random_argv_through_main_exits_0_or_2_with_one_line(
        argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    CASES["main"] += 1
    monkeypatch.setattr(cli, "_start_gui", lambda args, ctx: 0)  # no command: the GUI
    argv = [a for a in argv if a != "--data-dir"]
    code, err = _exit_code(lambda: cli.main(["--data-dir", str(tmp_path / "d"), *argv]))
    assert code in (0, 2), err
    if code == 2:
        assert err.count("\n") == 1, err


@pytest.fixture(scope="module")
def journal_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("seed") / "wellness.db"
    db = open_database(path)
    for level in range(1, 6):
        MoodService(db).log(level, note="seed " * 30)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


FILES = st.one_of(
    st.binary(max_size=6000),
    st.tuples(st.just("truncate"), st.integers(0, 200_000)),
    st.tuples(st.just("flip"), st.integers(0, 200_000), st.integers(1, 255)),
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=FILES)
def test_random_or_damaged_files_never_crash_and_are_never_overwritten(
        spec: object, journal_bytes: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    CASES["files"] += 1
    if isinstance(spec, bytes):
        content = spec
    elif spec[0] == "truncate":  # type: ignore[index]
        content = journal_bytes[: spec[1] % (len(journal_bytes) + 1)]  # type: ignore[index]
    else:
        data = bytearray(journal_bytes)
        data[spec[1] % len(data)] ^= spec[2]  # type: ignore[index]
        content = bytes(data)
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "wellness.db"
    path.write_bytes(content)
    try:
        db = open_checked(path)
    except CorruptJournalError as exc:
        assert exc.moved_to.read_bytes() == content  # moved aside intact
        assert not path.exists()
        return
    except UserError:
        assert path.read_bytes() == content  # refused, untouched
        return
    try:  # it opened: it must be a usable journal
        MoodService(db).count()
    finally:
        db.close()
    if content[:16] == b"SQLite format 3\x00" and len(content) >= 512:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_report_fuzz_case_counts() -> None:
    print(f"\nfuzz cases: {CASES}")
    assert sum(CASES.values()) == 0 or CASES["parser"] > 0
