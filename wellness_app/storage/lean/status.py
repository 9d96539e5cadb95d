"""What `status` reads, through the bare driver: the same queries as
`repositories.clinical_history.daily_moods` and `repositories.assessments.latest_few`."""

from __future__ import annotations

from datetime import date

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.domain.timestamps import Moment
from wellness_app.storage.lean.journal import LeanJournal, utc_datetime

_ASSESSMENT = ("SELECT kind, answers, total, at_utc, utc_offset_min, difficulty, id, source "
               "FROM assessments")


def daily_moods(journal: LeanJournal, start: date, end: date) -> list[DayMood]:
    """Mean mood per local day in [start, end], oldest first."""
    return [DayMood(date.fromisoformat(day), float(mean), int(n)) for day, mean, n in
            journal.execute("SELECT local_date, avg(mood), count(*) FROM mood_entries "
                            "WHERE local_date BETWEEN ? AND ? GROUP BY local_date "
                            "ORDER BY local_date", (start.isoformat(), end.isoformat()))]


def latest_few(journal: LeanJournal, kind: str, count: int, *, end: date | None = None
               ) -> list[AssessmentRecord]:
    """The last `count` questionnaires of `kind` up to the local date `end`, oldest first."""
    where, params = "WHERE kind = ?", [kind]
    if end is not None:
        where += " AND local_date <= ?"
        params.append(end.isoformat())
    rows = journal.execute(f"{_ASSESSMENT} {where} ORDER BY at_utc DESC, id DESC LIMIT ?",
                           [*params, count]).fetchall()
    return [_record(row) for row in reversed(rows)]


def _record(row: tuple[object, ...]) -> AssessmentRecord:
    kind, answers, total, at_utc, offset, difficulty, row_id, source = row
    assert isinstance(answers, str) and isinstance(at_utc, str) and isinstance(offset, int)
    assert isinstance(total, int) and isinstance(row_id, int)  # the schema's INTEGER columns
    assert difficulty is None or isinstance(difficulty, int)
    return AssessmentRecord(
        kind=str(kind), answers=tuple(int(a) for a in answers.split(",")) if answers else (),
        total=total, moment=Moment(utc_datetime(at_utc), offset), difficulty=difficulty,
        id=row_id, source=str(source))
