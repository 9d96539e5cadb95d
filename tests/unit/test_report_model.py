"""The clinician report's Qt-free model: ranges, weekly SQL sums, notes opt-in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from care_planting import at, phq9_answers, plant_assessment, plant_mood

from wellness_app.domain.errors import ValidationError
from wellness_app.services import Database
from wellness_app.services.report import ReportService
from wellness_app.storage.rows import ActivityKind, ActivitySession, LightSession, Medication


def add_light(db: Database, day: date, minutes: float) -> None:
    moment = at(day, 11)
    with db.transaction() as s:
        s.add(LightSession(kind="daylight", minutes=minutes, at_utc=moment.utc,
                           utc_offset_min=0, local_date=day))


def test_weekly_light_is_summed_per_iso_week_across_the_new_year(db: Database) -> None:
    add_light(db, date(2025, 12, 28), 5)   # Sunday → 2025-W52
    add_light(db, date(2025, 12, 29), 10)  # Monday → 2026-W01
    add_light(db, date(2026, 1, 4), 20)    # Sunday → 2026-W01
    add_light(db, date(2027, 1, 1), 7)     # Friday → 2026-W53
    report = ReportService(db).build(date(2025, 12, 1), date(2027, 1, 31))
    assert [(w.week, w.minutes, w.sessions) for w in report.light] == [
        ("2025-W52", 5.0, 1), ("2026-W01", 30.0, 2), ("2026-W53", 7.0, 1)]


def test_vigorous_minutes_count_double_in_the_weekly_activity(db: Database) -> None:
    day = date(2026, 3, 2)
    with db.transaction() as s:
        kind = ActivityKind(name="walk")
        s.add(kind)
        s.flush()
        for minutes, intensity in ((30, "moderate"), (20, "vigorous")):
            moment = at(day, 17)
            s.add(ActivitySession(kind_id=kind.id, minutes=minutes, intensity=intensity,
                                  at_utc=moment.utc, utc_offset_min=0, local_date=day))
    (week,) = ReportService(db).build(day, day).activity
    assert (week.week, week.moderate_equivalent_minutes, week.minutes) == ("2026-W10", 70, 50)


def test_notes_only_when_asked_and_item9_over_time(db: Database) -> None:
    day = date(2026, 3, 2)
    plant_mood(db, day, 2, note="my private note")
    plant_assessment(db, day, "phq9", phq9_answers(14, item9=2))
    plant_assessment(db, day + timedelta(days=7), "phq9", phq9_answers(8))
    with db.transaction() as s:
        s.add(Medication(name="Old", start_date=date(2020, 1, 1), stop_date=date(2020, 6, 1)))
        s.add(Medication(name="Current", start_date=date(2025, 1, 1)))
    service = ReportService(db)
    plain = service.build(day, day + timedelta(days=10))
    assert plain.notes == [] and not plain.is_empty
    assert plain.item9 == [(day, 2), (day + timedelta(days=7), 0)]
    assert [m.name for m in plain.medications] == ["Current"]
    with_notes = service.build(day, day + timedelta(days=10), include_notes=True)
    assert [n.text for n in with_notes.notes] == ["my private note"]


def test_empty_range_and_reversed_range(db: Database) -> None:
    assert ReportService(db).build(date(2020, 1, 1), date(2020, 1, 31)).is_empty
    with pytest.raises(ValidationError, match="ends"):
        ReportService(db).build(date(2020, 2, 1), date(2020, 1, 1))
