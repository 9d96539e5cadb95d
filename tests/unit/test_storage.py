"""Storage against a real SQLite file: pragmas, migrations, no drift, refusing bad files."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from wellness_app.storage import DatabaseOpenError, open_database
from wellness_app.storage.migrate import current_revision, head_revision
from wellness_app.storage.rows import Base
from wellness_app.storage.search_index import include_object


def test_every_connection_has_the_durability_pragmas(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_migrations_reach_head_and_match_the_models(db) -> None:  # type: ignore[no-untyped-def]
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_a_non_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "wellness.db"
    path.write_bytes(b"my shopping list\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not a SQLite journal"):
        open_database(path)
    assert path.read_bytes() == before


def test_an_unreadable_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "wellness.db"
    path.mkdir()
    with pytest.raises(DatabaseOpenError, match="not a file"):
        open_database(path)


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wellness.db"
    open_database(path).close()
    db = open_database(path, migrate=False)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(path)


def test_old_schema_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "wellness.db"
    open_database(path).close()
    db = open_database(path, migrate=False)
    with db.engine.begin() as conn:  # pretend the file predates the newest revision
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head_revision()})
    db.close()
    backups = list((tmp_path / "backups").glob("pre-migration-*.db"))
    assert backups == []  # already at head: nothing to migrate, no copy


def test_the_schema_head_constant_matches_the_newest_migration() -> None:
    from wellness_app.storage.file_facts import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD  # update SCHEMA_HEAD with each new migration


def test_default_tags_seed_in_the_given_language_and_demo_data_still_finds_them(db) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.domain.moods import DEFAULT_TAGS
    from wellness_app.services.demo_data import DemoDataService
    from wellness_app.services.tags import TagService

    german = {"walk": "Spaziergang", "tea": "Tee", "family": "Familie"}
    TagService(db).seed_defaults(german)
    TagService(db).seed_defaults({"walk": "stroll"})  # only ever into an empty catalogue
    names = {tag.name for tag in TagService(db).all()}
    assert {"Spaziergang", "Tee", "Familie", "friends"} <= names
    assert not {"walk", "tea", "family", "stroll"} & names
    assert len(names) == len(DEFAULT_TAGS)
    DemoDataService(db).fill(years=0.2, seed=2)
    from wellness_app.domain.moods import JournalQuery
    from wellness_app.services.moods import MoodService

    tagged = MoodService(db).search(JournalQuery(tags=("Spaziergang",)))
    assert tagged  # the demo's walks landed on the translated tag, not a new "walk"
    assert "walk" not in {tag.name for tag in TagService(db).all()}
