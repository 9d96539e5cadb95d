"""The gentle-escalation check and its "Not now" (stored in the database)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from wellness_app.domain.escalation import (
    EscalationCheck,
    NotNow,
    check,
    legacy_not_now,
    lookback_start,
    not_now,
)

if TYPE_CHECKING:  # SQLAlchemy loads only on the full path (the CLI's quick path has none)
    from wellness_app.storage import Database

QUIET_KEY = "escalation_quiet_until"


class EscalationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def check(self, today: date | None = None) -> EscalationCheck:
        from wellness_app.storage.repositories import assessments, clinical_history, preferences

        today = today or date.today()
        start = lookback_start(today)
        with self._db.reading() as session:
            moods = clinical_history.daily_moods(session, start, today)
            phq9 = assessments.latest_few(session, "phq9", 2, end=today)
            quiet = preferences.get(session, QUIET_KEY)
        return check(today, moods, phq9, parse_not_now(quiet))

    def not_now(self, today: date | None = None) -> date:
        """Quiet the banner for 7 days (a worse PHQ-9 taken after this still shows it);
        returns the first day it may show again."""
        from wellness_app.storage.repositories import assessments, preferences

        today = today or date.today()
        with self._db.transaction() as session:
            seen = assessments.latest_few(session, "phq9", 1, end=today)
            chosen = not_now(today, seen[-1] if seen else None)
            preferences.put(session, QUIET_KEY, {
                "until": chosen.until.isoformat(),
                "seen_through": (chosen.seen_through.isoformat()
                                 if chosen.seen_through else None)})
        return chosen.until


def parse_not_now(value: Any) -> NotNow | None:
    """The stored "Not now"; anything unreadable counts as "not quieted"."""
    try:
        if isinstance(value, str):  # stored before issue 19: the date only
            return legacy_not_now(date.fromisoformat(value))
        if isinstance(value, dict):
            seen = value.get("seen_through")
            seen_at = datetime.fromisoformat(seen) if isinstance(seen, str) else None
            if seen_at is not None and seen_at.tzinfo is None:
                seen_at = seen_at.replace(tzinfo=UTC)
            return NotNow(date.fromisoformat(value["until"]), seen_at)
    except (ValueError, KeyError, TypeError):
        return None
    return None
