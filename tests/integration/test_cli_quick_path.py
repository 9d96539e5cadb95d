"""The CLI's quick path (`services.quick`, `storage.lean`): `log mood`, `day` and
`status` without SQLAlchemy give what the full path gives, and fall back to it whenever
the journal is not in its ordinary state — never writing to a file it did not verify."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from wellness_app.cli.context import CliContext
from wellness_app.domain.moods import MoodEntry
from wellness_app.domain.timestamps import parse_moment
from wellness_app.domain.vocabulary import TREATMENT_KINDS
from wellness_app.services import open_database
from wellness_app.services.assessments import AssessmentService
from wellness_app.services.backup_restore import BackupService
from wellness_app.services.day_summary import DaySummaryService
from wellness_app.services.demo_data import DemoDataService
from wellness_app.services.escalation import EscalationService
from wellness_app.services.moods import MoodService
from wellness_app.services.movement import MovementService
from wellness_app.services.quick import day_summary, log_mood, open_quick, today_status
from wellness_app.services.support_line import SupportLineService
from wellness_app.services.today_status import today_status as full_status
from wellness_app.services.treatments import TreatmentService

LOCK_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def _journal(folder: Path, years: float = 0.3) -> Path:
    """A journal with demo data (check-ins, light, activity, self-care, questionnaires),
    treatments, a manual step count, a "Not now", the PHQ-9 reminder on, and today's
    automatic backup, as after any earlier CLI command."""
    path = folder / "wellness.db"
    db = open_database(path)
    try:
        DemoDataService(db).fill(years=years, seed=3)
        today = date.today()
        for days_ago, kind in ((3, TREATMENT_KINDS[0]), (3, TREATMENT_KINDS[-1]),
                               (30, TREATMENT_KINDS[0])):
            TreatmentService(db).log(kind, mood_before=2, mood_after=4, moment=parse_moment(
                (today - timedelta(days=days_ago)).isoformat() + "T10:30"))
        MovementService(db).set_steps(today - timedelta(days=6), 4321)
        EscalationService(db).not_now(today - timedelta(days=3))
        AssessmentService(db).set_reminder_enabled(True)
        BackupService(db).daily_if_due()
    finally:
        db.close()
    return path


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """What a check-in writes, without the stamps of when it was written."""
    from sqlcipher3 import dbapi2  # the app's driver: its SQLite has FTS5 trigrams

    conn = dbapi2.connect(str(path))
    try:
        return {
            "entries": conn.execute(
                "SELECT id, mood, energy, anxiety, sleep_hours, note_title, note, at_utc, "
                "utc_offset_min, local_date, source, import_key, mood_label FROM mood_entries "
                "ORDER BY id").fetchall(),
            "tags": conn.execute("SELECT * FROM tags ORDER BY id").fetchall(),
            "links": conn.execute("SELECT * FROM mood_entry_tags ORDER BY 1, 2").fetchall(),
            "preferences": conn.execute("SELECT * FROM preferences ORDER BY key").fetchall(),
            "search": conn.execute("SELECT rowid FROM mood_entries_fts WHERE "
                                   "mood_entries_fts MATCH '\"quiet walk\"'").fetchall(),
        }
    finally:
        conn.close()


def test_day_and_status_give_what_the_full_path_gives(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    db = open_database(path)
    journal = open_quick(path, None, write=False)
    assert journal is not None
    try:
        today = date.today()
        days = [today - timedelta(days=n) for n in range(0, 120)]
        full = [DaySummaryService(db).summary(day).to_json_dict() for day in days]
        quick = [day_summary(journal, day).to_json_dict() for day in days]
        assert quick == full
        assert any(s["treatments"] for s in full) and any(s["phq9_total"] for s in full)
        assert any(s["selfcare"] for s in full) and any(s["lux_hours"] for s in full)
        assert any(s["steps"] == 4321 for s in full) and any(s["mindful_minutes"] for s in full)
        for day in days[:40:3]:
            assert today_status(journal, day) == full_status(db, day)
    finally:
        journal.close()
        db.close()


@pytest.mark.parametrize(("mood", "note", "tags"), [
    (4, "a quiet walk", ("Walk", "brand new", "brand NEW")),
    (1, "", ()),  # the support line: shown, and recorded for today
])
def test_log_mood_writes_the_same_rows_as_the_full_path(tmp_path: Path, mood: int, note: str,
                                                        tags: tuple[str, ...]) -> None:
    first, second = tmp_path / "full", tmp_path / "quick"
    first.mkdir()
    _journal(first)
    shutil.copytree(first, second, dirs_exist_ok=True)
    entry = MoodEntry(moment=parse_moment("2026-11-30T21:15"), mood=mood, note=note, tags=tags,
                      energy=3, sleep_hours=6.5)
    db = open_database(first / "wellness.db")
    try:
        full = MoodService(db).add(entry)
        full_out = (full, MoodService(db).labels()[full.mood],
                    SupportLineService(db).after_checkin(full))
    finally:
        db.close()
    journal = open_quick(second / "wellness.db", None, write=True)
    assert journal is not None
    try:
        quick_out = log_mood(journal, entry)
    finally:
        journal.close()
    assert quick_out == full_out
    assert _rows(second / "wellness.db") == _rows(first / "wellness.db")


def test_the_command_line_takes_the_quick_path_without_sqlalchemy(tmp_path: Path) -> None:
    _journal(tmp_path)
    code = ("import sys; from wellness_app.cli import main; "
            f"code = main(['--data-dir', {str(tmp_path)!r}, *sys.argv[1:]]); "
            "print('sqlalchemy' in sys.modules); sys.exit(code)")
    for argv in (["log", "mood", "3"], ["day", "today", "--json"], ["status"]):
        result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True,
                                text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == "False", argv


def _refused(path: Path, key: str | None = None) -> None:
    """Neither a read nor a write opens it quickly, and the folder is left as it was."""
    before = _fingerprint(path.parent)
    for write in (True, False):
        journal = open_quick(path, key, write=write)
        assert journal is None
    assert _fingerprint(path.parent) == before


def test_a_journal_needing_a_migration_takes_the_full_path(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = _journal(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003_mood_label'")
    conn.close()
    _refused(path)


def test_an_encrypted_journal_without_its_passphrase_takes_the_full_path(tmp_path: Path) -> None:
    from wellness_app.services.privacy import encrypt, unlock_key

    path = _journal(tmp_path)
    encrypt(path, "pass-phrase-long", tmp_path / "backups")
    BackupService(open_database(path, "pass-phrase-long")).daily_if_due()
    _refused(path, None)
    journal = open_quick(path, unlock_key(path, "pass-phrase-long"), write=False)
    assert journal is not None  # with its key, encrypted journals take the quick path too
    journal.close()


def test_a_locked_journal_takes_the_full_path_at_once(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert open_quick(path, None, write=True) is None
    finally:
        holder.communicate("", timeout=10)


def test_damage_leftovers_and_a_due_backup_take_the_full_path(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    for backup in (tmp_path / "backups").iterdir():
        backup.unlink()
    _refused(path)  # the day's backup is the full path's to take
    path = _journal(tmp_path / "second")
    (path.parent / "wellness.db.restoring").write_bytes(b"")
    _refused(path)
    path.with_name("wellness.db.restoring").unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    _refused(path)  # not in WAL mode: the quick path never changes it


def test_cli_context_uses_one_connection(tmp_path: Path) -> None:
    import io

    from wellness_app.paths import resolve_paths

    _journal(tmp_path)
    ctx = CliContext(resolve_paths(tmp_path), io.StringIO(), io.StringIO())
    try:
        assert ctx.quick(write=False) is not None
        ctx.db()  # the full path closes the quick connection first
        assert ctx.quick(write=False) is None
    finally:
        ctx.close()


@pytest.mark.parametrize("argv", [
    ["log", "mood", "3"],
    ["--data-dir", "x", "log", "mood", "2", "--note", "day", "--tags", "a,b", "--at",
     "2026-03-01T09:00", "--energy", "4", "--anxiety", "2", "--sleep", "7"],
    ["day", "today", "--json"], ["day", "--json", "2026-03-01"], ["status"],
    ["status", "--json"], ["--verbose", "status"],
])
def test_the_quick_parse_gives_the_full_parsers_arguments(argv: list[str]) -> None:
    from wellness_app.cli.parser import build_parser, quick_parse

    assert quick_parse(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [
    ["log", "mod", "3"], ["log", "mood"], ["day"], ["status", "--jsn"], ["log", "mood", "-h"],
    ["--help"], ["import", "json", "x.json"], ["log", "light", "20"], [],
])
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    from wellness_app.cli.parser import quick_parse

    assert quick_parse(argv) is None
