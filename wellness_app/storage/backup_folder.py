"""The backup folder(s): daily automatic backups with retention, listing, checking, restoring.

Copies are made by `backup_copy.backup_to` (online backup API, same key as the journal, so an
encrypted journal's backups stay encrypted). Automatic backups are named `auto-<UTC>.db`
and thinned by `domain.retention`; of the others the newest `KEEP_NEWEST[kind]` are kept.
Restore is atomic: a complete journal exists under the journal's name at every instant.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wellness_app.domain.retention import backups_to_delete
from wellness_app.storage.backup_copy import (
    NAME,
    backup_to,
    manifest_matches,
    manifest_path,
    timestamped_name,
)
from wellness_app.storage.database import Database
from wellness_app.storage.encryption import (
    SIDE_FILES,
    connect_raw,
    detect_kind,
    fsync,
    integrity_status,
)
from wellness_app.storage.file_facts import AUTO_BACKUP
from wellness_app.storage.repositories import preferences
from wellness_app.storage.sqlite_errors import DatabaseOpenError, environment_problem

log = logging.getLogger(__name__)
AUTO = AUTO_BACKUP
EXTRA_FOLDER_KEY = "backup_extra_folder"
# how many of each other kind are kept (newest first); "before-restore" copies are the
# person's old journals and are never thinned
KEEP_NEWEST = {"manual": 10, "pre-import": 5, "pre-migration": 5}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "auto", "manual", "pre-migration-0001", "pre-import", "before-restore"…
    taken_at: datetime  # aware, UTC
    size: int
    encrypted: bool


def extra_folder(db: Database) -> Path | None:
    """The second backup folder the person chose (a DB preference), if any."""
    with db.reading() as session:
        value = preferences.get(session, EXTRA_FOLDER_KEY)
    return Path(value) if value else None


def set_extra_folder(db: Database, folder: Path | None) -> None:
    with db.transaction() as session:
        preferences.put(session, EXTRA_FOLDER_KEY, str(folder) if folder else None)


def list_backups(*folders: Path | None) -> list[BackupInfo]:
    """Every backup file in `folders`, newest first."""
    found: list[BackupInfo] = []
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if not match or not path.is_file():
                continue
            stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append(BackupInfo(path, match["kind"], stamp, path.stat().st_size,
                                    detect_kind(path) == "encrypted"))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_now(db: Database, kind: str = "manual", now: datetime | None = None) -> list[Path]:
    """Back up into the backups folder and the chosen extra folder. Returns the copies."""
    name = (f"{kind}-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%S%fZ')}.db" if now
            else timestamped_name(kind))
    made = [backup_to(db, db.backups_dir / name)]
    extra = extra_folder(db)
    if extra is not None:
        try:
            made.append(backup_to(db, extra / name))
        except (OSError, DatabaseOpenError) as exc:
            log.warning("The extra backup folder could not be written (%s)", type(exc).__name__)
    for folder in {p.parent for p in made}:
        apply_retention(folder)
    return made


def daily_backup_if_due(db: Database, now: datetime | None = None) -> list[Path]:
    """The day's automatic backup, at most one per local day; then thin old ones."""
    today = (now or datetime.now(UTC)).astimezone().date()
    if any(b.kind == AUTO and b.taken_at.astimezone().date() == today
           for b in list_backups(db.backups_dir)):
        return []
    made = backup_now(db, AUTO, now)
    log.info("Daily backup written to %d folder(s)", len(made))
    return made


def apply_retention(folder: Path) -> list[Path]:
    """Delete automatic backups the 7/4/12 policy no longer keeps, and manual, pre-import
    and pre-migration ones beyond the newest KEEP_NEWEST. Returns what was deleted."""
    every = list_backups(folder)  # newest first
    auto = {b.taken_at.astimezone(): b.path for b in every if b.kind == AUTO}
    gone = [auto[stamp] for stamp in backups_to_delete(auto)]
    for family, keep in KEEP_NEWEST.items():
        same = [b.path for b in every if b.kind == family or b.kind.startswith(family + "-")]
        gone += same[keep:]
    for path in gone:
        path.unlink(missing_ok=True)
        manifest_path(path).unlink(missing_ok=True)
    return gone


