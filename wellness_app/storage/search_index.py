"""The Journal's full-text index: SQLite FTS5 with the trigram tokenizer.

The index is an external-content FTS5 table over `mood_entries` (note title and note),
kept in sync by triggers, so it lives inside the same (possibly encrypted) file and
finds substrings in any language. Where the SQLite build lacks FTS5 or the trigram
tokenizer, nothing is created and search falls back to a plain scan.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

FTS_TABLE = "mood_entries_fts"
MIN_MATCH_CHARS = 3  # trigram matching needs at least three characters
#: walk the time index instead of sorting the matches when matches² > WALK_FACTOR × rows
#: (measured in bench/bench_journal.py: a match costs ~35× a scanned index entry, and a
#: walk reads limit × rows / matches entries; 2,000 × 1/35 ≈ 60)
WALK_FACTOR = 60
_TRIGGERS = ("mood_entries_fts_ai", "mood_entries_fts_ad", "mood_entries_fts_au")

_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "note_title, note, content='mood_entries', content_rowid='id', "
    "tokenize='trigram remove_diacritics 1')"
)
_TRIGGER_SQL = (
    f"CREATE TRIGGER mood_entries_fts_ai AFTER INSERT ON mood_entries BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, note_title, note) "
    "VALUES (new.id, new.note_title, new.note); END",
    f"CREATE TRIGGER mood_entries_fts_ad AFTER DELETE ON mood_entries BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, note_title, note) "
    "VALUES ('delete', old.id, old.note_title, old.note); END",
    "CREATE TRIGGER mood_entries_fts_au AFTER UPDATE OF note_title, note ON mood_entries "
    f"BEGIN INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, note_title, note) "
    "VALUES ('delete', old.id, old.note_title, old.note); "
    f"INSERT INTO {FTS_TABLE}(rowid, note_title, note) "
    "VALUES (new.id, new.note_title, new.note); END",
)


def is_index_table(name: str | None) -> bool:
    """True for the FTS table and its shadow tables (not part of the ORM models)."""
    return bool(name) and str(name).startswith(FTS_TABLE)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic filter: the FTS tables are managed by the migration, not by the models."""
    return not (type_ == "table" and is_index_table(name))


def create(execute: Any) -> bool:
    """Create the index, its triggers and fill it; False when this SQLite cannot.

    `execute` runs one SQL statement (a migration's `op.execute`).
    """
    try:
        execute(_CREATE)
    except Exception as exc:  # no FTS5 or no trigram tokenizer in this SQLite build
        log.warning("Full-text search is unavailable here (%s); search scans instead",
                    type(exc).__name__)
        return False
    for sql in _TRIGGER_SQL:
        execute(sql)
    execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return True


def drop(execute: Any) -> None:
    for name in _TRIGGERS:
        execute(f"DROP TRIGGER IF EXISTS {name}")
    execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def match_phrase(text: str) -> str:
    """An FTS5 query matching `text` as one substring (quotes doubled, never an operator)."""
    return '"' + text.replace('"', '""') + '"'
