"""Start-up integrity: damaged journals are moved aside (never overwritten), backups offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_app.services.backup_restore import BackupService
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import CorruptJournalError, open_checked


def test_a_healthy_journal_opens(data_dir: Path) -> None:
    db = open_checked(data_dir / "wellness.db")
    MoodService(db).log(3)
    db.close()
    db = open_checked(data_dir / "wellness.db")
    assert MoodService(db).count() == 1
    db.close()


def test_a_non_journal_file_is_moved_aside_not_overwritten(data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    path.write_bytes(b"my shopping list\n" * 100)
    with pytest.raises(CorruptJournalError, match="moved aside") as caught:
        open_checked(path)
    assert caught.value.moved_to.name.startswith("wellness.db.corrupt-")
    assert caught.value.moved_to.read_bytes() == b"my shopping list\n" * 100
    assert not path.exists()
    assert caught.value.newest_backup is None


def test_a_damaged_journal_offers_the_newest_good_backup(data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    db = open_checked(path)
    for level in (1, 2, 3):
        MoodService(db).log(level)
    good = BackupService(db).backup_now()[0]
    db.close()
    data = bytearray(path.read_bytes())
    damaged = bytes(data[:4096 * 3]) + b"\x00\x17" * 4096 + bytes(data[4096 * 5:])
    path.write_bytes(damaged)
    with pytest.raises(CorruptJournalError, match="wellness-app restore") as caught:
        open_checked(path)
    assert caught.value.newest_backup is not None
    assert caught.value.newest_backup.path == good
    assert caught.value.moved_to.read_bytes() == damaged


def test_a_header_naming_an_unknown_format_is_refused_and_left_alone(data_dir: Path) -> None:
    """SQLITE_ERROR "unsupported file format" is not a corruption code: nothing is moved."""
    from wellness_app.storage.integrity import UnknownFormatError

    path = data_dir / "wellness.db"
    open_checked(path).close()
    data = bytearray(path.read_bytes())
    data[44:48] = (9).to_bytes(4, "big")  # the schema format number: 1-4 exist
    path.write_bytes(bytes(data))
    with pytest.raises(UnknownFormatError, match="cannot read"):
        open_checked(path)
    assert path.read_bytes() == bytes(data)
    assert not list(data_dir.glob("wellness.db.corrupt-*"))


def test_an_index_that_no_longer_matches_its_table_counts_as_damage(data_dir: Path) -> None:
    """quick_check does not compare indexes with their tables; the start-up check does."""
    import sqlite3

    path = data_dir / "wellness.db"
    open_checked(path).close()
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE scratch(x); CREATE INDEX scratch_x ON scratch(x);")
    conn.executemany("INSERT INTO scratch VALUES (?)", [(n,) for n in range(20)])
    conn.commit()
    entry = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                         "WHERE name = 'scratch_x'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'scratch_x'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)  # the index is unknown now: this change skips it
    conn.execute("UPDATE scratch SET x = x + 1000")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)  # the schema as written
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()
    content = path.read_bytes()
    with pytest.raises(CorruptJournalError) as caught:
        open_checked(path)
    assert caught.value.moved_to.read_bytes() == content


def test_damage_after_the_early_check_is_still_found(data_dir: Path) -> None:
    """The GUI checks a plain journal ahead (boot, beside the first paint); a file that
    changed since is checked again, so its damage is not hidden by the early "ok"."""
    from wellness_app.services.privacy import check_ahead

    path = data_dir / "wellness.db"
    db = open_checked(path)
    for level in (1, 2, 3):
        MoodService(db).log(level)
    db.close()
    check_ahead(path)
    from wellness_app.storage import integrity

    integrity._ahead[path].thread.join()  # it found "ok" before the damage
    assert integrity._ahead[path].outcome == ("ok", None)
    data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data[:4096 * 3]) + b"\x00\x17" * 4096 + bytes(data[4096 * 5:]))
    with pytest.raises(CorruptJournalError, match="moved aside"):
        open_checked(path)


def test_damage_found_by_the_early_check_moves_the_journal_aside(data_dir: Path) -> None:
    from wellness_app.services.privacy import check_ahead

    path = data_dir / "wellness.db"
    db = open_checked(path)
    MoodService(db).log(3)
    db.close()
    data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data[:4096]) + b"\x00\x17" * 2048 + bytes(data[4096 * 2:]))
    check_ahead(path)
    with pytest.raises(CorruptJournalError, match="moved aside"):
        open_checked(path)