def verify_backup(path: Path, passphrase: str | None) -> None:
    """Raise DatabaseOpenError unless `path` is a readable journal passing integrity_check."""
    kind = detect_kind(path)
    if kind in ("missing", "not a journal"):
        raise DatabaseOpenError(f"{path} is not a journal backup; nothing was changed.")
    if kind == "plain" and manifest_matches(path) is False:
        raise DatabaseOpenError(f"{path} has changed since it was written (its SHA-256 "
                                "does not match its manifest); nothing was changed.")
    conn = connect_raw(path, passphrase if kind == "encrypted" else None)
    try:
        status = integrity_status(conn)
        has_schema = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").fetchone()[0]
    except Exception as exc:
        problem = environment_problem(exc, path, saved=False)
        if problem is not None:
            raise problem from None
        status, has_schema = "unreadable", 0
    finally:
        conn.close()
    if status != "ok":
        raise DatabaseOpenError(f"{path} is damaged ({status}); nothing was changed.")
    if not has_schema:
        raise DatabaseOpenError(f"{path} is a database but not a journal; nothing was changed.")


def newest_good_backup(folders: list[Path | None], passphrase: str | None) -> BackupInfo | None:
    for info in list_backups(*folders):
        try:
            verify_backup(info.path, passphrase)
        except DatabaseOpenError:
            continue
        return info
    return None


def move_aside(path: Path, label: str) -> Path:
    """Rename `path` (and its -wal/-shm) to `<name>.<label>-<UTC stamp>`; never deletes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


def restore(db_path: Path, backup: Path, passphrase: str | None) -> Path | None:
    """Replace the (closed) journal at `db_path` with a verified copy of `backup`.

    The backup is checked before anything changes. The current file is kept aside as
    `wellness.db.before-restore-<stamp>` by a hard link (or a copy), then the verified
    copy is renamed over it with `os.replace`: at every instant a complete journal exists
    under its name. Returns the kept-aside path (None if there was no journal).
    """
    verify_backup(backup, passphrase)
    tmp = db_path.with_name(db_path.name + RESTORING)
    previous = os.umask(0o077)
    try:
        shutil.copyfile(backup, tmp)
        verify_backup(tmp, passphrase)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        aside = _keep_aside(db_path, passphrase) if db_path.exists() else None
        for suffix in SIDE_FILES:  # the old journal's WAL must not be applied to the new one
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        fsync(db_path.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        problem = environment_problem(exc, db_path) if isinstance(exc, Exception) else None
        if problem is not None:
            raise problem from None
        raise
    finally:
        os.umask(previous)
    log.info("Journal restored from a backup taken %s", backup.name)
    return aside


RESTORING = ".restoring"


def _keep_aside(db_path: Path, passphrase: str | None) -> Path:
    """A `before-restore` copy of the journal (checkpointed first, so it is complete on
    its own): a hard link where the file system allows, else a copy. A WAL that cannot be
    folded in (a damaged file, another key) is copied beside the kept file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    if not _checkpoint(db_path, passphrase):
        for suffix in SIDE_FILES:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                shutil.copyfile(side, aside.with_name(aside.name + suffix))
    try:
        os.link(db_path, aside)
    except OSError:
        shutil.copyfile(db_path, aside)
    return aside


def _checkpoint(db_path: Path, passphrase: str | None) -> bool:
    """Fold a leftover WAL into the journal file. False if it could not be done."""
    wal = db_path.with_name(db_path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return True
    for key in dict.fromkeys((passphrase, None)):
        try:
            conn = connect_raw(db_path, key)
        except DatabaseOpenError:
            continue
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return not (busy and busy[0])
        finally:
            conn.close()
    return False


def cleanup_restore_leftovers(db_path: Path) -> list[Path]:
    """Remove a `.restoring` copy left by an interrupted restore (the journal is intact)."""
    tmp = db_path.with_name(db_path.name + RESTORING)
    gone = [p for p in (tmp, *(tmp.with_name(tmp.name + s) for s in SIDE_FILES)) if p.exists()]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone
