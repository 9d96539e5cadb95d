"""Encryption that covers every copy: the journal, every backup (both folders) and the
plaintext side files (`before-restore-*`, `corrupt-*`), resumable after a crash.

Copies are encrypted first and the journal last, so a crash leaves the journal plain and
the next `encrypt` simply continues. A marker file (`wellness.db.conversion`) records the
action and the step reached; the next start (or run) completes it, and removes leftovers
of interrupted conversions (`*.converting`, which after a crashed decrypt is plaintext).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from wellness_app.domain.errors import UserError
from wellness_app.storage.backup_copy import NAME, manifest_path
from wellness_app.storage.encryption import SIDE_FILES, detect_kind, encrypt_file
from wellness_app.storage.sqlite_errors import DatabaseOpenError

log = logging.getLogger(__name__)
MARKER_SUFFIX = ".conversion"
CONVERTING = ".converting"
ASIDE_LABELS = ("before-restore-", "corrupt-")


@dataclass
class EncryptionReport:
    """Exactly what one run encrypted, removed or could not encrypt."""

    rows: int = 0
    journal: bool = False
    copies: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    left_plain: list[Path] = field(default_factory=list)  # damaged: remove after confirming


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARKER_SUFFIX)


def read_marker(db_path: Path) -> dict[str, str] | None:
    try:
        value = json.loads(marker_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def write_marker(db_path: Path, action: str, step: str) -> None:
    target = marker_path(db_path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps({"action": action, "step": step}), encoding="utf-8")
    os.replace(tmp, target)


def clear_marker(db_path: Path) -> None:
    marker_path(db_path).unlink(missing_ok=True)


def plain_copies(db_path: Path, folders: list[Path | None]) -> list[Path]:
    """Every unencrypted copy of the journal: the app's backups in `folders` (by their
    names: a chosen folder may hold other people's files) and the kept-aside side files."""
    found: list[Path] = []
    for folder in [*folders, None]:
        where = db_path.parent if folder is None else folder
        if not where.is_dir():
            continue
        pattern = f"{db_path.name}.*" if folder is None else "*.db"
        for path in sorted(where.glob(pattern)):
            if folder is None and not path.name[len(db_path.name) + 1:].startswith(ASIDE_LABELS):
                continue
            if folder is not None and not NAME.match(path.name):
                continue
            if path.name.endswith(SIDE_FILES) or not path.is_file():
                continue
            if detect_kind(path) != "encrypted":
                found.append(path)
    return found


def encrypt_everything(db_path: Path, passphrase: str, folders: list[Path | None], *,
                       remove_unencryptable: bool = False) -> EncryptionReport:
    """Encrypt every plain copy, then the journal (if still plain). Copies that cannot be
    encrypted (damaged files) are removed only when `remove_unencryptable`."""
    report = EncryptionReport()
    write_marker(db_path, "encrypt", "copies")
    for copy in plain_copies(db_path, folders):
        try:
            if detect_kind(copy) != "plain":
                raise UserError("not a journal")
            encrypt_file(copy, passphrase)
            manifest_path(copy).unlink(missing_ok=True)  # SQLCipher authenticates pages
            report.copies.append(copy)
        except (UserError, DatabaseOpenError):
            if remove_unencryptable:
                remove_with_sides(copy)
                report.removed.append(copy)
            else:
                report.left_plain.append(copy)
    write_marker(db_path, "encrypt", "journal")
    if detect_kind(db_path) == "plain":
        report.rows = sum(encrypt_file(db_path, passphrase).values())
        report.journal = True
    clear_marker(db_path)
    log.info("Encrypted the journal: %s, %d copies, %d removed, %d left plain",
             report.journal, len(report.copies), len(report.removed), len(report.left_plain))
    return report


def remove_leftovers(db_path: Path, folders: list[Path | None]) -> list[Path]:
    """Remove `*.converting` files of interrupted conversions (and their side files)
    beside the journal and in the backup folders; a finished decrypt's marker too."""
    gone: list[Path] = []
    for where in [db_path.parent, *folders]:
        if where is None or not where.is_dir():
            continue
        for path in where.glob(f"*{CONVERTING}*"):
            base = path.name.split(CONVERTING)[0]
            if path.is_file() and (base == db_path.name or NAME.match(base)):
                path.unlink(missing_ok=True)
                gone.append(path)
    marker = read_marker(db_path)
    if marker is not None and marker.get("action") != "encrypt":
        clear_marker(db_path)  # a decrypt is one file: done or rolled back by now
    if gone:
        log.warning("Removed %d leftover file(s) of an interrupted conversion", len(gone))
    return gone


def encryption_pending(db_path: Path) -> bool:
    """An interrupted `encrypt` the next run (or start, once unlocked) must complete."""
    marker = read_marker(db_path)
    return marker is not None and marker.get("action") == "encrypt"


def remove_with_sides(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    manifest_path(path).unlink(missing_ok=True)
