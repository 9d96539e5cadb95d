"""The CLI's quick path: `log mood`, `day` and `status` without SQLAlchemy.

`open_quick` opens the journal through the bare driver (`storage.lean`) only when it is
in the ordinary state; None means: use the full path (`open_checked`), which migrates,
repairs, backs up or explains. Each use case gives what its full-path twin gives —
the same rows written, the same domain values — with the domain's own validators and
rules (support line, escalation, reminders); tests compare the two.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_app.storage.lean import LeanJournal, open_lean

if TYPE_CHECKING:
    from wellness_app.domain.day_summary import DaySummary
    from wellness_app.domain.moods import MoodEntry
    from wellness_app.services.today_status import TodayStatus

# Each use case imports what it needs when it runs: a command pays only for its own.
log = logging.getLogger(__name__)
__all__ = ["LeanJournal", "day_summary", "log_mood", "open_quick", "today_status"]


def open_quick(db_path: Path, key: str | None, *, write: bool,
               now: datetime | None = None) -> LeanJournal | None:
    """The journal for a quick command, or None (take the full path)."""
    return open_lean(db_path, key, write=write, now=now)


def log_mood(journal: LeanJournal, entry: MoodEntry,
             today: date | None = None) -> tuple[MoodEntry, str, bool]:
    """Save a check-in (as `MoodService.add`); returns it as stored, its mood's label and
    whether to show the support line (as `SupportLineService.after_checkin`)."""
    from wellness_app.domain.errors import UserError
    from wellness_app.domain.moods import validate_entry
    from wellness_app.domain.timestamps import check_not_future
    from wellness_app.services import support_line
    from wellness_app.storage.lean import moods as lean_moods

    entry = validate_entry(entry)
    check_not_future(entry.moment)
    with journal.errors():
        saved = lean_moods.add(journal, entry)
        journal.commit()
    log.info("Saved mood entry %s for %s (quick path)", saved.id, saved.local_date)
    label = lean_moods.labels(journal)[saved.mood]
    today = today or date.today()
    try:
        with journal.errors():
            offer = support_line.decide(journal, saved, today)
            journal.commit()
    except UserError:
        offer = support_line.offer_anyway(saved, today)
    return saved, label, offer


def day_summary(journal: LeanJournal, day: date) -> DaySummary:
    """As `DaySummaryService.summary`."""
    from wellness_app.storage.lean import day as lean_day

    return lean_day.build(journal, day)


def today_status(journal: LeanJournal, today: date | None = None) -> TodayStatus:
    """As `services.today_status.today_status`."""
    from wellness_app.domain.assessments import PHQ9_REMINDER_KEY, reminder_due
    from wellness_app.domain.escalation import check, lookback_start
    from wellness_app.services.escalation import QUIET_KEY, parse_not_now
    from wellness_app.services.today_status import TodayStatus
    from wellness_app.storage.lean import moods as lean_moods
    from wellness_app.storage.lean import status as lean_status

    today = today or date.today()
    moods = lean_status.daily_moods(journal, lookback_start(today), today)
    phq9 = lean_status.latest_few(journal, "phq9", 2, end=today)
    escalation = check(today, moods, phq9, parse_not_now(journal.preference(QUIET_KEY)))
    phq9_due = False
    if journal.preference(PHQ9_REMINDER_KEY, False):
        last = lean_status.latest_few(journal, "phq9", 1)
        phq9_due = reminder_due(last[0].local_date if last else None, today)
    mood_due = lean_moods.count_on(journal, today) == 0
    return TodayStatus(today, escalation, phq9_due, mood_due)
