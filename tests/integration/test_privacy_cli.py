"""The privacy, backup and restore commands end to end (in-process `wellness_app.cli.main`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wellness_app.services.privacy import journal_kind

MARKER = "ZEBRA-MARKER-7f3a"


@pytest.fixture
def run(run_cli):  # type: ignore[no-untyped-def]
    return run_cli


def test_encrypt_use_change_and_decrypt_from_the_command_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "data" / "wellness.db"
    assert run("log", "mood", "4", "--note", "private words")[0] == 0
    code, out, _ = run("encrypt", new="s3cret-s3cret")
    assert code == 0 and "Encrypted" in out
    assert journal_kind(db) == "encrypted" and b"private words" not in db.read_bytes()

    code, _, err = run("log", "mood", "3")  # stdin is not a terminal: never prompts
    assert code == 2 and "encrypted" in err and "WELLNESS_APP_PASSPHRASE" in err
    assert err.count("\n") == 1
    before = db.read_bytes()
    code, _, err = run("day", "2026-01-01", passphrase="wrong")
    assert code == 2 and "passphrase is wrong" in err and err.count("\n") == 1
    assert db.read_bytes() == before

    assert run("log", "mood", "3", passphrase="s3cret-s3cret")[0] == 0
    assert run("passphrase", passphrase="s3cret-s3cret", new="better-passphrase")[0] == 0
    assert run("log", "mood", "2", passphrase="s3cret-s3cret")[0] == 2
    code, out, _ = run("decrypt", passphrase="better-passphrase")
    assert code == 0 and journal_kind(db) == "plain"
    from wellness_app.services import open_database
    from wellness_app.services.moods import MoodService

    journal = open_database(db)
    assert MoodService(journal).count() == 2  # nothing lost through three conversions
    journal.close()


def test_backup_list_and_restore(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("log", "mood", "2", "--note", "first")
    code, out, _ = run("backup")
    assert code == 0 and "Backed up to" in out
    manual = Path(out.split("Backed up to ", 1)[1].strip())
    run("log", "mood", "5", "--note", "second")
    code, out, _ = run("backups")
    assert code == 0 and "manual" in out and "auto" in out
    code, out, _ = run("restore", str(manual))
    assert code == 0 and "kept as" in out
    assert list((tmp_path / "data").glob("wellness.db.before-restore-*"))
    code, _, err = run("restore", str(tmp_path / "nope.db"))
    assert code == 2 and "not a file" in err


def test_a_damaged_journal_is_moved_aside_and_restore_is_suggested(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("log", "mood", "2")
    run("backup")
    db = tmp_path / "data" / "wellness.db"
    db.write_bytes(b"\x00not a journal" * 500)
    code, _, err = run("log", "mood", "3")
    assert code == 2 and "wellness-app restore" in err and "moved aside" in err
    aside = list(db.parent.glob("wellness.db.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00not a journal" * 500


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_existing_files_are_made_private_on_start(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("log", "mood", "3")
    run("backup")
    data = tmp_path / "data"
    os.chmod(data, 0o755)
    for path in [data / "wellness.db", *data.glob("backups/*"), *data.glob("logs/*")]:
        os.chmod(path, 0o644)
    run("backups")
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in [data / "wellness.db", *data.glob("backups/*"), *data.glob("logs/*")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_delete_all_my_data_needs_the_typed_word(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("log", "mood", "3")
    run("backup")
    data = tmp_path / "data"
    code, _, err = run("delete-all-data", "--confirm", "delete")
    assert code == 2 and "DELETE" in err and (data / "wellness.db").exists()
    code, _out, _ = run("delete-all-data", "--confirm", "DELETE")
    assert code == 0
    assert not (data / "wellness.db").exists() and not (data / "backups").exists()
    assert not (data / "config").exists()


def test_logs_never_contain_note_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("log", "mood", "3", "--note", MARKER, "--tags", MARKER.lower())
    run("log", "mood", MARKER)  # a bad value that echoes the text in the error message
    run("backup")
    run("encrypt", new=MARKER)
    run("day", "2026-01-01", passphrase=MARKER)
    run("day", "2026-01-01", passphrase=MARKER + "x")
    logs = list((tmp_path / "data" / "logs").rglob("*"))
    assert logs
    for path in logs:
        if path.is_file():
            assert MARKER.lower() not in path.read_text(errors="replace").lower(), path


@pytest.mark.skipif(os.name != "posix", reason="POSIX process check")
def test_conversions_wait_while_the_app_is_open(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    run("log", "mood", "3")
    db = tmp_path / "data" / "wellness.db"
    before = db.read_bytes()
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as gui:
        (tmp_path / "data" / ".wellness-app.lock").write_text(f"{gui.pid}\npython\nhost\n")
        for argv in (("encrypt",), ("delete-all-data", "--confirm", "DELETE")):
            code, _, err = run(*argv, new="pw-long-enough")
            assert code == 2 and "The app is open" in err
        gui.kill()
    assert db.read_bytes() == before
    code, _, _ = run("encrypt", new="pw-long-enough")  # the lock is stale now
    assert code == 0


def test_every_everyday_command_works_on_an_encrypted_journal(run) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    run("log", "mood", "3")
    assert run("encrypt", new="pw-long-enough")[0] == 0
    for argv in (("log", "mood", "4", "--note", "n"), ("day", date.today().isoformat()),
                 ("day", date.today().isoformat(), "--json"), ("backup",), ("backups",),
                 ("backup-folder",)):
        code, _out, err = run(*argv, passphrase="pw-long-enough")
        assert code == 0, (argv, err)
        code, _, err = run(*argv)
        assert code == 2 and "passphrase" in err, argv


def test_a_short_new_passphrase_is_refused_with_one_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "data" / "wellness.db"
    assert run("log", "mood", "4")[0] == 0
    code, _, err = run("encrypt", new="x")
    assert code == 2 and "at least 10 characters" in err and len(err.strip().splitlines()) == 1
    assert journal_kind(db) == "plain"


def test_encrypt_covers_every_copy_and_says_what_it_encrypted(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    extra = tmp_path / "extra"
    assert run("log", "mood", "4", "--note", MARKER)[0] == 0
    assert run("backup-folder", str(extra))[0] == 0
    assert run("backup")[0] == 0
    aside = data / "wellness.db.before-restore-20260101T000000Z"
    aside.write_bytes((data / "wellness.db").read_bytes())
    converting = data / "wellness.db.converting"  # a crashed decrypt's plaintext leftover
    converting.write_bytes(aside.read_bytes())
    code, out, err = run("encrypt", new="s3cret-s3cret")
    assert code == 0, err
    assert "the journal" in out and str(aside) in out
    copies = [*data.rglob("*.db"), *extra.glob("*.db"), aside]
    assert len(copies) >= 4
    for path in copies:
        assert journal_kind(path) == "encrypted", path
        assert MARKER.encode() not in path.read_bytes()
    assert not converting.exists()
    assert not list(data.glob("*.sha256")) and not list(extra.glob("*.sha256"))


def test_encrypt_completes_after_an_interrupted_run(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage.encrypt_all import write_marker
    from wellness_app.storage.encryption import encrypt_file

    data = tmp_path / "data"
    assert run("log", "mood", "4", "--note", MARKER)[0] == 0
    assert run("backup")[0] == 0
    # killed after the journal but before a copy (an older order): journal encrypted,
    # a plaintext backup left, the marker still there
    write_marker(data / "wellness.db", "encrypt", "copies")
    encrypt_file(data / "wellness.db", "s3cret-s3cret")
    assert run("log", "mood", "3", passphrase="s3cret-s3cret")[0] == 0  # the next start
    for path in data.rglob("*.db"):
        assert journal_kind(path) == "encrypted", path
    assert not (data / "wellness.db.conversion").exists()


def test_encrypt_leaves_other_files_in_the_extra_folder_alone(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    extra = tmp_path / "Documents"
    extra.mkdir()
    theirs = extra / "recipes.db"
    sqlite3.connect(theirs).execute("CREATE TABLE r (x)").connection.close()
    before = theirs.read_bytes()
    assert run("log", "mood", "4")[0] == 0
    assert run("backup-folder", str(extra))[0] == 0
    assert run("backup")[0] == 0
    assert run("encrypt", new="s3cret-s3cret")[0] == 0
    assert theirs.read_bytes() == before
    assert all(journal_kind(p) == "encrypted" for p in extra.glob("manual-*.db"))


def test_an_interrupted_encrypt_is_finished_only_with_its_passphrase(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage.encrypt_all import write_marker
    from wellness_app.storage.encryption import encrypt_file

    data = tmp_path / "data"
    assert run("log", "mood", "4", "--note", MARKER)[0] == 0
    assert run("backup")[0] == 0
    backup = next(data.glob("backups/manual-*.db"))
    # killed after the first backup was encrypted: the journal is still plain
    write_marker(data / "wellness.db", "encrypt", "copies", backup)
    encrypt_file(backup, "first-passphrase")
    code, _, err = run("log", "mood", "3")  # still works, and says what to do
    assert code == 0 and "interrupted" in err and "wellness-app encrypt" in err
    code, _, err = run("encrypt", new="another-passphrase")
    assert code == 2 and "different passphrase" in err and len(err.strip().splitlines()) == 1
    assert journal_kind(data / "wellness.db") == "plain"
    code, _out, err = run("encrypt", new="first-passphrase")
    assert code == 0, err
    for path in [*data.rglob("*.db")]:
        assert journal_kind(path) == "encrypted", path
        assert MARKER.encode() not in path.read_bytes()
    assert not (data / "wellness.db.conversion").exists()
    assert run("log", "mood", "2", passphrase="first-passphrase")[0] == 0


def test_a_killed_decrypt_is_rolled_back_and_its_plaintext_removed(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage.encrypt_all import write_marker

    data = tmp_path / "data"
    assert run("log", "mood", "4", "--note", MARKER)[0] == 0
    plain = (data / "wellness.db").read_bytes()
    assert run("encrypt", new="s3cret-s3cret")[0] == 0
    # killed while writing the plaintext copy: marker, journal still encrypted
    write_marker(data / "wellness.db", "decrypt", "journal")
    (data / "wellness.db.converting").write_bytes(plain)
    assert run("log", "mood", "3", passphrase="s3cret-s3cret")[0] == 0  # the next start
    assert not (data / "wellness.db.converting").exists()
    assert not (data / "wellness.db.conversion").exists()
    assert journal_kind(data / "wellness.db") == "encrypted"
    assert not [p for p in data.rglob("*") if p.is_file() and "logs" not in p.parts
                and MARKER.encode() in p.read_bytes()]
    code, _out, err = run("decrypt", passphrase="s3cret-s3cret")  # run again: it completes
    assert code == 0 and journal_kind(data / "wellness.db") == "plain", err
    assert not (data / "wellness.db.conversion").exists()


def test_a_failing_daily_backup_warns_once_in_plain_words(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage import backup_copy as backup

    class Usage:
        free = backup.RESERVE_BYTES // 2

    assert run("log", "mood", "4")[0] == 0  # a new journal: nothing to back up yet
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: Usage)
    code, _, err = run("log", "mood", "3")
    assert code == 0  # the save is never blocked
    assert "disk is full" in err and str(tmp_path / "data" / "backups") in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = run("log", "mood", "2")
    assert code == 0 and err == ""  # the same failure: told once
