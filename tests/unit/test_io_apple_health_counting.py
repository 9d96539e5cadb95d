"""Apple Health counted the way Apple counts: one source per night and per hour of steps,
exact duplicates once, workout intensity, empty workouts, State of Mind check-ins."""

from __future__ import annotations

from pathlib import Path

import pytest
from io_helpers import count, rows
from test_io_apple_health import PHONE, WATCH, cat, export, rec

from wellness_app.services.io.apple_health import mind, parser, sources, workouts
from wellness_app.services.io.common import ImportReport
from wellness_app.services.io.service import ImportService

DAY = "2024-05-10"
OLD_PHONE = ('sourceName="Anna’s iPhone" device="&lt;&lt;HKDevice: 0x1a&gt;, name:iPhone, '
             'model:iPhone, hardware:iPhone10,4, software:15.1&gt;"')
NEW_PHONE = ('sourceName="Anna’s iPhone" device="&lt;&lt;HKDevice: 0x2b&gt;, name:iPhone, '
             'model:iPhone, hardware:iPhone14,2, software:17.1&gt;"')
OLD_WATCH = ('sourceName="Anna’s Apple Watch" device="&lt;&lt;HKDevice: 0x3c&gt;, '
             'name:Apple Watch, model:Watch, hardware:Watch4,2&gt;"')
NEW_WATCH = ('sourceName="Anna’s Apple Watch" device="&lt;&lt;HKDevice: 0x4d&gt;, '
             'name:Apple Watch, model:Watch, hardware:Watch6,1&gt;"')
PILLOW = 'sourceName="Pillow" device="&lt;&lt;HKDevice: 0x5&gt;, name:iPhone, model:iPhone&gt;"'
SLEEPTRACK = 'sourceName="SleepTrack"'
ASLEEP = "HKCategoryValueSleepAnalysisAsleep"


def plan_of(tmp_path: Path, body: str) -> parser.ImportPlan:
    path = tmp_path / "export.xml"
    path.write_text(export(body, dtd=""), encoding="utf-8")
    return parser.parse_file(path)


def metric(plan: parser.ImportPlan, name: str) -> dict[str, float]:
    return {m.day.isoformat(): m.value for m in plan.metrics if m.metric == name}


def steps(start: str, end: str, value: str, source: str) -> str:
    return rec("StepCount", f"{DAY} {start}:00 +0200", f"{DAY} {end}:00 +0200", value, source)


@pytest.mark.parametrize(("better", "worse"), [(NEW_PHONE, OLD_PHONE), (NEW_WATCH, OLD_WATCH),
                                               (OLD_WATCH, NEW_PHONE), (PHONE, PILLOW)])
def test_two_devices_of_one_kind_are_not_summed(tmp_path: Path, better: str,
                                                worse: str) -> None:
    body = "".join(steps(f"{h:02d}:00", f"{h:02d}:30", "400", better)
                   + steps(f"{h:02d}:05", f"{h:02d}:40", "390", worse) for h in (9, 10))
    body += steps("12:00", "12:20", "10", worse)  # only the lesser device that hour: counted
    plan = plan_of(tmp_path, body)
    assert metric(plan, "steps") == {DAY: 810.0}
    assert plan.skipped["step samples from a lower-priority device in the same hour"] == 2


def test_newest_device_first_by_hardware_number() -> None:
    old = sources.describe("Anna’s iPhone", ">, model:iPhone, hardware:iPhone9,3>")
    new = sources.describe("Anna’s iPhone", ">, model:iPhone, hardware:iPhone12,1>")
    watch = sources.describe("Anna’s Apple Watch", ">, model:Watch, hardware:Watch3,1>")
    app = sources.describe("Pedometer++", "")
    assert sorted([app, old, new, watch], key=lambda s: s.rank) == [watch, new, old, app]


