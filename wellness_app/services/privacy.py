"""Encryption at rest, the start-up integrity check, private file modes and "Delete all my
data". Thin wrappers so the CLI and GUI never reach into storage."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.domain.errors import UserError
from wellness_app.paths import AppPaths
from wellness_app.storage import encrypt_all
from wellness_app.storage import encryption as enc
from wellness_app.storage.driver import encryption_unavailable_reason
from wellness_app.storage.encrypt_all import EncryptionReport
from wellness_app.storage.sqlite_errors import CorruptJournalError

if TYPE_CHECKING:  # SQLAlchemy loads only when a journal is opened the full way
    from wellness_app.storage import Database

log = logging.getLogger(__name__)
CONFIRM_WORD = "DELETE"
__all__ = [
    "CONFIRM_WORD", "CorruptJournalError", "EncryptionReport", "change_passphrase",
 "decrypt", "delete_all_data",
    "encrypt", "encryption_unavailable_reason", "is_encrypted", "journal_kind", "open_checked",
    "tighten_permissions",
]


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is too weak (fewer than 10 characters), or None."""
    try:
        enc.need_strong_passphrase(passphrase)
    except UserError as exc:
        return str(exc)
    return None


def journal_kind(path: Path) -> str:
    """"missing", "plain", "encrypted" or "not a journal"."""
    return enc.detect_kind(path)


def is_encrypted(path: Path) -> bool:
    return enc.detect_kind(path) == "encrypted"


def encrypt(db_path: Path, passphrase: str, backups_dir: Path | None = None,
            extra_folder: Path | None = None, *,
            remove_unencryptable: bool = False) -> EncryptionReport:
    """Encrypt the (closed) journal, every backup in both folders and the plaintext side
    files (before-restore, corrupt). Resumable: a second run completes an interrupted one."""
    if encrypt_all.read_marker(db_path) is None and enc.detect_kind(db_path) != "plain":
        raise UserError(f"{db_path} is not an unencrypted journal; nothing was changed.")
    if not passphrase:
        raise UserError("A passphrase cannot be empty.")
    return encrypt_all.encrypt_everything(db_path, passphrase, [backups_dir, extra_folder],
                                          remove_unencryptable=remove_unencryptable)


def plain_copies(db_path: Path, backups_dir: Path | None,
                 extra_folder: Path | None = None) -> list[Path]:
    """Unencrypted copies that `encrypt` would still have to encrypt."""
    return encrypt_all.plain_copies(db_path, [backups_dir, extra_folder])


def remove_copies(copies: list[Path]) -> None:
    """Delete plaintext copies too damaged to encrypt (after the person confirmed)."""
    for copy in copies:
        encrypt_all.remove_with_sides(copy)


def encryption_pending(db_path: Path) -> bool:
    return encrypt_all.encryption_pending(db_path)


def check_ahead(path: Path) -> None:
    """Start the start-up integrity check of a plain journal now, off the calling thread;
    `open_checked` uses its result if the file is unchanged by then."""
    from wellness_app.storage.integrity import check_ahead as _check_ahead

    _check_ahead(path)


def encryption_interrupted(db_path: Path) -> bool:
    """An `encrypt` was interrupted before the journal itself was encrypted: the start
    cannot finish it without the passphrase, so the person is told to run it again."""
    return encrypt_all.encryption_pending(db_path) and enc.detect_kind(db_path) == "plain"


def open_checked(path: Path, passphrase: str | None = None,
                 extra_backup_folder: Path | None = None, *, allow_new: bool = False,
                 read_only: bool = False) -> Database:
    """Clean leftovers of interrupted conversions and restores, then quick-check, open and
    migrate (storage.integrity.open_checked); then complete an interrupted `encrypt`."""
    if not read_only:
        from wellness_app.storage.backup_folder import cleanup_restore_leftovers

        encrypt_all.remove_leftovers(path, [path.parent / "backups", extra_backup_folder])
        cleanup_restore_leftovers(path)
    from wellness_app.storage.integrity import open_checked as _open_checked

    db = _open_checked(path, passphrase, extra_backup_folder, allow_new=allow_new,
                       read_only=read_only)
    # the key opened the encrypted journal, so it is the interrupted run's passphrase; a
    # plain journal waits for `encrypt` (encryption_interrupted tells the person)
    if (not read_only and passphrase and encrypt_all.encryption_pending(path)
            and enc.detect_kind(path) == "encrypted"):
        from wellness_app.storage.backup_folder import extra_folder

        encrypt_all.encrypt_everything(path, passphrase, [db.backups_dir, extra_folder(db)])
    return db


def decrypt(db_path: Path, passphrase: str) -> int:
    """Encrypted → plain; after a crash the next start completes or rolls it back."""
    return sum(encrypt_all.decrypt_journal(db_path, passphrase).values())


def change_passphrase(db_path: Path, old: str, new: str) -> int:
    return sum(enc.change_passphrase(db_path, old, new).values())


