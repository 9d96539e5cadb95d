"""SQLite errors classified by result code; best-effort backups (rollback-journal copies,
SHA-256 manifest, .partial cleanup, thinning); atomic restore; start-up never calls an
environmental error damage."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from wellness_app.services import open_database
from wellness_app.services.backup_restore import BackupService
from wellness_app.services.moods import MoodService
from wellness_app.storage import backup_folder as store
from wellness_app.storage.backup_copy import RESERVE_BYTES, manifest_path
from wellness_app.storage.integrity import CorruptJournalError, open_checked
from wellness_app.storage.sqlite_errors import (
    DatabaseOpenError,
    EnvironmentProblem,
    Fault,
    classify,
)


class DriverError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__("some driver text")
        self.sqlite_errorcode = code


@pytest.mark.parametrize(("code", "fault"), [
    (11, Fault.DAMAGE), (26, Fault.DAMAGE), (11 | (1 << 8), Fault.DAMAGE),  # CORRUPT_VTAB
    (13, Fault.FULL), (3, Fault.PERMISSION), (23, Fault.PERMISSION), (14, Fault.PERMISSION),
    (8, Fault.READ_ONLY), (8 | (1 << 8), Fault.READ_ONLY), (5, Fault.LOCKED),
    (5 | (2 << 8), Fault.LOCKED), (6, Fault.LOCKED), (10, Fault.IO),
    (10 | (19 << 8), Fault.IO), (7, Fault.IO), (1, None), (19, None), (20, None), (21, None),
])
def test_sqlite_errors_are_classified_by_code_not_text(code: int, fault: Fault | None) -> None:
    error = DriverError(code)
    assert classify(error) is fault
    wrapped = OperationalError("INSERT …", {}, error)  # how SQLAlchemy carries it
    assert classify(wrapped) is fault


@pytest.mark.parametrize(("number", "fault"), [
    (errno.ENOSPC, Fault.FULL), (errno.EDQUOT, Fault.FULL), (errno.EACCES, Fault.PERMISSION),
    (errno.EPERM, Fault.PERMISSION), (errno.EROFS, Fault.READ_ONLY), (errno.EIO, Fault.IO),
    (errno.ENOENT, None),
])
def test_os_errors_are_classified_by_errno(number: int, fault: Fault | None) -> None:
    assert classify(OSError(number, os.strerror(number))) is fault


def test_a_message_that_merely_mentions_corruption_is_not_damage() -> None:
    assert classify(sqlite3.OperationalError("database disk image is malformed")) is None


def test_an_environment_error_at_start_moves_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wellness.db"
    db = open_database(path)
    MoodService(db).log(3)
    BackupService(db).backup_now()
    db.close()
    from wellness_app.storage import integrity

    def full(*_a: object) -> str:
        raise EnvironmentProblem("The disk is full.", Fault.FULL)

    monkeypatch.setattr(integrity, "quick_check", full)
    with pytest.raises(EnvironmentProblem):
        open_checked(path)
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_no_new_empty_journal_beside_a_moved_aside_one(tmp_path: Path) -> None:
    path = tmp_path / "wellness.db"
    db = open_database(path)
    MoodService(db).log(3)
    BackupService(db).backup_now()
    db.close()
    path.write_bytes(b"garbage" * 1000)
    with pytest.raises(CorruptJournalError) as first:
        open_checked(path)
    assert first.value.newest_backup is not None  # the backup is found and offered
    with pytest.raises(CorruptJournalError, match="moved aside") as second:
        open_checked(path)  # the next command does not start an empty journal
    assert second.value.newest_backup is not None and not path.exists()
    open_checked(path, allow_new=True).close()  # only by the person's explicit choice
    assert path.exists()


def _journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "wellness.db")
    MoodService(db).log(3, note="kept")
    return db


def test_backups_are_rollback_journal_files_with_a_manifest(tmp_path: Path) -> None:
    db = _journal(tmp_path)
    made = BackupService(db).backup_now()[0]
    db.close()
    header = made.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01"  # rollback journal (WAL would be 2, 2)
    assert manifest_path(made).read_text().split()[1] == made.name
    store.verify_backup(made, None)
    data = bytearray(made.read_bytes())
    data[-100] ^= 0xFF  # silent damage in a free page that integrity_check cannot see
    made.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError, match="SHA-256"):
        store.restore(tmp_path / "wellness.db", made, None)


def test_partials_are_removed_and_free_space_is_checked(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = _journal(tmp_path)
    stale = db.backups_dir / "manual-20260101T000000000000Z.db.partial"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"half")
    manifest = db.backups_dir / "auto-20260101T000000000000Z.db.sha256.partial"  # killed
    manifest.write_text("half")  # while writing the manifest (found by the kill points)
    theirs = db.backups_dir / "notes.txt.partial"
    theirs.write_text("not ours")
    BackupService(db).backup_now()
    assert not stale.exists() and not manifest.exists() and theirs.exists()
    theirs.unlink()
    from wellness_app.storage import backup_copy as backup

    class Usage:
        free = RESERVE_BYTES // 2

    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: Usage)
    with pytest.raises(EnvironmentProblem, match="full"):
        BackupService(db).backup_now()
    assert not list(db.backups_dir.glob("*.partial*"))
    service = BackupService(db)
    assert service.daily_if_due() == [] and "full" in (service.problem or "")
    MoodService(db).log(4)  # the save is never blocked
    db.close()


def test_manual_and_pre_import_backups_are_thinned(tmp_path: Path) -> None:
    db = _journal(tmp_path)
    folder = db.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(14):
        (folder / f"manual-202601{n + 1:02d}T000000000000Z.db").write_bytes(b"x")
        (folder / f"pre-import-202601{n + 1:02d}T000000000000Z.db").write_bytes(b"x")
    (folder / "before-restore-20260101T000000000000Z.db").write_bytes(b"x")
    store.apply_retention(folder)
    kinds = [b.kind for b in store.list_backups(folder)]
    assert kinds.count("manual") == store.KEEP_NEWEST["manual"]
    assert kinds.count("pre-import") == store.KEEP_NEWEST["pre-import"]
    assert kinds.count("before-restore") == 1
    db.close()


def test_restore_keeps_the_old_journal_as_a_hard_link_then_replaces(tmp_path: Path) -> None:
    db = _journal(tmp_path)
    backup = BackupService(db).backup_now()[0]
    MoodService(db).log(5)
    db.close()
    path = tmp_path / "wellness.db"
    aside = store.restore(path, backup, None)
    assert aside is not None and aside.exists()
    assert os.stat(aside).st_nlink == 1  # the link was replaced away from the journal
    again = open_database(path)
    assert MoodService(again).count() == 1
    again.close()
    kept = open_database(aside)
    assert MoodService(kept).count() == 2
    kept.close()


def test_a_failing_daily_backup_is_told_once_until_a_backup_succeeds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime, timedelta

    from wellness_app.storage import backup_copy as backup

    class Usage:
        free = RESERVE_BYTES // 2

    db = _journal(tmp_path)
    service = BackupService(db)
    day = datetime.now(UTC)
    real = backup.shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: Usage)
    assert service.daily_if_due(day) == []
    assert service.failure is not None and service.failure.first_time
    assert service.failure.cause == "full" and service.failure.folder == db.backups_dir
    assert str(db.backups_dir) in (service.problem or "")
    assert service.daily_if_due(day) == [] and service.failure is not None
    assert not service.failure.first_time  # the same failure again: not told again
    monkeypatch.setattr(backup.shutil, "disk_usage", real)
    assert service.daily_if_due(day) and service.failure is None  # a good backup
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: Usage)
    service.daily_if_due(day + timedelta(days=1))
    assert service.failure is not None and service.failure.first_time  # told again
    db.close()


def test_an_unreachable_extra_backup_folder_is_told_once(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    db = _journal(tmp_path)
    service = BackupService(db)
    extra = tmp_path / "usb-stick"
    service.set_extra_folder(extra)
    extra.rmdir()
    extra.write_text("not a folder any more")  # the drive is gone; something else is there
    day = datetime.now(UTC)
    assert len(service.daily_if_due(day)) == 1  # the journal's own folder got its copy
    assert service.failure is not None and service.failure.first_time
    assert service.failure.cause == "extra" and service.failure.folder == extra
    service.daily_if_due(day + timedelta(days=1))
    assert service.failure is not None and not service.failure.first_time
    extra.unlink()
    assert len(service.daily_if_due(day + timedelta(days=2))) == 2
    assert service.failure is None
    db.close()


def test_another_process_backup_in_progress_is_left_alone(tmp_path: Path) -> None:
    """The app and a command line may take the day's backup at the same moment: neither
    deletes the other's copy in progress; a dead writer's leftover goes."""
    import subprocess
    import sys

    db = _journal(tmp_path)
    db.backups_dir.mkdir(parents=True, exist_ok=True)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        live = db.backups_dir / f"auto-20260101T000000000000Z.db.partial-{alive.pid}"
        live_side = live.with_name(live.name + "-journal")
        gone = db.backups_dir / f"auto-20260101T000000000000Z.db.partial-{dead.pid}"
        for path in (live, live_side, gone):
            path.write_bytes(b"half")
        BackupService(db).backup_now()
        assert live.exists() and live_side.exists()
        assert not gone.exists()
    finally:
        alive.kill()
        alive.wait()