def test_exact_duplicate_records_count_once(tmp_path: Path, db) -> None:
    one = steps("09:00", "09:10", "500", PHONE)
    light = rec("TimeInDaylight", f"{DAY} 09:00:00 +0200", f"{DAY} 09:12:00 +0200", "12")
    run = (f'<Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" '
           f'durationUnit="min" {WATCH} startDate="{DAY} 07:00:00 +0200" '
           f'endDate="{DAY} 07:30:00 +0200"/>\n')
    path = tmp_path / "export.xml"
    path.write_text(export((one + light + run) * 2, dtd=""), encoding="utf-8")
    report = ImportService(db).run("apple-health", path)
    assert rows(db, "SELECT value FROM daily_metrics WHERE metric='steps'") == [(500.0,)]
    assert rows(db, "SELECT minutes FROM light_sessions") == [(12.0,)]
    assert count(db, "activity_sessions") == 1
    assert report.skipped["exact duplicate records (counted once)"] == 3
    # the report says what was stored, no more
    assert report.added["activity_sessions"] == count(db, "activity_sessions")
    assert report.added["light_sessions"] == count(db, "light_sessions")
    assert report.added["daily_metrics"] == count(db, "daily_metrics")


def night(source: str, start: str, end: str, value: str = ASLEEP) -> str:
    return cat("SleepAnalysis", value, f"2024-05-09 {start}:00 +0200" if start >= "12" else
               f"{DAY} {start}:00 +0200", f"{DAY} {end}:00 +0200", source)


def test_sleep_is_one_source_per_night_not_the_union(tmp_path: Path) -> None:
    body = (night(PILLOW, "22:10", "07:00") + night(SLEEPTRACK, "22:40", "07:30")
            + night(PHONE, "21:00", "09:00"))  # the phone's guess never beats a tracker
    plan = plan_of(tmp_path, body)
    assert metric(plan, "sleep_hours") == {DAY: pytest.approx(8.83, abs=0.01)}
    assert plan.skipped[
        "sleep samples from other sources the same night (one source per night)"] == 2


def test_watch_stages_add_up_and_phone_counts_when_alone(tmp_path: Path) -> None:
    watch = (night(WATCH, "23:00", "02:00", "HKCategoryValueSleepAnalysisAsleepCore")
             + night(WATCH, "02:00", "03:00", "HKCategoryValueSleepAnalysisAsleepDeep")
             + night(WATCH, "03:00", "06:00", "HKCategoryValueSleepAnalysisAsleepREM"))
    assert metric(plan_of(tmp_path, watch + night(PHONE, "22:00", "08:00")),
                  "sleep_hours") == {DAY: 7.0}
    assert metric(plan_of(tmp_path, night(PHONE, "23:30", "06:30")),
                  "sleep_hours") == {DAY: 7.0}


RENAMED_PHONE = ('sourceName="Ryan Phone" device="&lt;&lt;HKDevice: 0x28&gt;, name:iPhone, '
                 'model:iPhone, hardware:iPhone10,4, software:12.3&gt;"')
CLOCK = ('sourceName="Clock" device="&lt;&lt;HKDevice: 0x29&gt;, name:iPhone, model:iPhone, '
         'hardware:iPhone10,4&gt;"')


def test_a_renamed_phone_and_the_clock_app_lose_to_a_sleep_app(tmp_path: Path) -> None:
    # as in a real public export (github.com/rgosdin/docs): the phone is called "Ryan Phone"
    body = (steps("10:00", "10:10", "50", RENAMED_PHONE) + night(RENAMED_PHONE, "21:00", "09:00")
            + night(CLOCK, "20:00", "09:30") + night(PILLOW, "23:00", "06:00"))
    assert metric(plan_of(tmp_path, body), "sleep_hours") == {DAY: 7.0}


def test_a_night_over_16_hours_is_flagged(tmp_path: Path) -> None:
    body = cat("SleepAnalysis", ASLEEP, "2024-05-09 12:00:00 +0200", f"{DAY} 10:00:00 +0200")
    plan = plan_of(tmp_path, body)
    assert metric(plan, "sleep_hours") == {DAY: 22.0}
    assert [(d.isoformat(), h) for d, h in plan.long_nights] == [(DAY, 22.0)]
    lines = ImportReport("apple-health", "export.xml", long_nights=plan.long_nights).lines()
    assert f"  {DAY}: 22.0 h of sleep recorded (over 16 h)" in lines


def workout(kind: str, minutes: str, extra: str = "") -> str:
    return (f'<Workout workoutActivityType="HKWorkoutActivityType{kind}" duration="{minutes}" '
            f'durationUnit="min" {extra} {WATCH} startDate="{DAY} 07:{len(kind):02d}:00 +0200" '
            f'endDate="{DAY} 08:{len(kind):02d}:00 +0200"/>\n')


