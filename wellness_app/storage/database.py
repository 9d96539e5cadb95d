"""Opening the journal database: checks, migration, and the session factory services use."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from wellness_app.storage.engine import WRITE_OPTION, make_engine
from wellness_app.storage.file_facts import SCHEMA_HEAD, SQLITE_HEADER
from wellness_app.storage.sqlite_errors import (
    DatabaseOpenError,
    environment_problem,
    is_damage,
)

log = logging.getLogger(__name__)


def _schema_revision(conn: Connection) -> str | None:
    """The schema revision stamped in the file, without importing Alembic (start-up cost)."""
    has_table = conn.execute(text(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    )).first()
    if not has_table:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class Database:
    """An open database: the engine plus short, service-owned sessions."""

    def __init__(self, path: Path, engine: Engine, passphrase: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.passphrase = passphrase  # kept in memory only: backups need the same key
        self.locked = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        A locked, read-only or full database raises DatabaseOpenError (nothing saved).
        """
        self._refuse_if_locked()
        try:
            with self._sessions.begin() as session:
                session.connection(execution_options={WRITE_OPTION: True})  # BEGIN IMMEDIATE
                yield session
        except DatabaseError as exc:
            raise environment_error(self.path, exc) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        self._refuse_if_locked()
        try:
            with self._sessions() as session:
                yield session
                session.rollback()
        except DatabaseError as exc:
            raise environment_error(self.path, exc) from None

    def close(self) -> None:
        self.engine.dispose()

    def rebind(self, engine: Engine, passphrase: str | None) -> None:
        """Point this handle at a new engine (after encrypting, decrypting or unlocking)."""
        self.engine.dispose()
        self.engine = engine
        self.passphrase = passphrase
        self.locked = False
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def lock(self) -> None:
        """Close every connection and drop the key: the engine (whose URL holds the
        passphrase) is replaced by one that refuses to connect, until `rebind`."""
        self.engine.dispose()
        self.engine = _locked_engine(self.path)
        self.passphrase = None
        self.locked = True
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _refuse_if_locked(self) -> None:
        if self.locked:
            raise JournalLocked(f"The journal at {self.path} is locked; unlock it first.")


class JournalLocked(DatabaseOpenError):
    """The app is locked: no connection, no key; nothing can be read or written."""


def _locked_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def refuse() -> None:
        raise JournalLocked(f"The journal at {path} is locked; unlock it first.")

    return create_engine("sqlite://", creator=refuse, poolclass=NullPool)


def environment_error(path: Path, exc: DatabaseError) -> Exception:
    """A clear EnvironmentProblem for what the environment caused (by SQLite's result
    code); `exc` itself for a bug."""
    return environment_problem(exc, path) or exc


def open_database(
    path: Path, passphrase: str | None = None, *, migrate: bool = True, read_only: bool = False
) -> Database:
    """Open (creating if absent) and migrate; raise DatabaseOpenError without touching the file.

    A passphrase given for an unencrypted file is ignored (the file is opened as it is).
    `read_only` (a read-only data folder): reading works, every write fails clearly.
    """
    if passphrase and path.exists():
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                passphrase = None
    if read_only and not path.is_file():
        raise DatabaseOpenError(f"There is no journal at {path}, and its folder is read-only.")
    _check_file(path, encrypted=bool(passphrase), read_only=read_only)
    engine = make_engine(path, passphrase, read_only=read_only)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            revision = _schema_revision(conn)
    except (DatabaseError, UnicodeDecodeError) as exc:  # undecodable text: a damaged file
        engine.dispose()
        problem = environment_problem(exc, path, saved=False)
        if problem is not None:
            raise problem from None
        if isinstance(exc, DatabaseError) and not is_damage(exc):
            raise  # a bug, not the person's file
        hint = "the passphrase is wrong" if passphrase else "it is damaged or not a journal"
        raise DatabaseOpenError(
            f"{path} cannot be read: {hint}. The file has not been changed."
        ) from None
    db = Database(path, engine, passphrase)
    if read_only and revision != SCHEMA_HEAD:
        db.close()
        raise DatabaseOpenError(f"{path} needs an update this app can only make when its "
                                "folder is writable. Nothing was changed.")
    if migrate and revision != SCHEMA_HEAD:  # Alembic is imported only when there is work
        from wellness_app.storage.migrate import upgrade_to_head

        try:
            upgrade_to_head(db)
        except DatabaseError as exc:
            db.close()
            raise environment_error(path, exc) from None
        except Exception:
            db.close()
            raise
    return db


def _check_file(path: Path, *, encrypted: bool, read_only: bool = False) -> None:
    if path.exists() and not path.is_file():
        raise DatabaseOpenError(f"{path} is not a file")
    if not path.exists():
        parent = path.parent
        try:
            old = os.umask(0o077)
            try:
                parent.mkdir(parents=True, exist_ok=True)
            finally:
                os.umask(old)
        except OSError as exc:
            raise DatabaseOpenError(f"Cannot create the data folder {parent}: {exc}") from None
        if not os.access(parent, os.W_OK):
            raise DatabaseOpenError(f"The data folder {parent} is not writable")
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"{path} cannot be read: {exc.strerror}") from None
    if header and header != SQLITE_HEADER and not encrypted:
        from wellness_app.storage.encryption import detect_kind

        if detect_kind(path) == "encrypted":
            raise DatabaseOpenError(
                f"{path} is encrypted: a passphrase is needed (the command line reads "
                "WELLNESS_APP_PASSPHRASE or asks on a terminal)."
            )
        raise DatabaseOpenError(
            f"{path} is not a SQLite journal (or it is encrypted and needs a passphrase). "
            "The file has not been changed."
        )
    if not read_only and not os.access(path, os.W_OK):
        raise DatabaseOpenError(f"{path} is read-only; the journal needs to write to it")
