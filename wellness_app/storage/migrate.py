"""Schema migrations with Alembic; a backup copy is taken before any migration runs."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from wellness_app.storage.backup import backup_to, timestamped_name
from wellness_app.storage.database import Database, DatabaseOpenError

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


def upgrade_to_head(db: Database) -> Path | None:
    """Bring the schema to the newest revision. Returns the pre-migration backup, if taken."""
    script = ScriptDirectory.from_config(alembic_config())
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
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("Journal schema is at %s", head)
    return backup
