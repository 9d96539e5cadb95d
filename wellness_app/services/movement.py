"""Logging movement, the editable kind list, the WHO week and daily steps."""

from __future__ import annotations

import logging
from datetime import date

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.light import check_day_total
from wellness_app.domain.movement import (
    ActivitySession,
    WhoWeek,
    check_kind_name,
    check_steps,
    monday_of,
    validate_session,
    who_week,
)
from wellness_app.domain.timestamps import Moment, check_not_future
from wellness_app.storage import Database
from wellness_app.storage.repositories import activity

log = logging.getLogger(__name__)


class MovementService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def kinds(self) -> list[str]:
        with self._db.transaction() as session:
            return activity.kinds(session)

    def add_kind(self, name: str) -> str:
        with self._db.transaction() as session:
            activity.seed_kinds(session)
            return activity.add_kind(session, check_kind_name(name))

    def hide_kind(self, name: str) -> None:
        with self._db.transaction() as session:
            activity.archive_kind(session, name)

    def log(self, kind: str, minutes: float, *, intensity: str = "moderate",
            moment: Moment | None = None, note: str = "", new: bool = False) -> ActivitySession:
        """Save a session; an unknown kind is refused unless `new` (then it is added)."""
        entry = validate_session(ActivitySession(moment or Moment.now(),
                                                 check_kind_name(kind), minutes, intensity, note))
        check_not_future(entry.moment)
        with self._db.transaction() as session:
            activity.seed_kinds(session)
            row = activity.find_kind(session, entry.kind)
            if row is None or (row.archived and not new):
                if not new:
                    known = ", ".join(activity.kinds(session))
                    raise ValidationError(
                        f"'{entry.kind}' is not one of your activity kinds ({known}); "
                        "use --new to add it")
                activity.add_kind(session, entry.kind)
                row = activity.find_kind(session, entry.kind)
                assert row is not None
            day = entry.moment.local_date
            check_day_total(activity.day_kind_minutes(session, day, row.id), entry.minutes,
                            row.name)
            saved = activity.add(session, entry, row)
        log.info("Saved activity %s", saved.id)
        return saved

    def delete(self, session_id: int) -> ActivitySession:
        """Delete and return the session, so `restore` can put it back."""
        with self._db.transaction() as session:
            return activity.delete(session, session_id)

    def restore(self, item: ActivitySession) -> ActivitySession:
        """Put a deleted session back with its id (undo); a kind gone meanwhile comes back."""
        with self._db.transaction() as session:
            activity.seed_kinds(session)
            row = activity.find_kind(session, item.kind)
            if row is None:
                activity.add_kind(session, item.kind)
                row = activity.find_kind(session, item.kind)
                assert row is not None
            return activity.add(session, item, row)

    def for_day(self, day: date) -> list[ActivitySession]:
        with self._db.reading() as session:
            return activity.for_day(session, day)

    def week(self, day: date) -> WhoWeek:
        """The Monday-based week containing `day`."""
        monday = monday_of(day)
        with self._db.reading() as session:
            return who_week(monday, activity.week_sums(session, monday))

    def set_steps(self, day: date, steps: int) -> None:
        check_steps(steps)
        with self._db.transaction() as session:
            activity.put_steps(session, day, steps)

    def steps(self, day: date) -> int | None:
        with self._db.reading() as session:
            return activity.day_steps(session, day)
