"""Logging, editing and deleting treatment sessions, and their before/after summaries."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from wellness_app.domain.cautions import Saved
from wellness_app.domain.timestamps import Moment, check_not_future
from wellness_app.domain.treatment_outcome import (
    FOLLOW_UP_DAYS,
    WINDOW_DAYS,
    SeriesOutcome,
    series_outcome,
)
from wellness_app.domain.treatments import (
    TreatmentSession,
    check_kind,
    detect_series,
    validate_session,
)
from wellness_app.services.cautions import bundled_table
from wellness_app.storage import Database
from wellness_app.storage.repositories import cautions, clinical_history, treatments

log = logging.getLogger(__name__)


class TreatmentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def log(self, kind: str, *, moment: Moment | None = None, clinic: str = "",
            note: str = "", mood_before: int | None = None,
            mood_after: int | None = None) -> TreatmentSession:
        return self.add(TreatmentSession(
            moment=moment or Moment.now(), kind=check_kind(kind), clinic=clinic, note=note,
            mood_before=mood_before, mood_after=mood_after,
        ))

    def add(self, item: TreatmentSession) -> TreatmentSession:
        return self.save(item).value

    def update(self, item: TreatmentSession) -> TreatmentSession:
        return self.save(item).value

    def save(self, item: TreatmentSession) -> Saved[TreatmentSession]:
        """Add (id None) or edit; a ketamine or esketamine session within 14 days of St
        John's Wort returns a caution alongside (never a refusal)."""
        item = validate_session(item)
        check_not_future(item.moment)
        with self._db.transaction() as session:
            if item.id is None:
                saved = treatments.add(session, item)
            else:
                saved = treatments.update(session, item)
            found = cautions.check_day(session, saved.local_date, bundled_table())
        log.info("Saved treatment session %s (%s)", saved.id, saved.kind)
        return Saved(saved, found)

    def delete(self, session_id: int) -> TreatmentSession:
        with self._db.transaction() as session:
            gone = treatments.delete(session, session_id)
        log.info("Deleted treatment session %s", session_id)
        return gone

    def restore(self, item: TreatmentSession) -> TreatmentSession:
        with self._db.transaction() as session:
            return treatments.add(session, item)

    def sessions(self, start: date | None = None,
                 end: date | None = None) -> list[TreatmentSession]:
        with self._db.reading() as session:
            return treatments.between(session, start, end)

    def outcomes(self) -> list[SeriesOutcome]:
        """Every series with its before/after summary, newest series first."""
        with self._db.reading() as session:
            items = treatments.between(session)
            if not items:
                return []
            start = items[0].local_date - timedelta(days=WINDOW_DAYS)
            end = items[-1].local_date + timedelta(days=WINDOW_DAYS)
            moods = clinical_history.daily_moods(session, start, end)
            phq9 = clinical_history.assessments(
                session, start, items[-1].local_date + timedelta(days=FOLLOW_UP_DAYS), "phq9")
        today = date.today()
        result = [series_outcome(s, moods, phq9, today) for s in detect_series(items)]
        result.reverse()
        return result
