"""Today's check-in data for the window's first paint, read before the journal is opened.

No transaction and no SQLAlchemy (see `storage.today_snapshot`): None means "open the
journal the usual way first".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wellness_app.domain.moods import TodaySnapshot
from wellness_app.storage.today_snapshot import read_today_snapshot


def today_snapshot(db_path: Path, day: date | None = None) -> TodaySnapshot | None:
    return read_today_snapshot(db_path, day or date.today())
