"""Logging light (daylight and lamp sessions), the day's dose, and the outdoor-lux setting."""

from __future__ import annotations

import logging
from datetime import date

from wellness_app.domain.cautions import Saved
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.light import (
    DEFAULT_OUTDOOR_LUX,
    LightDose,
    LightSession,
    check_day_total,
    check_lux,
    day_dose,
    validate_session,
)
from wellness_app.domain.timestamps import Moment, check_not_future
from wellness_app.services.cautions import bundled_table
from wellness_app.storage import Database
from wellness_app.storage.repositories import cautions, light, preferences
from wellness_app.storage.repositories.trackers_day import OUTDOOR_LUX_KEY

log = logging.getLogger(__name__)


class LightService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def log(self, minutes: float, *, kind: str = "daylight", lux: int | None = None,
            distance_cm: int | None = None, moment: Moment | None = None,
            note: str = "") -> Saved[LightSession]:
        """Validate and save; a lamp on a St John's Wort day returns a caution (never refuses)."""
        entry = validate_session(LightSession(moment or Moment.now(), kind, minutes, lux,
                                              distance_cm, note))
        check_not_future(entry.moment)
        with self._db.transaction() as session:
            day = entry.moment.local_date
            what = "lamp light" if kind == "lamp" else "daylight"
            check_day_total(light.day_minutes(session, day, kind), entry.minutes, what)
            saved = light.add(session, entry)
            found = cautions.check_day(session, day, bundled_table()) if kind == "lamp" else []
        log.info("Saved %s session %s", kind, saved.id)
        return Saved(saved, found)

    def delete(self, session_id: int) -> LightSession:
        """Delete and return the session, so `restore` can put it back."""
        with self._db.transaction() as session:
            gone = light.delete(session, session_id)
        log.info("Deleted light session %s", session_id)
        return gone

    def restore(self, item: LightSession) -> Saved[LightSession]:
        """Put a deleted session back with its id (undo); a lamp brings its caution back."""
        with self._db.transaction() as session:
            saved = light.add(session, item)
            day = saved.moment.local_date
            found = cautions.check_day(session, day, bundled_table()) if item.kind == "lamp" else []
        return Saved(saved, found)

    def for_day(self, day: date) -> list[LightSession]:
        with self._db.reading() as session:
            return light.for_day(session, day)

    def dose(self, day: date) -> LightDose:
        with self._db.reading() as session:
            sessions = light.for_day(session, day)
            outdoor = int(preferences.get(session, OUTDOOR_LUX_KEY, DEFAULT_OUTDOOR_LUX))
        return day_dose(sessions, outdoor)

    def outdoor_lux(self) -> int:
        with self._db.reading() as session:
            return int(preferences.get(session, OUTDOOR_LUX_KEY, DEFAULT_OUTDOOR_LUX))

    def set_outdoor_lux(self, lux: int) -> None:
        check_lux(lux)
        if lux < 100:
            raise ValidationError("An outdoor estimate below 100 lux is indoor light")
        with self._db.transaction() as session:
            preferences.put(session, OUTDOOR_LUX_KEY, int(lux))
