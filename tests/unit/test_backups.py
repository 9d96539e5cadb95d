"""Daily backups, retention on disk, restore (checked first, old journal kept aside)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from wellness_app.services import DatabaseOpenError, open_database
from wellness_app.services.backup_restore import BackupService, restore_backup
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import encrypt, journal_kind


def test_one_automatic_backup_per_day(db) -> None:  # type: ignore[no-untyped-def]
    service = BackupService(db)
    MoodService(db).log(3)
    assert len(service.daily_if_due()) == 1
    assert service.daily_if_due() == []  # same day: nothing new
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert len(service.daily_if_due(now=tomorrow)) == 1
    assert [b.kind for b in service.list()] == ["auto", "auto"]


def test_old_automatic_backups_are_thinned_manual_ones_kept(db) -> None:  # type: ignore[no-untyped-def]
    service = BackupService(db)
    (manual,) = service.backup_now()
    first = service.daily_if_due()[0]
    for days in range(1, 60):  # pretend the app ran every day for two months
        stamp = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y%m%dT%H%M%S%fZ")
        (db.backups_dir / f"auto-{stamp}.db").write_bytes(first.read_bytes())
    service.daily_if_due(now=datetime.now(UTC) + timedelta(days=1))
    autos = [b for b in service.list() if b.kind == "auto"]
    assert 7 <= len(autos) <= 13
    assert manual.exists()


def test_backups_go_to_the_chosen_extra_folder_too(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = BackupService(db)
    service.set_extra_folder(tmp_path / "synced")
    made = service.backup_now()
    assert {p.parent for p in made} == {db.backups_dir, tmp_path / "synced"}
    assert len(service.list()) == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_are_private_files(db) -> None:  # type: ignore[no-untyped-def]
    (path,) = BackupService(db).backup_now()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_replaces_the_journal_and_keeps_the_old_one(db) -> None:  # type: ignore[no-untyped-def]
    MoodService(db).log(2, note="before the backup")
    (backup,) = BackupService(db).backup_now()
    MoodService(db).log(5, note="after the backup")
    db.close()
    aside = restore_backup(db.path, backup, None)
    assert aside is not None and aside.name.startswith("wellness.db.before-restore-")
    restored = open_database(db.path)
    assert [e.note for e in MoodService(restored).for_day(datetime.now().date())] == [
        "before the backup"]
    restored.close()
    kept = open_database(aside, migrate=False)
    assert MoodService(kept).count() == 2
    kept.close()


def test_a_damaged_backup_is_refused_before_anything_changes(db) -> None:  # type: ignore[no-untyped-def]
    MoodService(db).log(3)
    (backup,) = BackupService(db).backup_now()
    db.close()
    data = bytearray(backup.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xff" * 8192  # scribble over two pages
    backup.write_bytes(bytes(data))
    before = db.path.read_bytes()
    with pytest.raises(DatabaseOpenError, match=r"damaged|not a journal"):
        restore_backup(db.path, backup, None)
    assert db.path.read_bytes() == before
    assert not list(db.path.parent.glob("wellness.db.*"))


def test_encrypted_journal_backups_stay_encrypted_and_restore_with_the_key(
        data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    db = open_database(path)
    MoodService(db).log(4, note="private")
    db.close()
    encrypt(path, "pw")
    db = open_database(path, "pw")
    (backup,) = BackupService(db).backup_now()
    db.close()
    assert journal_kind(backup) == "encrypted"
    with pytest.raises(DatabaseOpenError, match="passphrase is wrong"):
        restore_backup(path, backup, "wrong")
    restore_backup(path, backup, "pw")
    db = open_database(path, "pw")
    assert MoodService(db).count() == 1
    db.close()
