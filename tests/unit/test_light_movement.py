"""Light dose arithmetic, WHO week sums and the trackers' validation rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.light import LightSession, day_dose, lux_hours
from wellness_app.domain.movement import monday_of, who_week
from wellness_app.domain.timestamps import Moment
from wellness_app.services.light import LightService
from wellness_app.services.movement import MovementService

PARIS = timezone(timedelta(hours=1))


def at(day: date, hour: int, minute: int = 0) -> Moment:
    return Moment.from_aware(datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS))


DAY = date(2026, 1, 14)  # a Wednesday


def test_lamp_dose_is_lux_times_hours() -> None:
    assert lux_hours(LightSession(at(DAY, 7), "lamp", 30, 10_000)) == 5_000


def test_daylight_uses_the_outdoor_estimate_and_morning_is_split() -> None:
    sessions = [
        LightSession(at(DAY, 9, 59), "daylight", 60),          # morning, estimate 2,500
        LightSession(at(DAY, 10, 0), "daylight", 30, 8_000),   # measured, not morning
        LightSession(at(DAY, 7), "lamp", 20),                  # lamp default 10,000
    ]
    dose = day_dose(sessions)
    assert dose.lux_hours == pytest.approx(2_500 + 4_000 + 10_000 / 3)
    assert dose.morning_lux_hours == pytest.approx(2_500 + 10_000 / 3)
    assert (dose.daylight_minutes, dose.lamp_minutes) == (90, 20)
    assert day_dose(sessions[:1], outdoor_lux=1_000).lux_hours == 1_000


def test_who_week_weights_vigorous_double_and_ignores_light() -> None:
    monday = date(2026, 1, 12)
    week = who_week(monday, [(monday, "moderate", 30), (monday, "vigorous", 20),
                             (monday + timedelta(days=6), "light", 90),
                             (monday + timedelta(days=7), "moderate", 500)])
    assert week.daily[0] == 70
    assert week.daily[6] == 0
    assert week.total == 70
    assert "Every bit" in week.message() and "missed" not in week.message()


def test_week_boundaries_monday_to_sunday(db) -> None:  # type: ignore[no-untyped-def]
    service = MovementService(db)
    sunday, monday = date(2026, 1, 18), date(2026, 1, 19)
    service.log("walk", 40, moment=at(sunday, 23, 30))
    service.log("run", 30, intensity="vigorous", moment=at(monday, 0, 15))
    service.log("yoga", 60, intensity="light", moment=at(monday, 8))
    assert monday_of(sunday) == date(2026, 1, 12)
    assert service.week(sunday).total == 40
    assert service.week(monday).total == 60
    assert service.week(monday + timedelta(days=3)).daily[0] == 60
    assert service.week(monday).message().startswith("60 of 150")
    service.log("gym", 45, intensity="vigorous", moment=at(monday, 18))
    assert "reached the WHO 150" in service.week(monday).message()


@pytest.mark.parametrize("minutes", [0, -5, 1441, float("nan")])
def test_bad_minutes_are_refused_and_nothing_written(db, minutes) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        LightService(db).log(minutes, moment=at(DAY, 8))
    with pytest.raises(ValidationError):
        MovementService(db).log("walk", minutes, moment=at(DAY, 8))
    assert LightService(db).for_day(DAY) == []
    assert MovementService(db).for_day(DAY) == []


def test_more_than_24_hours_of_one_kind_in_a_day_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    light = LightService(db)
    light.log(1000, moment=at(DAY, 1))
    with pytest.raises(ValidationError, match="1440 minutes"):
        light.log(500, moment=at(DAY, 20))
    light.log(500, kind="lamp", lux=2_500, moment=at(DAY, 20))  # another kind is fine
    moves = MovementService(db)
    moves.log("walk", 1000, moment=at(DAY, 1))
    with pytest.raises(ValidationError):
        moves.log("walk", 441, moment=at(DAY, 2))
    assert [s.minutes for s in light.for_day(DAY)] == [1000, 500]
    assert [s.minutes for s in moves.for_day(DAY)] == [1000]


@pytest.mark.parametrize("lux", [-1, 200_001])
def test_lux_out_of_range_is_refused(db, lux) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="200,000"):
        LightService(db).log(20, kind="lamp", lux=lux, moment=at(DAY, 7))
    assert LightService(db).for_day(DAY) == []


def test_unknown_activity_kind_needs_new(db) -> None:  # type: ignore[no-untyped-def]
    moves = MovementService(db)
    with pytest.raises(ValidationError, match="--new"):
        moves.log("swimming", 20, moment=at(DAY, 9))
    assert "swimming" not in moves.kinds()
    moves.log("swimming", 20, moment=at(DAY, 9), new=True)
    assert "swimming" in moves.kinds()
    moves.hide_kind("swimming")
    assert "swimming" not in moves.kinds()


def test_outdoor_estimate_is_a_setting_used_by_the_dose(db) -> None:  # type: ignore[no-untyped-def]
    light = LightService(db)
    light.log(60, moment=at(DAY, 8))
    assert light.dose(DAY).lux_hours == 2_500
    light.set_outdoor_lux(5_000)
    assert light.dose(DAY).lux_hours == 5_000
    with pytest.raises(ValidationError):
        light.set_outdoor_lux(50)


def test_steps_prefer_manual_over_imported(db) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.day_summary import DaySummaryService
    from wellness_app.storage.repositories import activity

    with db.transaction() as session:
        activity.put_steps(session, DAY, 12_000, source="apple-health")
    assert DaySummaryService(db).summary(DAY).steps == 12_000
    MovementService(db).set_steps(DAY, 7_500)
    assert DaySummaryService(db).summary(DAY).steps == 7_500
    with pytest.raises(ValidationError):
        MovementService(db).set_steps(DAY, -3)


def test_day_summary_fills_tracker_fields(db) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.day_summary import DaySummaryService
    from wellness_app.services.selfcare import SelfCareService

    LightService(db).log(30, kind="lamp", moment=at(DAY, 7))
    LightService(db).log(20, moment=at(DAY, 12))
    MovementService(db).log("run", 20, intensity="vigorous", moment=at(DAY, 18))
    SelfCareService(db).log("Lavender", moment=at(DAY, 21))
    data = DaySummaryService(db).summary(DAY).to_json_dict()
    assert data["light_therapy_minutes"] == 30 and data["daylight_minutes"] == 20
    assert data["activity_minutes"] == 20  # plain minutes, no vigorous weighting
    assert data["lux_hours"] == pytest.approx(5_833.3)
    assert data["selfcare"] == ["Lavender"]
    empty = DaySummaryService(db).summary(DAY + timedelta(days=1)).to_json_dict()
    assert empty["lux_hours"] is None and empty["activity_minutes"] is None
    assert empty["selfcare"] == []


def test_future_time_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    later = Moment.from_aware(datetime.now(UTC) + timedelta(days=3))
    with pytest.raises(ValidationError, match="future"):
        LightService(db).log(10, moment=later)
