"""Encryption at rest: convert without losing a row, wrong passphrases touch nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_app.domain.errors import UserError
from wellness_app.services import DatabaseOpenError, open_database
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import (
    change_passphrase,
    decrypt,
    encrypt,
    journal_kind,
    open_checked,
)


def _journal(path: Path, notes: int = 3) -> None:
    db = open_database(path)
    for n in range(notes):
        MoodService(db).log(3, note=f"note {n}")
    db.close()


def _notes(path: Path, passphrase: str | None) -> list[str]:
    db = open_database(path, passphrase)
    try:
        from wellness_app.domain.moods import JournalQuery

        return sorted(e.note for e in MoodService(db).search(JournalQuery()))
    finally:
        db.close()


def test_encrypt_then_decrypt_keeps_every_entry(data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    _journal(path)
    assert journal_kind(path) == "plain"
    encrypt(path, "correct horse")
    assert journal_kind(path) == "encrypted"
    assert b"note 1" not in path.read_bytes()
    assert _notes(path, "correct horse") == ["note 0", "note 1", "note 2"]
    decrypt(path, "correct horse")
    assert journal_kind(path) == "plain"
    assert _notes(path, None) == ["note 0", "note 1", "note 2"]


def test_an_encrypted_journal_needs_the_passphrase(data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    _journal(path)
    encrypt(path, "pw")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="passphrase is needed"):
        open_database(path)
    with pytest.raises(DatabaseOpenError, match="passphrase is wrong"):
        open_checked(path, "nope")
    with pytest.raises(DatabaseOpenError, match="passphrase is wrong"):
        decrypt(path, "nope")
    assert path.read_bytes() == before
    assert not list(data_dir.glob("wellness.db.*"))  # nothing moved aside, no temp left


def test_change_passphrase(data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    _journal(path, 2)
    encrypt(path, "old")
    change_passphrase(path, "old", "new")
    assert _notes(path, "new") == ["note 0", "note 1"]
    with pytest.raises(DatabaseOpenError):
        open_database(path, "old")


def test_a_failed_conversion_leaves_the_original_untouched(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data_dir / "wellness.db"
    _journal(path)
    before = path.read_bytes()
    from wellness_app.storage import encryption

    real_counts = encryption.table_counts

    def one_row_lost(conn, schema="main"):  # type: ignore[no-untyped-def]
        counts = real_counts(conn, schema)
        calls.append(1)
        if len(calls) > 1:  # the copy
            counts["mood_entries"] -= 1
        return counts

    calls: list[int] = []
    monkeypatch.setattr(encryption, "table_counts", one_row_lost)
    with pytest.raises(UserError, match="did not verify"):
        encrypt(path, "pw")
    assert path.read_bytes() == before
    assert journal_kind(path) == "plain"
    assert not (data_dir / "wellness.db.converting").exists()
    assert _notes(path, None) == ["note 0", "note 1", "note 2"]


def test_empty_passphrase_and_wrong_kinds_are_refused(data_dir: Path) -> None:
    path = data_dir / "wellness.db"
    _journal(path, 1)
    with pytest.raises(UserError, match="cannot be empty"):
        encrypt(path, "")
    with pytest.raises(UserError, match="not encrypted"):
        decrypt(path, "x")
    encrypt(path, "x")
    with pytest.raises(UserError, match="not an unencrypted journal"):
        encrypt(path, "y")
    assert _notes(path, "x") == ["note 0"]


def test_encrypting_also_encrypts_plain_backups(db, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.backup_restore import BackupService

    MoodService(db).log(4, note="in the backup")
    (backup,) = BackupService(db).backup_now()
    db.close()
    encrypt(db.path, "pw", db.backups_dir)
    assert journal_kind(backup) == "encrypted"
    assert b"in the backup" not in backup.read_bytes()
