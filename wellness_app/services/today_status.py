"""What Today's banners say now: the doctor suggestion and its reasons, and which
check-ins are due (`wellness-app status`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wellness_app.domain.escalation import EscalationCheck

if TYPE_CHECKING:  # SQLAlchemy loads only on the full path (the CLI's quick path has none)
    from wellness_app.storage import Database


@dataclass(frozen=True, slots=True)
class TodayStatus:
    today: date
    escalation: EscalationCheck
    #: the PHQ-9 reminder is on and the last PHQ-9 is 14 or more days old (Today's banner)
    phq9_due: bool
    #: no mood check-in saved yet today
    mood_due: bool


def today_status(db: Database, today: date | None = None) -> TodayStatus:
    from wellness_app.services.assessments import AssessmentService
    from wellness_app.services.escalation import EscalationService
    from wellness_app.storage.repositories import mood_entries

    today = today or date.today()
    escalation = EscalationService(db).check(today)
    phq9_due = AssessmentService(db).phq9_due(today)
    with db.reading() as session:
        mood_due = not mood_entries.for_day(session, today)
    return TodayStatus(today, escalation, phq9_due, mood_due)
