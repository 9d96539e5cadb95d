"""Apple Health import: each quirk of real exports, with small hand-built files."""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from io_helpers import count, rows

from wellness_app.domain.errors import UserError
from wellness_app.services.day_summary import DaySummaryService
from wellness_app.services.io.apple_health import parser
from wellness_app.services.io.service import ImportService

# An iOS 16-style DOCTYPE that the standard library's parsers reject.
BAD_DTD = """<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
<!ATTLIST Record
  type CDATA #REQUIRED
  startDate CDATA #REQUIRED
<!ATTLIST Workout
  workoutActivityType CDATA #REQUIRED
>
]>
"""
PHONE = 'sourceName="My iPhone" device="&lt;&lt;HKDevice: 0x1&gt;, name:iPhone, model:iPhone&gt;"'
WATCH = ('sourceName="My Apple\x0bWatch" '
         'device="&lt;&lt;HKDevice: 0x2&gt;, name:Apple Watch, model:Watch&gt;"')


def rec(kind: str, start: str, end: str, value: str = "", source: str = WATCH) -> str:
    return (f'<Record type="HKQuantityTypeIdentifier{kind}" {source} unit="x" '
            f'startDate="{start}" endDate="{end}" value="{value}"/>\n')


def cat(kind: str, value: str, start: str, end: str, source: str = WATCH) -> str:
    return (f'<Record type="HKCategoryTypeIdentifier{kind}" {source} '
            f'startDate="{start}" endDate="{end}" value="{value}"/>\n')


def export(body: str, dtd: str = BAD_DTD) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + dtd + '<HealthData locale="de_DE">\n'
            '<ExportDate value="2024-06-01 09:00:00 +0200"/>\n<Me/>\n' + body + "</HealthData>\n")


