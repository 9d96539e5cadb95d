"""The gentle-escalation rule on planted data: on and off at the edges, and "Not now"."""

from __future__ import annotations

from datetime import date, timedelta

from care_planting import phq9_answers, plant_assessment, plant_mood

from wellness_app.domain.escalation import check
from wellness_app.domain.history import DayMood
from wellness_app.services import Database
from wellness_app.services.escalation import EscalationService

TODAY = date(2026, 5, 20)


def days(moods: list[float], step: int = 1) -> list[DayMood]:
    """Daily means ending today, newest last."""
    n = len(moods)
    return [DayMood(TODAY - timedelta(days=(n - 1 - i) * step), m, 1) for i, m in enumerate(moods)]


def test_eight_low_days_of_fourteen_shows_and_seven_does_not() -> None:
    assert check(TODAY, days([2.0] * 8 + [3.0] * 6), []).show
    assert not check(TODAY, days([2.0] * 7 + [3.0] * 7), []).show  # exactly half is not most


def test_daily_mean_at_two_counts_as_low_but_two_and_a_bit_does_not() -> None:
    assert check(TODAY, days([2.0] * 10), []).low_days == 10
    assert not check(TODAY, days([2.01] * 14), []).show


def test_fewer_than_seven_days_with_entries_is_not_enough() -> None:
    assert not check(TODAY, days([1.0] * 6), []).show
    result = check(TODAY, days([1.0] * 7), [])
    assert result.show and result.reasons() == [
        "Your mood was low on 7 of your last 7 days with check-ins."]


def test_only_the_latest_fourteen_days_with_entries_count() -> None:
    # 10 low days, then 14 good days more recently: the low ones are out of the window
    assert not check(TODAY, days([1.0] * 10 + [4.0] * 14), []).show


def test_days_with_entries_are_counted_not_calendar_days() -> None:
    # check-ins every other day: 12 days with entries over 23 calendar days, 7 of them low
    result = check(TODAY, days([1.0] * 7 + [4.0] * 5, step=2), [])
    assert result.show and result.days_considered == 12


def test_old_entries_beyond_28_days_are_ignored() -> None:
    old = [DayMood(TODAY - timedelta(days=30 + n), 1.0, 1) for n in range(14)]
    assert not check(TODAY, old, []).show


def test_latest_phq9_of_ten_shows_and_nine_does_not(db: Database) -> None:
    service = EscalationService(db)
    plant_assessment(db, TODAY - timedelta(days=5), "phq9", phq9_answers(9))
    assert not service.check(TODAY).show
    plant_assessment(db, TODAY - timedelta(days=2), "phq9", phq9_answers(10))
    result = service.check(TODAY)
    assert result.show and result.reasons() == ["Your latest PHQ-9 total was 10."]
    plant_assessment(db, TODAY - timedelta(days=1), "phq9", phq9_answers(6))
    assert not service.check(TODAY).show  # the latest one counts, not the highest


def test_gad7_alone_does_not_trigger(db: Database) -> None:
    plant_assessment(db, TODAY, "gad7", [3, 3, 3, 3, 3, 3, 3])
    assert not EscalationService(db).check(TODAY).show


def test_not_now_quiets_for_seven_days(db: Database) -> None:
    for n in range(14):
        plant_mood(db, TODAY - timedelta(days=n), 1)
    service = EscalationService(db)
    assert service.check(TODAY).show
    assert service.not_now(TODAY) == TODAY + timedelta(days=7)
    for later in range(7):
        assert not service.check(TODAY + timedelta(days=later)).show
    # a week on, still low (days with entries within the last 28 days) → shows again
    assert service.check(TODAY + timedelta(days=7)).show


def test_an_unreadable_stored_quiet_date_does_not_hide_or_crash(db: Database) -> None:
    from wellness_app.storage.repositories import preferences

    plant_assessment(db, TODAY, "phq9", phq9_answers(12))
    with db.transaction() as s:
        preferences.put(s, "escalation_quiet_until", "someday")
    assert EscalationService(db).check(TODAY).show
