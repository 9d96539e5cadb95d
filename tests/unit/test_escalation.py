"""The gentle-escalation rule on planted data: on and off at the edges, and "Not now"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
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


# -- issue 19: question 9 and worse results override a "Not now" ----------------------------

@pytest.mark.parametrize(("total", "item9"), [
    (total, item9) for item9 in (1, 2, 3) for total in (1, 2, 3, 4, 9, 10, 19, 24 + item9)
    if total >= item9])
def test_question9_above_zero_shows_whatever_the_total(db: Database, item9: int,
                                                        total: int) -> None:
    plant_assessment(db, TODAY - timedelta(days=3), "phq9", phq9_answers(total, item9))
    result = EscalationService(db).check(TODAY)
    assert result.show and result.phq9_item9
    assert result.reason_keys()[0] == "phq9_item9"
    assert "better off dead" in result.reasons()[0]


def test_question9_zero_adds_no_reason(db: Database) -> None:
    plant_assessment(db, TODAY, "phq9", phq9_answers(9, 0))
    result = EscalationService(db).check(TODAY)
    assert not result.show and result.reason_keys() == []


def test_question9_counts_only_in_the_latest_phq9_of_the_last_28_days(db: Database) -> None:
    plant_assessment(db, TODAY - timedelta(days=28), "phq9", phq9_answers(3, 1))
    assert not EscalationService(db).check(TODAY).show  # older than the 28 days
    plant_assessment(db, TODAY - timedelta(days=10), "phq9", phq9_answers(3, 1))
    assert EscalationService(db).check(TODAY).show
    plant_assessment(db, TODAY - timedelta(days=2), "phq9", phq9_answers(3, 0))
    assert not EscalationService(db).check(TODAY).show  # the latest answer counts


def test_question9_shows_despite_an_earlier_not_now(db: Database) -> None:
    for n in range(14):
        plant_mood(db, TODAY - timedelta(days=n), 1)
    service = EscalationService(db)
    service.not_now(TODAY)
    assert not service.check(TODAY).show
    plant_assessment(db, TODAY, "phq9", phq9_answers(2, 1), hour=23)
    result = service.check(TODAY)
    assert result.show and result.overrides_quiet
    assert result.reason_keys() == ["phq9_item9", "low_mood_days"]


def test_not_now_after_seeing_the_question9_result_is_kept(db: Database) -> None:
    plant_assessment(db, TODAY, "phq9", phq9_answers(2, 1))
    service = EscalationService(db)
    assert service.check(TODAY).show
    service.not_now(TODAY)  # the person saw this result, then chose "Not now"
    assert not service.check(TODAY + timedelta(days=3)).show
    assert service.check(TODAY + timedelta(days=7)).show  # a week on it may show again


# (previous total or None, new total, new item 9, shows again despite the "Not now")
WORSE_CASES = [
    (None, 10, 0, True),    # a first PHQ-9 of 10
    (None, 9, 0, False),
    (3, 9, 0, True),        # rose by 6
    (4, 9, 0, True),        # rose by exactly 5
    (5, 9, 0, False),       # rose by 4
    (12, 10, 0, True),      # 10 or more, even if lower than before
    (12, 9, 0, False),      # better, below 10
    (0, 1, 1, True),        # question 9 above 0
    (9, 9, 0, False),
    (19, 24, 0, True),
]


@pytest.mark.parametrize(("before", "after", "item9", "shows"), WORSE_CASES)
def test_a_worse_phq9_overrides_not_now(db: Database, before: int | None, after: int,
                                        item9: int, shows: bool) -> None:
    for n in range(14):
        plant_mood(db, TODAY - timedelta(days=n), 1)  # low mood: a reason to show anyway
    if before is not None:
        plant_assessment(db, TODAY - timedelta(days=1), "phq9", phq9_answers(before))
    service = EscalationService(db)
    service.not_now(TODAY - timedelta(days=1))
    assert not service.check(TODAY).show
    plant_assessment(db, TODAY, "phq9", phq9_answers(after, item9))
    assert service.check(TODAY).show is shows


def test_a_rise_alone_is_not_a_reason_without_another(db: Database) -> None:
    plant_assessment(db, TODAY - timedelta(days=14), "phq9", phq9_answers(2))
    plant_assessment(db, TODAY, "phq9", phq9_answers(8))
    assert not EscalationService(db).check(TODAY).show  # 8 is below 10; mood not low


def test_a_not_now_stored_before_issue_19_still_quiets(db: Database) -> None:
    from wellness_app.storage.repositories import preferences

    for n in range(14):
        plant_mood(db, TODAY - timedelta(days=n), 1)
    with db.transaction() as s:
        preferences.put(s, "escalation_quiet_until", (TODAY + timedelta(days=3)).isoformat())
    service = EscalationService(db)
    assert not service.check(TODAY).show
    plant_assessment(db, TODAY, "phq9", phq9_answers(11))
    assert service.check(TODAY).show
