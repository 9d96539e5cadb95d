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