@pytest.mark.parametrize(("kind", "extra", "intensity"), [
    ("Running", "", "vigorous"), ("HighIntensityIntervalTraining", "", "vigorous"),
    ("Swimming", "", "vigorous"), ("Yoga", "", "light"), ("Walking", "", "moderate"),
    ("Other", "", "moderate"),
    ("Other", 'totalEnergyBurned="400" totalEnergyBurnedUnit="kcal"', "vigorous"),
    ("Other", 'totalEnergyBurned="60" totalEnergyBurnedUnit="kcal"', "light"),
    ("Other", 'totalEnergyBurned="800" totalEnergyBurnedUnit="kJ"', "moderate"),
    ("Yoga", 'totalEnergyBurned="900" totalEnergyBurnedUnit="kcal"', "light"),
])
def test_workout_intensity(tmp_path: Path, kind: str, extra: str, intensity: str) -> None:
    plan = plan_of(tmp_path, workout(kind, "60", extra))
    assert [a.intensity for a in plan.activities] == [intensity]


def test_vigorous_run_is_stored_as_vigorous(tmp_path: Path, db) -> None:
    path = tmp_path / "export.xml"
    path.write_text(export(workout("Running", "30"), dtd=""), encoding="utf-8")
    ImportService(db).run("apple-health", path)
    assert rows(db, "SELECT intensity, minutes FROM activity_sessions") == [("vigorous", 30.0)]


def test_reimport_corrects_runs_an_earlier_version_stored_as_moderate(tmp_path: Path,
                                                                     db) -> None:
    from sqlalchemy import text

    path = tmp_path / "export.xml"
    path.write_text(export(workout("Running", "30"), dtd=""), encoding="utf-8")
    ImportService(db).run("apple-health", path)
    with db.transaction() as session:  # as the importer before this change stored it
        session.execute(text("UPDATE activity_sessions SET intensity = 'moderate'"))
    again = ImportService(db).run("apple-health", path)
    assert again.added["activity_sessions"] == 1
    assert rows(db, "SELECT intensity FROM activity_sessions") == [("vigorous",)]


def test_a_zero_minute_workout_is_skipped_with_its_own_reason(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, workout("Running", "0") + workout("Yoga", "0.01"))
    assert plan.activities == []
    assert plan.skipped["workouts of 0 minutes"] == 2
    assert "records with a missing or malformed date or value" not in plan.skipped


@pytest.mark.parametrize(("valence", "level"), [
    (-1.0, 1), (-0.61, 1), (-0.6, 2), (-0.21, 2), (-0.2, 3), (0.0, 3), (0.2, 3),
    (0.21, 4), (0.6, 4), (0.61, 5), (1.0, 5)])
def test_state_of_mind_valence_bands(valence: float, level: int) -> None:
    assert mind.level_for(valence) == level


def test_state_of_mind_samples_become_check_ins(tmp_path: Path, db) -> None:
    body = (f'<Record type="HKDataTypeStateOfMind" {PHONE} startDate="{DAY} 20:00:00 +0200" '
            f'endDate="{DAY} 20:00:00 +0200" valence="-0.7" kind="dailyMood" '
            'labels="HKStateOfMindLabelAnxious,overwhelmed,selfCare"/>\n')
    path = tmp_path / "export.xml"
    path.write_text(export(body * 2, dtd=""), encoding="utf-8")
    ImportService(db).run("apple-health", path)
    assert rows(db, "SELECT mood, source FROM mood_entries") == [(1, "apple-health")]
    assert sorted(r[0] for r in rows(db, "SELECT name FROM tags WHERE name IN "
                                         "('anxious', 'overwhelmed', 'self care')")) == [
        "anxious", "overwhelmed", "self care"]


def test_state_of_mind_as_its_own_element(tmp_path: Path) -> None:
    body = (f'<StateOfMind {WATCH} startDate="{DAY} 21:00:00 +0200" '
            f'endDate="{DAY} 21:00:00 +0200" kind="momentaryEmotion" valence="0.4" '
            'labels="grateful"/>\n')
    plan = plan_of(tmp_path, body)
    assert [(m.mood, m.tags, m.label) for m in plan.moods] == [
        (4, ("grateful",), "valence +0.40")]


def test_intensity_table_has_no_type_twice() -> None:
    assert not (workouts.VIGOROUS & workouts.LIGHT)
    assert not (workouts.VIGOROUS & workouts.MODERATE)
    assert not (workouts.LIGHT & workouts.MODERATE)
