"""Journal search through the FTS5 trigram index: substrings in any language, kept in sync
by triggers, inside encrypted files too, and a plain scan where the index is missing."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from wellness_app.domain.moods import JournalQuery
from wellness_app.domain.timestamps import Moment
from wellness_app.services import open_database
from wellness_app.services.moods import MoodService
from wellness_app.storage import search_index
from wellness_app.storage.engine import sqlcipher_available

NOTES = [
    "Grey morning, stayed in bed",
    "Walked to the BÄCKEREI with Anna",
    "Ärger bei der Arbeit, dann Spaziergang",
    "Café au lait on the balcony",
    "今日は少し元気です",
    'She said "enough" and I felt 100% tired_out',
]

# (query, indexes of NOTES expected, newest first)
CASES = [
    ("grey", [0]),
    ("GREY MORNING", [0]),
    ("ckere", [1]),  # a substring inside a word
    ("bäckerei", [1]),  # Unicode case folding
    ("ärger", [2]),
    ("spazier", [2]),
    ("cafe", [3]),  # diacritics ignored
    ("café au", [3]),
    ("少し元気", [4]),
    ('"enough"', [5]),  # quotes are text, not query syntax
    ("100%", [5]),
    ("tired_out", [5]),
    ("AND", [5]),  # operators are text too
    ("au", [3]),  # shorter than a trigram: a scan
    ("xyz", []),
]


def _fill(moods: MoodService) -> list[int]:
    start = datetime(2025, 3, 1, 9, tzinfo=UTC)
    ids = []
    for offset, note in enumerate(NOTES):
        saved = moods.log(3, moment=Moment.from_aware(start + timedelta(days=offset)), note=note)
        assert saved.id is not None
        ids.append(saved.id)
    return ids


def _found(moods: MoodService, words: str) -> list[int]:
    return [e.id for e in moods.search(JournalQuery(text=words)) if e.id is not None]


@pytest.mark.parametrize(("words", "expected"), CASES)
def test_search_finds_substrings_in_any_language(db, words: str,  # type: ignore[no-untyped-def]
                                                 expected: list[int]) -> None:
    moods = MoodService(db)
    ids = _fill(moods)
    assert _found(moods, words) == [ids[i] for i in sorted(expected, reverse=True)]


def test_the_index_follows_edits_deletes_and_undo(db) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(db)
    ids = _fill(moods)
    entry = moods.get(ids[0])
    moods.update(entry.with_changes(note="Sunny afternoon"))
    assert _found(moods, "grey") == []
    assert _found(moods, "sunny") == [ids[0]]
    gone = moods.delete(ids[0])
    assert _found(moods, "sunny") == []
    moods.restore(gone)
    assert _found(moods, "sunny") == [ids[0]]
    moods.update(moods.get(ids[3]).with_changes(mood=5))  # a change not touching the text
    assert _found(moods, "café") == [ids[3]]
    with db.engine.connect() as conn:  # FTS5's own consistency check
        conn.execute(text(f"INSERT INTO {search_index.FTS_TABLE}({search_index.FTS_TABLE}, "
                          "rank) VALUES ('integrity-check', 1)"))


def test_the_journal_order_is_served_by_an_index(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM mood_entries "
            "ORDER BY at_utc DESC, id DESC LIMIT 2000")))
    assert "ix_mood_entries_at_utc_id" in plan and "TEMP B-TREE" not in plan


def test_search_scans_when_the_index_is_missing(db) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(db)
    ids = _fill(moods)
    with db.engine.begin() as conn:
        search_index.drop(lambda sql: conn.execute(text(sql)))
    assert _found(moods, "walked") == [ids[1]]
    moods.log(2, note="walked again")  # writing still works without the triggers
    assert len(_found(moods, "walked")) == 2


def test_create_reports_an_sqlite_without_fts5() -> None:
    def no_fts5(sql: str) -> None:
        raise RuntimeError("no such module: fts5")

    assert search_index.create(no_fts5) is False


@pytest.mark.skipif(not sqlcipher_available(), reason="needs sqlcipher3")
def test_an_encrypted_journal_keeps_its_index_inside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wellness.db"
    db = open_database(path, "correct horse battery")
    try:
        moods = MoodService(db)
        ids = _fill(moods)
        assert _found(moods, "bäckerei") == [ids[1]]
    finally:
        db.close()
    assert b"BACKEREI" not in path.read_bytes().upper()
    assert not any(p.name.startswith(search_index.FTS_TABLE) for p in tmp_path.iterdir())


@pytest.mark.parametrize("walk_factor", [0, 10**9])  # walk the time index / drive by matches
def test_both_query_plans_give_the_newest_matches(db, monkeypatch,  # type: ignore[no-untyped-def]
                                                  walk_factor: int) -> None:
    monkeypatch.setattr(search_index, "WALK_FACTOR", walk_factor)
    moods = MoodService(db)
    start = datetime(2025, 3, 1, 9, tzinfo=UTC)
    ids = {}
    for n in (5, 1, 9, 3, 7, 2, 8, 0, 6, 4):  # ids do not follow time
        saved = moods.log(3, moment=Moment.from_aware(start + timedelta(hours=n)),
                          note=f"walk number {n}" if n % 3 else "rain")
        ids[n] = saved.id
    found = [e.id for e in moods.search(JournalQuery(text="WALK", limit=4))]
    assert found == [ids[n] for n in (8, 7, 5, 4)]
    assert len(moods.search(JournalQuery(text="walk"))) == 6


@pytest.mark.skipif(not sqlcipher_available(), reason="needs sqlcipher3")
def test_the_index_survives_encrypting_and_decrypting(tmp_path: Path) -> None:
    from wellness_app.services import privacy

    path = tmp_path / "wellness.db"
    db = open_database(path)
    ids = _fill(MoodService(db))
    db.close()
    privacy.encrypt(path, "correct horse battery")
    db = open_database(path, "correct horse battery")
    try:
        moods = MoodService(db)
        assert _found(moods, "bäckerei") == [ids[1]]
        moods.log(4, note="a new Spaziergang")  # the triggers came along too
        assert len(_found(moods, "spaziergang")) == 2
    finally:
        db.close()
    privacy.decrypt(path, "correct horse battery")
    db = open_database(path)
    try:
        assert len(_found(MoodService(db), "spaziergang")) == 2
    finally:
        db.close()
