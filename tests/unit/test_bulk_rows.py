"""Bulk inserts through the driver's executemany store exactly what Core's `insert()`
stores (the same text for times and dates, the same defaults)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from wellness_app.services import open_database
from wellness_app.storage.repositories import bulk

ROWS: dict[str, list[dict[str, Any]]] = {
    "tags": [{"name": "Walk", "group_name": "body"},  # position and archived from defaults
             {"name": "tea", "group_name": "other"}],
    "mood_entries": [
        {"id": 7, "mood": 3, "energy": None, "anxiety": 2, "sleep_hours": 7.5, "note": "ä",
         "note_title": "", "created_at": datetime(2026, 3, 1, 8, 0, 0, 123, tzinfo=UTC),
         "updated_at": datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=2))),
         "at_utc": datetime(5, 1, 2, 3, 4, 5, tzinfo=UTC), "utc_offset_min": 60,
         "local_date": date(2026, 3, 1), "source": "json", "import_key": None,
         "mood_label": ""},
    ],
}


def _stored(path: Path, fast: bool) -> dict[str, list[tuple[object, ...]]]:
    db = open_database(path)
    try:
        with db.transaction() as session:
            session.execute(text("DELETE FROM tags"))
            for table, rows in ROWS.items():
                if fast:
                    bulk.insert_rows(session, table, rows)
                else:
                    session.execute(insert(bulk.table(table)), rows)
        with db.reading() as session:
            return {table: [tuple(r) for r in session.execute(
                text(f"SELECT * FROM {table} ORDER BY id"))] for table in ROWS}
    finally:
        db.close()


def test_driver_rows_are_stored_as_core_stores_them(tmp_path: Path) -> None:
    assert _stored(tmp_path / "fast.db", True) == _stored(tmp_path / "core.db", False)


def test_a_naive_time_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "w.db")
    row = {**ROWS["mood_entries"][0], "at_utc": datetime(2026, 3, 1, 8, 0)}
    try:
        with pytest.raises(ValueError, match="aware"), db.transaction() as session:
            bulk.insert_rows(session, "mood_entries", [row])
    finally:
        db.close()