def write_zip(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
        archive.writestr("__MACOSX/apple_health_export/._Export.xml", b"\x00\x05junk")
        archive.writestr("apple_health_export/Exportieren.xml", text)
        archive.writestr("apple_health_export/workout-routes/route_1.gpx", "<gpx/>")
    return path


DAY = "2024-05-10"
STEPS = (
    # the watch and the phone counted the same walk: count the watch's 90 only
    rec("StepCount", f"{DAY} 10:00:00 +0200", f"{DAY} 10:10:00 +0200", "100", PHONE)
    + rec("StepCount", f"{DAY} 10:00:00 +0200", f"{DAY} 10:10:00 +0200", "90")
    # the phone alone (watch charging): counted
    + rec("StepCount", f"{DAY} 12:00:00 +0200", f"{DAY} 12:10:00 +0200", "50", PHONE)
    # the watch counted steps in this hour too: the hour is the watch's alone
    + rec("StepCount", f"{DAY} 14:00:00 +0200", f"{DAY} 14:10:00 +0200", "40", PHONE)
    + rec("StepCount", f"{DAY} 14:05:00 +0200", f"{DAY} 14:10:00 +0200", "30")
)
SLEEP = (
    cat("SleepAnalysis", "HKCategoryValueSleepAnalysisInBed",
        "2024-05-09 22:30:00 +0200", f"{DAY} 07:00:00 +0200", PHONE)
    + cat("SleepAnalysis", "HKCategoryValueSleepAnalysisAsleepCore",
          "2024-05-09 23:00:00 +0200", "2024-05-09 23:50:00 +0200")
    + cat("SleepAnalysis", "HKCategoryValueSleepAnalysisAsleepDeep",
          "2024-05-09 23:50:00 +0200", f"{DAY} 02:00:00 +0200")
    + cat("SleepAnalysis", "HKCategoryValueSleepAnalysisAwake",
          f"{DAY} 02:00:00 +0200", f"{DAY} 02:30:00 +0200")
    + cat("SleepAnalysis", "HKCategoryValueSleepAnalysisAsleepREM",
          f"{DAY} 02:30:00 +0200", f"{DAY} 06:30:00 +0200")
)
EXERCISE = "".join(
    rec("AppleExerciseTime", f"{DAY} 18:{m:02d}:00 +0200", f"{DAY} 18:{m + 1:02d}:00 +0200", "1")
    for m in range(30)
) + (
    f'<Workout workoutActivityType="HKWorkoutActivityTypeSocialDance" duration="20" '
    f'durationUnit="min" {WATCH} startDate="{DAY} 18:05:00 +0200" '
    f'endDate="{DAY} 18:25:00 +0200"><WorkoutStatistics type="x" sum="1"/></Workout>\n'
)
OTHER = "".join(
    f'<Record type="HKQuantityTypeIdentifierHeartRate" {WATCH} startDate="{DAY} 09:00:00 +0200" '
    f'endDate="{DAY} 09:00:00 +0200" value="61"><MetadataEntry key="k" value="v"/></Record>\n'
    for _ in range(5)
)
DAYLIGHT = (rec("TimeInDaylight", f"{DAY} 09:00:00 +0200", f"{DAY} 09:12:00 +0200", "12")
            + rec("TimeInDaylight", f"{DAY} 13:00:00 +0200", f"{DAY} 13:08:00 +0200", "8"))
MINDFUL = cat("MindfulSession", "", f"{DAY} 21:00:00 +0200", f"{DAY} 21:10:00 +0200")
FULL = export(STEPS + SLEEP + EXERCISE + OTHER + DAYLIGHT + MINDFUL)


def test_the_standard_library_rejects_the_fixture() -> None:
    with pytest.raises(ET.ParseError):
        ET.fromstring(FULL.encode())


def test_zip_with_localised_name_and_every_quirk(db, tmp_path: Path) -> None:
    report = ImportService(db).run("apple-health", write_zip(tmp_path, FULL))
    day = DaySummaryService(db).summary(date.fromisoformat(DAY)).to_json_dict()
    assert day["steps"] == 90 + 50 + 30
    assert day["sleep_hours"] == pytest.approx(7.0)  # 3 h before waking + 4 h REM
    assert day["activity_minutes"] == pytest.approx(30.0)  # 20 workout + 10 more exercise
    assert day["daylight_minutes"] == pytest.approx(20.0)
    assert rows(db, "SELECT value FROM daily_metrics WHERE metric='mindful_minutes'") == [(10.0,)]
    assert rows(db, "SELECT k.name FROM activity_sessions a JOIN activity_kinds k "
                    "ON k.id = a.kind_id ORDER BY a.minutes") == [("other",), ("dance",)]
    assert report.skipped["records of other types (heart rate, energy, …): not tracked here"] == 5
    assert report.skipped["in-bed or awake sleep samples (only time asleep counts)"] == 2


def test_second_import_adds_nothing(db, tmp_path: Path) -> None:
    path = write_zip(tmp_path, FULL)
    ImportService(db).run("apple-health", path)
    before = [count(db, t) for t in ("daily_metrics", "light_sessions", "activity_sessions")]
    again = ImportService(db).run("apple-health", path)
    assert again.total_added == 0
    assert [count(db, t) for t in ("daily_metrics", "light_sessions",
                                   "activity_sessions")] == before


def test_travel_offset_change_uses_each_samples_own_day(tmp_path: Path) -> None:
    body = (rec("StepCount", "2024-03-10 23:30:00 -0500", "2024-03-10 23:40:00 -0500", "10")
            + rec("StepCount", "2024-03-11 06:00:00 +0100", "2024-03-11 06:10:00 +0100", "20"))
    path = tmp_path / "export.xml"
    path.write_text(export(body, dtd=""))
    plan = parser.parse_file(path)
    # 23:30 -05:00 is already 05:30 UTC on the 11th: still the 10th where it was lived
    assert {(m.day.isoformat(), m.value) for m in plan.metrics} == {
        ("2024-03-10", 10.0), ("2024-03-11", 20.0)}


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    body = rec("StepCount", f"{DAY} 10:00:00 +0200", f"{DAY} 10:10:00 +0200", "7",
               'sourceName="Bad\x01name &#11; here" device="iPhone"')
    path = tmp_path / "export.xml"
    path.write_text(export(body))
    assert [m.value for m in parser.parse_file(path).metrics] == [7.0]


def test_not_an_export_and_truncated_file_are_clear_errors(tmp_path: Path) -> None:
    other = tmp_path / "notes.xml"
    other.write_text("<notes><note/></notes>")
    with pytest.raises(UserError, match="not an Apple Health export"):
        parser.parse_file(other)
    cut = tmp_path / "cut.xml"
    cut.write_text(FULL[: len(FULL) // 2])
    with pytest.raises(UserError, match="nothing was imported"):
        parser.parse_file(cut)
    empty_zip = tmp_path / "e.zip"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(UserError, match="no Apple Health export"):
        parser.parse_file(empty_zip)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=len(FULL)), st.binary(max_size=40))
def test_truncated_or_garbled_input_only_raises_user_error(tmp_path_factory, cut: int,
                                                           junk: bytes) -> None:
    path = tmp_path_factory.mktemp("ah") / "export.xml"
    path.write_bytes(FULL.encode()[:cut] + junk)
    with contextlib.suppress(UserError):
        parser.parse_file(path)


def test_tiny_chunks_give_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wellness_app.services.io.apple_health import source

    path = tmp_path / "export.xml"
    path.write_text(FULL)
    whole = parser.parse_file(path)
    monkeypatch.setattr(source, "CHUNK", 37)  # every tag is split somewhere
    assert parser.parse_file(path) == whole


def test_step_statistics_inside_workouts_and_attribute_order(tmp_path: Path) -> None:
    body = (
        f'<Workout workoutActivityType="HKWorkoutActivityTypeWalking" {WATCH} '
        f'startDate="{DAY} 08:00:00 +0200" endDate="{DAY} 08:30:00 +0200">\n'
        f'<WorkoutStatistics type="HKQuantityTypeIdentifierStepCount" sum="999" '
        f'startDate="{DAY} 08:00:00 +0200" endDate="{DAY} 08:30:00 +0200"/></Workout>\n'
        f'<Record value="12" startDate="{DAY} 09:00:00 +0200" endDate="{DAY} 09:05:00 +0200" '
        f'type="HKQuantityTypeIdentifierStepCount" {PHONE}>'
        '<MetadataEntry key="a" value="b"/></Record>\n')
    path = tmp_path / "export.xml"
    path.write_text(export(body))
    plan = parser.parse_file(path)
    assert [(m.metric, m.value) for m in plan.metrics] == [("steps", 12.0)]
    assert [(a.kind, a.minutes) for a in plan.activities] == [("walk", 30.0)]
