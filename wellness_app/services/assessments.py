"""Saving and reading PHQ-9 / GAD-7 check-ins, and the optional 14-day PHQ-9 reminder."""

from __future__ import annotations

import logging
from datetime import date

from wellness_app.domain.assessments import (
    PHQ9_REMINDER_KEY,
    AssessmentRecord,
    record_from,
    reminder_due,
)
from wellness_app.domain.timestamps import Moment, check_not_future
from wellness_app.storage import Database
from wellness_app.storage.repositories import assessments, preferences

log = logging.getLogger(__name__)
REMINDER_KEY = PHQ9_REMINDER_KEY


class AssessmentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, kind: str, answers: list[int] | tuple[int, ...], *,
             difficulty: int | None = None, moment: Moment | None = None) -> AssessmentRecord:
        """Validate (count, each 0–3), score and save; nothing is written when invalid."""
        record = record_from(kind, answers, moment or Moment.now(), difficulty)
        check_not_future(record.moment)
        with self._db.transaction() as session:
            saved = assessments.add(session, record)
        log.info("Saved %s questionnaire %s", kind, saved.id)  # never the answers
        return saved

    def delete(self, record_id: int) -> AssessmentRecord:
        with self._db.transaction() as session:
            return assessments.delete(session, record_id)

    def history(self, kind: str | None = None, *, start: date | None = None,
                end: date | None = None) -> list[AssessmentRecord]:
        """Oldest first."""
        with self._db.reading() as session:
            return assessments.history(session, kind, start=start, end=end)

    def latest(self, kind: str) -> AssessmentRecord | None:
        with self._db.reading() as session:
            return assessments.latest(session, kind)

    def reminder_enabled(self) -> bool:
        with self._db.reading() as session:
            return bool(preferences.get(session, REMINDER_KEY, False))

    def set_reminder_enabled(self, enabled: bool) -> None:
        with self._db.transaction() as session:
            preferences.put(session, REMINDER_KEY, bool(enabled))

    def phq9_due(self, today: date | None = None) -> bool:
        """True when the reminder is on and the last PHQ-9 is 14 or more days old (or none)."""
        if not self.reminder_enabled():
            return False
        last = self.latest("phq9")
        return reminder_due(None if last is None else last.local_date,
                            today or date.today())
