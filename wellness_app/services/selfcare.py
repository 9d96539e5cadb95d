"""One-click self-care logs, the editable item list, and the medication list.

Logging St John's Wort, or adding a medication on a day it was logged, returns the
cautions new today alongside what was saved; the save itself is never refused.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date

from wellness_app.domain.cautions import Saved
from wellness_app.domain.errors import NotFoundError, ValidationError
from wellness_app.domain.medication_match import distinct_names, matching
from wellness_app.domain.selfcare import (
    Medication,
    SelfCareItem,
    SelfCareLog,
    check_item,
    check_medication,
)
from wellness_app.domain.timestamps import Moment, check_not_future
from wellness_app.services.cautions import bundled_table
from wellness_app.storage import Database
from wellness_app.storage.repositories import cautions, medications, selfcare

log = logging.getLogger(__name__)


class SelfCareService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def items(self) -> list[SelfCareItem]:
        with self._db.transaction() as session:
            return selfcare.items(session)

    def seed_defaults(self, names: Mapping[str, str] | None = None) -> None:
        """The starter items, once, in an empty list; `names` translates them (the GUI
        passes the interface language's names on first run)."""
        with self._db.transaction() as session:
            selfcare.seed_items(session, names)

    def add_item(self, name: str, category: str = "custom") -> SelfCareItem:
        name, category = check_item(name, category)
        with self._db.transaction() as session:
            selfcare.seed_items(session)
            return selfcare.add_item(session, name, category)

    def hide_item(self, name: str) -> None:
        with self._db.transaction() as session:
            selfcare.archive_item(session, name)

    def log(self, name: str, *, moment: Moment | None = None, note: str = "",
            new: bool = False, category: str = "custom") -> Saved[SelfCareLog]:
        clean, category = check_item(name, category)
        if len(note) > 10_000:
            raise ValidationError("A note can be at most 10,000 characters")
        when = moment or Moment.now()
        check_not_future(when)
        with self._db.transaction() as session:
            selfcare.seed_items(session)
            row = selfcare.find(session, clean)
            if row is None or (row.archived and not new):
                if not new:
                    raise ValidationError(
                        f"'{clean}' is not one of your self-care items; use --new to add it")
                selfcare.add_item(session, clean, category)
                row = selfcare.find(session, clean)
                assert row is not None
            saved = selfcare.add_log(session, row, when, note.strip())
            found = cautions.check_day(session, when.local_date, bundled_table())
        log.info("Saved self-care log %s", saved.id)
        return Saved(saved, found)

    def delete_log(self, log_id: int) -> SelfCareLog:
        """Delete and return the log, so `restore_log` can put it back."""
        with self._db.transaction() as session:
            return selfcare.delete_log(session, log_id)

    def restore_log(self, entry: SelfCareLog) -> Saved[SelfCareLog]:
        """Put a deleted log back with its id (undo); its item comes back to the list if
        it was removed meanwhile, and the day's cautions are checked again."""
        with self._db.transaction() as session:
            selfcare.seed_items(session)
            row = selfcare.find(session, entry.item)
            if row is None:
                selfcare.add_item(session, entry.item, entry.category)
                row = selfcare.find(session, entry.item)
                assert row is not None
            saved = selfcare.add_log(session, row, entry.moment, entry.note, entry.source,
                                     entry.id)
            found = cautions.check_day(session, entry.moment.local_date, bundled_table())
        return Saved(saved, found)

    def for_day(self, day: date) -> list[SelfCareLog]:
        with self._db.reading() as session:
            return selfcare.for_day(session, day)


class MedicationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[Medication]:
        with self._db.reading() as session:
            return medications.all_(session)

    def save(self, med: Medication, *, today: date | None = None) -> Saved[Medication]:
        """Add (id None) or update; returns cautions if St John's Wort was logged today."""
        med = check_medication(med)
        day = today or Moment.now().local_date
        with self._db.transaction() as session:
            saved = medications.save(session, med)
            found = cautions.check_day(session, day, bundled_table())
        log.info("Saved medication %s", saved.id)
        return Saved(saved, found)

    def delete(self, med_id: int) -> Medication:
        """Delete and return the medication, so `restore` can put it back."""
        with self._db.transaction() as session:
            gone = medications.delete(session, med_id)
        log.info("Deleted medication %s", med_id)
        return gone

    def restore(self, med: Medication, *, today: date | None = None) -> Saved[Medication]:
        """Put a deleted medication back with its id (undo); its cautions apply again
        (they follow the name), and today's are returned as `save` does."""
        day = today or Moment.now().local_date
        with self._db.transaction() as session:
            saved = medications.restore(session, med)
            found = cautions.check_day(session, day, bundled_table())
        return Saved(saved, found)

    def stop(self, name: str, day: date) -> Medication:
        """Set the stop date of the still-open medication(s) `name` means ("sertraline"
        → "Sertraline 50 mg"; domain/medication_match.py). Several different names are
        refused with the list, and nothing is changed."""
        with self._db.transaction() as session:
            current = [m for m in medications.all_(session) if m.stop is None]
            open_ones = matching(current, name)
            if not open_ones:
                raise NotFoundError(f"No current medication called '{name}'")
            names = distinct_names(open_ones)
            if len(names) > 1:
                raise ValidationError(f"'{name}' could mean " + ", ".join(
                    f"'{n}'" for n in names) + "; give the full name as listed")
            saved = None
            for med in open_ones:
                saved = medications.save(session, check_medication(
                    Medication(med.name, med.dose, med.start, day, med.note, med.id)))
        assert saved is not None
        return saved
