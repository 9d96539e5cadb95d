"""The first-paint read of Today: same data as the services, no SQLAlchemy, never a write,
and None (so the journal opens the usual way) whenever the file is not plainly readable."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from wellness_app.domain.moods import MoodEntry
from wellness_app.domain.timestamps import Moment
from wellness_app.services import Database
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import encrypt
from wellness_app.services.tags import TagService
from wellness_app.services.today_snapshot import today_snapshot
from wellness_app.storage.repositories import mood_entries


def _fill(db: Database) -> MoodService:
    TagService(db).seed_defaults()
    moods = MoodService(db)
    nine = datetime.combine(date.today(), time(9, 0))
    moods.log(2, tags=["tea", "Walk", "lonely"], note="first",
              moment=Moment.from_local_naive(nine))
    moods.log(4, note="second", energy=3, sleep_hours=7.5,
              moment=Moment.from_local_naive(nine - timedelta(hours=1)))
    moods.log(5, note="yesterday", moment=Moment.from_local_naive(nine - timedelta(days=1)))
    moods.rename_label(1, "rock bottom")
    return moods


def test_snapshot_matches_what_the_services_read(db: Database) -> None:
    moods = _fill(db)
    snapshot = today_snapshot(db.path)
    assert snapshot is not None
    assert snapshot.entries == moods.for_day(date.today())
    assert [e.note for e in snapshot.entries] == ["second", "first"]  # oldest first
    assert snapshot.tags == TagService(db).all()
    assert snapshot.labels == moods.labels() and snapshot.labels[1] == "rock bottom"


def test_snapshot_keeps_what_an_import_stored(db: Database) -> None:
    """An imported check-in shows the other app's mood name ("Medium [-]") at first paint
    too: both readers map mood rows in one place."""
    with db.transaction() as session:
        mood_entries.add(session, MoodEntry(
            Moment.from_local_naive(datetime.combine(date.today(), time(7, 5))), 3,
            tags=("Work", "reading"), source="daylio", mood_label="Medium [-]"))
    snapshot = today_snapshot(db.path)
    assert snapshot is not None
    assert snapshot.entries == MoodService(db).for_day(date.today())
    assert [(e.mood_label, e.tags) for e in snapshot.entries] == [
        ("Medium [-]", ("reading", "Work"))]


def test_snapshot_never_writes(db: Database) -> None:
    _fill(db)
    db.close()
    before = db.path.read_bytes()
    assert today_snapshot(db.path) is not None
    assert db.path.read_bytes() == before


def test_no_snapshot_for_missing_foreign_or_encrypted_files(data_dir: Path, db: Database) -> None:
    assert today_snapshot(data_dir / "nothing-here.db") is None
    foreign = data_dir / "notes.txt"
    foreign.write_text("not a journal")
    assert today_snapshot(foreign) is None
    _fill(db)
    db.close()
    encrypt(db.path, "correct horse")
    assert today_snapshot(db.path) is None


def test_no_snapshot_when_the_schema_needs_migrating(db: Database) -> None:
    _fill(db)
    db.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    conn.close()
    assert today_snapshot(db.path) is None


def test_no_snapshot_from_a_sqlite_file_that_is_not_a_journal(data_dir: Path) -> None:
    other = data_dir / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert today_snapshot(other) is None


def test_snapshot_imports_no_sqlalchemy(db: Database) -> None:
    _fill(db)
    code = ("import sys; from pathlib import Path; "
            "from wellness_app.services.today_snapshot import today_snapshot; "
            f"s = today_snapshot(Path({str(db.path)!r})); "
            "print(len(s.entries), 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.split() == ["2", "False"]
