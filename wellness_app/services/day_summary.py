"""`wellness-app day DATE --json`: everything known about one day."""

from __future__ import annotations

from datetime import date

from wellness_app.domain.day_summary import DaySummary
from wellness_app.storage import Database
from wellness_app.storage.repositories import day_summary


class DaySummaryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summary(self, day: date) -> DaySummary:
        with self._db.reading() as session:
            return day_summary.build(session, day)
