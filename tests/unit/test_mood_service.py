from datetime import date, datetime, timedelta, timezone

import pytest

from wellness_app.domain.errors import NotFoundError, ValidationError
from wellness_app.domain.moods import JournalQuery
from wellness_app.domain.timestamps import Moment
from wellness_app.services.day_summary import DaySummaryService
from wellness_app.services.moods import MoodService

BERLIN_WINTER = timezone(timedelta(hours=1))


def at(day: int, hour: int) -> Moment:
    return Moment.from_aware(datetime(2026, 1, day, hour, tzinfo=BERLIN_WINTER))


def test_log_edit_delete_and_restore_round_trip(db) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(db)
    saved = moods.log(2, moment=at(5, 9), tags=["walk", "new tag"], note="grey day")
    assert saved.id is not None and saved.tags == ("new tag", "walk")
    edited = moods.update(saved.with_changes(mood=4, note="better by noon"))
    assert moods.get(saved.id).mood == 4 and edited.note == "better by noon"
    gone = moods.delete(saved.id)
    with pytest.raises(NotFoundError):
        moods.get(saved.id)
    moods.restore(gone)
    assert moods.get(saved.id).note == "better by noon"


def test_invalid_entry_writes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(db)
    with pytest.raises(ValidationError):
        moods.log(9, moment=at(5, 9), tags=["should-not-exist"])
    assert moods.count() == 0
    assert moods.search(JournalQuery(tags=("should-not-exist",))) == []


def test_search_by_text_and_tag_newest_first(db) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(db)
    moods.log(3, moment=at(1, 8), tags=["tea"], note="Chamomile before bed")
    moods.log(4, moment=at(2, 8), tags=["tea", "walk"], note="long walk, 100% better")
    moods.log(2, moment=at(3, 8), note="stayed in")
    assert [e.note for e in moods.search(JournalQuery(tags=("TEA",)))] == [
        "long walk, 100% better", "Chamomile before bed"]
    assert [e.mood for e in moods.search(JournalQuery(text="100%"))] == [4]
    assert [e.mood for e in moods.search(JournalQuery(text="chamomile", tags=("walk",)))] == []


def test_day_summary_uses_the_local_day(db) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(db)
    moods.log(2, moment=at(5, 0), sleep_hours=6.5)   # 23:00 UTC on the 4th
    moods.log(4, moment=at(5, 23), tags=["friends"])
    summary = DaySummaryService(db).summary(date(2026, 1, 5)).to_json_dict()
    assert summary["mood"] == {"entries": 2, "mean": 3.0, "min": 2, "max": 4}
    assert summary["tags"] == ["friends"] and summary["sleep_hours"] == 6.5
    empty = DaySummaryService(db).summary(date(2026, 1, 4)).to_json_dict()
    assert empty["mood"] == {"entries": 0, "mean": None, "min": None, "max": None}


def test_renamed_mood_label_persists(db) -> None:  # type: ignore[no-untyped-def]
    MoodService(db).rename_label(5, "rad")
    assert MoodService(db).labels()[5] == "rad"
