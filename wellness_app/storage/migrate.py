"""Schema migrations with Alembic, by SQLite's documented procedure for schema changes:
a backup copy first; foreign keys turned OFF outside the transaction (a table rebuild in
batch mode would otherwise cascade-delete the rows pointing at it); the migration and then
`PRAGMA foreign_key_check` inside one transaction (any violation rolls it all back);
foreign keys back ON."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from wellness_app.storage.backup_copy import backup_to, timestamped_name
from wellness_app.storage.database import Database
from wellness_app.storage.sqlite_errors import DatabaseOpenError

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class MigrationError(DatabaseOpenError):
    """A migration would break references between rows; nothing was changed."""


def upgrade_to_head(db: Database, config: Config | None = None,
                    target: str = "head") -> Path | None:
    """Bring the schema to the newest revision. Returns the pre-migration backup, if taken.

    `config`/`target` let the migration tests run another script folder or one step."""
    config = config or alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(db)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseOpenError(
            f"{db.path} was written by a newer version of this app (schema {current}). "
            "Please update the app; the file has not been changed."
        )
    backup = None
    with db.engine.connect() as conn:
        has_tables = bool(inspect(conn).get_table_names())
    if has_tables:
        backup = backup_to(db, db.backups_dir / timestamped_name(f"pre-migration-{current}"))
        log.info("Backed up the journal before migrating from %s to %s", current, head)
    run_with_foreign_keys_off(db, config, target)
    log.info("Journal schema is at %s", target if target != "head" else head)
    return backup


def run_with_foreign_keys_off(db: Database, config: Config, target: str) -> None:
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction: a no-op inside one
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = sorted({str(row[0]) for row in broken})
                    raise MigrationError(
                        f"Updating {db.path} would break links in {', '.join(tables)}; "
                        "the update was rolled back and nothing was changed.")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
