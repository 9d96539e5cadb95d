"""Planting mood check-ins and questionnaires straight into a test journal."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from wellness_app.domain.timestamps import Moment
from wellness_app.services import Database
from wellness_app.services.moods import MoodService
from wellness_app.storage.rows import Assessment


def at(day: date, hour: int = 9) -> Moment:
    return Moment(datetime.combine(day, time(hour), tzinfo=UTC), 0)


def plant_mood(db: Database, day: date, mood: int, note: str = "") -> None:
    MoodService(db).log(mood, moment=at(day, 20), note=note)


def plant_assessment(db: Database, day: date, kind: str, answers: list[int],
                     hour: int = 8) -> None:
    moment = at(day, hour)
    with db.transaction() as s:
        s.add(Assessment(kind=kind, answers=",".join(map(str, answers)), total=sum(answers),
                         at_utc=moment.utc, utc_offset_min=0, local_date=day))


def phq9_answers(total: int, item9: int = 0) -> list[int]:
    """Nine answers 0–3 summing to `total`, with item 9 fixed."""
    rest = total - item9
    answers = []
    for _ in range(8):
        step = min(3, rest)
        answers.append(step)
        rest -= step
    assert rest == 0, "total too large"
    return [*answers, item9]