def reopen(db: Database, passphrase: str | None) -> None:
    """Point a live handle at the converted file (the GUI keeps its services)."""
    from wellness_app.storage.engine import make_engine

    db.rebind(make_engine(db.path, passphrase), passphrase)


def unlock_key(db_path: Path, passphrase: str) -> str:
    """Check `passphrase` and return the key every later connection uses (derived once).
    Raises DatabaseOpenError if it is wrong; a plain journal gets the passphrase back."""
    if enc.detect_kind(db_path) != "encrypted":
        return passphrase
    return enc.derive_key(db_path, passphrase)


def opens(path: Path, key: str | None) -> bool:
    """True if `key` (a passphrase or a derived key) opens the encrypted file at `path`."""
    if not key:
        return False
    try:
        enc.connect_raw(path, key).close()
    except UserError:
        return False
    return True


def check_passphrase(db_path: Path, passphrase: str) -> None:
    """Raise DatabaseOpenError if `passphrase` does not open the journal."""
    enc.connect_raw(db_path, passphrase).close()


def tighten_permissions(paths: AppPaths) -> int:
    """On POSIX: folders 0700, files 0600 (see AppPaths.tighten_permissions)."""
    return paths.tighten_permissions()


def delete_all_data(paths: AppPaths, confirmation: str,
                    extra_backup_folder: Path | None = None) -> list[Path]:
    """Remove the journal (+ WAL/SHM), backups, logs and settings. Needs the word DELETE."""
    if confirmation != CONFIRM_WORD:
        raise UserError(f'Type {CONFIRM_WORD} (in capitals) to confirm; nothing was deleted.')
    removed: list[Path] = []
    db = paths.db_path
    candidates = [db, *(db.with_name(db.name + s) for s in enc.SIDE_FILES),
                  *paths.data_dir.glob(db.name + ".*"), paths.backups_dir, paths.config_dir,
                  paths.log_dir, paths.data_dir / CRISIS_COUNTRY_FILE]
    if extra_backup_folder is not None and extra_backup_folder.is_dir():
        from wellness_app.storage.backup_folder import list_backups

        candidates += [b.path for b in list_backups(extra_backup_folder)]
    for path in candidates:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink(missing_ok=True)
        else:
            continue
        removed.append(path)
    return removed


LOCK_FILENAME = ".wellness-app.lock"
#: the crisis country, kept beside the journal for the locked screen (services.crisis_lines)
CRISIS_COUNTRY_FILE = "crisis-country"


def lock_path(paths: AppPaths) -> Path:
    """The single-instance lock file (QLockFile format: pid, app name, host name)."""
    return paths.lock_file


def app_running(paths: AppPaths) -> bool:
    """True while a live GUI holds the data dir's lock (a stale lock does not count)."""
    try:
        pid = int(lock_path(paths).read_text(encoding="utf-8", errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid == os.getpid():
        return False
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def refuse_while_app_runs(paths: AppPaths) -> None:
    if app_running(paths):
        raise UserError("The app is open: close its window first, then try again. "
                        "Nothing was changed.")


def encrypt_live(db: Database, passphrase: str) -> EncryptionReport:
    """Encrypt the journal the app has open and every copy; the handle then uses the new key."""
    from wellness_app.storage.backup_folder import extra_folder

    extra = extra_folder(db)
    db.engine.dispose()
    report = encrypt(db.path, passphrase, db.backups_dir, extra)
    reopen(db, enc.derive_key(db.path, passphrase))
    return report


def decrypt_live(db: Database, passphrase: str) -> int:
    db.engine.dispose()
    rows = decrypt(db.path, passphrase)
    reopen(db, None)
    return rows


def change_passphrase_live(db: Database, old: str, new: str) -> int:
    check_passphrase(db.path, old)
    db.engine.dispose()
    rows = change_passphrase(db.path, old, new)
    reopen(db, enc.derive_key(db.path, new))
    return rows


def restore_live(db: Database, backup: Path, passphrase: str | None) -> Path | None:
    """Restore into the journal the app has open, migrate it, and rebind the handle."""
    from wellness_app.storage import open_database
    from wellness_app.storage.backup_folder import restore

    key = passphrase if enc.detect_kind(backup) == "encrypted" else None
    db.engine.dispose()
    aside = restore(db.path, backup, key)
    if key:
        key = enc.derive_key(db.path, key)
    fresh = open_database(db.path, key)
    db.rebind(fresh.engine, key)
    return aside


def lock(db: Database) -> None:
    """Close every connection and drop the key (the lock screen is up); every service
    call then raises JournalLocked until `reopen` with the passphrase."""
    db.lock()


def data_signature(db_path: Path) -> tuple[float, ...]:
    """Changes whenever the journal or its WAL is written (by this or another process)."""
    sig: list[float] = []
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            st = path.stat()
            sig += [st.st_mtime_ns, st.st_size]
        except OSError:
            sig += [0, 0]
    return tuple(sig)
