"""Migrations on fixture journals keep every row: counts per table before and after each
step. A test-only table-rebuild migration (batch mode, the kind that silently deleted tag
links with foreign keys ON) proves tag links survive the documented procedure."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from wellness_app.services.moods import MoodService
from wellness_app.storage.database import Database
from wellness_app.storage.encryption import table_counts
from wellness_app.storage.engine import make_engine
from wellness_app.storage.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    upgrade_to_head,
)

REBUILD = '''
"""Test only: rebuild the tags table (batch mode copies it and drops the old one)."""
import sqlalchemy as sa
from alembic import op

revision = "9000_test_rebuild_tags"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tags", recreate="always") as batch:
        batch.add_column(sa.Column("test_colour", sa.String(20), nullable=True))
'''


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _fixture_journal(path: Path, revision: str) -> Database:
    """A journal at `revision` with moods, tags and tag links (the rows that matter)."""
    db = Database(path, make_engine(path))
    upgrade_to_head(db, target=revision)
    if revision == _revisions()[-1] or revision == _revisions()[0]:
        service = MoodService(db)
        for n in range(10):
            service.log(1 + n % 5, note=f"entry {n}", tags=("walk", f"tag{n % 3}"))
    return db


def _counts(db: Database) -> dict[str, int]:
    raw = db.engine.raw_connection()
    try:
        return table_counts(raw.driver_connection)
    finally:
        raw.close()


def test_every_migration_step_keeps_every_row(tmp_path: Path) -> None:
    revisions = _revisions()
    db = _fixture_journal(tmp_path / "wellness.db", revisions[0])
    try:
        for revision in revisions[1:]:
            before = _counts(db)
            upgrade_to_head(db, target=revision)
            after = _counts(db)
            assert {t: after[t] for t in before} == before, revision
        assert _counts(db)["mood_entry_tags"] == 20
    finally:
        db.close()


@pytest.fixture
def rebuild_config(tmp_path: Path):  # type: ignore[no-untyped-def]
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    head = _revisions()[-1]
    (scripts / "versions" / "9000_test_rebuild_tags.py").write_text(
        REBUILD.format(head=head), encoding="utf-8")
    config = alembic_config()
    config.set_main_option("script_location", str(scripts))
    return config


def test_a_table_rebuild_keeps_tag_links(tmp_path: Path, rebuild_config) -> None:  # type: ignore[no-untyped-def]
    db = _fixture_journal(tmp_path / "wellness.db", _revisions()[-1])
    try:
        before = _counts(db)
        assert before["mood_entry_tags"] == 20
        upgrade_to_head(db, rebuild_config)
        assert _counts(db) == before
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back ON
        entries = MoodService(db).for_day(date.today())
        assert len(entries) == 10 and all(len(entry.tags) == 2 for entry in entries)
    finally:
        db.close()


def test_the_same_rebuild_with_foreign_keys_on_loses_the_links(
        tmp_path: Path, rebuild_config) -> None:  # type: ignore[no-untyped-def]
    """The control: what the harness guards against really happens the naive way."""
    db = _fixture_journal(tmp_path / "wellness.db", _revisions()[-1])
    try:
        with db.engine.begin() as conn:  # foreign_keys=ON, as every connection has it
            rebuild_config.attributes["connection"] = conn
            command.upgrade(rebuild_config, "head")
        assert _counts(db)["mood_entry_tags"] < 20
    finally:
        db.close()
