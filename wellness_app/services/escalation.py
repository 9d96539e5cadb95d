"""The gentle-escalation check and its "Not now" (stored in the database)."""

from __future__ import annotations

from datetime import date

from wellness_app.domain.escalation import (
    EscalationCheck,
    check,
    lookback_start,
    quiet_until_after_not_now,
)
from wellness_app.storage import Database
from wellness_app.storage.repositories import clinical_history, preferences

QUIET_KEY = "escalation_quiet_until"


class EscalationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def check(self, today: date | None = None) -> EscalationCheck:
        today = today or date.today()
        start = lookback_start(today)
        with self._db.reading() as session:
            moods = clinical_history.daily_moods(session, start, today)
            phq9 = clinical_history.assessments(session, start, today, kind="phq9")
            quiet = preferences.get(session, QUIET_KEY)
        return check(today, moods, phq9, _parse(quiet))

    def not_now(self, today: date | None = None) -> date:
        """Quiet the banner for 7 days; returns the first day it may show again."""
        until = quiet_until_after_not_now(today or date.today())
        with self._db.transaction() as session:
            preferences.put(session, QUIET_KEY, until.isoformat())
        return until


def _parse(value: object) -> date | None:
    """The stored quiet-until date; anything unreadable counts as "not quieted"."""
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
