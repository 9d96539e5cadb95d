"""`wellness-app import daylio|apple-health|csv` and `export csv` end to end."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from wellness_app.cli import main

DAYLIO = ("\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
          "2024-04-02,April 2,Tuesday,7:05 pm,Super Rad,walk | tea,,\"a\nb\"\n"
          "2024-04-02,April 2,Tuesday,8:00 am,meh ,,,\n")
HEALTH = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [ <!ATTLIST Record type CDATA #REQUIRED ]>
<HealthData locale="en_US">
<Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" device="iPhone"
 startDate="2024-04-02 09:00:00 +0100" endDate="2024-04-02 09:30:00 +0100" value="3000"/>
<Record type="HKQuantityTypeIdentifierTimeInDaylight" sourceName="Watch" device="Watch"
 startDate="2024-04-02 12:00:00 +0100" endDate="2024-04-02 12:25:00 +0100" value="25"/>
<Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" device="Watch"
 startDate="2024-04-01 23:00:00 +0100" endDate="2024-04-02 06:30:00 +0100"
 value="HKCategoryValueSleepAnalysisAsleepCore"/>
<Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="40" durationUnit="min"
 sourceName="Watch" startDate="2024-04-02 17:00:00 +0100" endDate="2024-04-02 17:40:00 +0100"/>
</HealthData>
"""


def cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_daylio_needs_a_mood_map_then_imports(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    assert cli(tmp_path, "import", "daylio", str(path)) == 2
    assert "'Super Rad'" in capsys.readouterr().err
    assert cli(tmp_path, "import", "daylio", str(path), "--mood-map", "super rad=5") == 0
    assert "2 check-ins" in capsys.readouterr().out
    assert cli(tmp_path, "day", "2024-04-02", "--json") == 0
    day = json.loads(capsys.readouterr().out)
    assert day["mood"] == {"entries": 2, "mean": 4.0, "min": 3, "max": 5}
    assert day["tags"] == ["tea", "walk"]


def test_apple_health_then_day_json_and_csv_export(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("apple_health_export/export.xml", HEALTH)
    assert cli(tmp_path, "import", "apple-health", str(archive), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"]["activity_sessions"] == 1
    assert cli(tmp_path, "day", "2024-04-02", "--json") == 0
    day = json.loads(capsys.readouterr().out)
    assert (day["steps"], day["daylight_minutes"], day["activity_minutes"],
            day["sleep_hours"]) == (3000, 25.0, 40.0, 7.5)
    out = tmp_path / "all.zip"
    assert cli(tmp_path, "export", "csv", "-o", str(out)) == 0
    with zipfile.ZipFile(out) as zf:
        assert "2024-04-02" in zf.read("daily_metrics.csv").decode("utf-8-sig")


@pytest.mark.parametrize("args", [
    ["import", "csv", "{f}", "--map", "a=nonsense"],
    ["import", "apple-health", "{f}"],
    ["import", "daylio", "{missing}"],
])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "some.csv"
    path.write_text("a,b\n1,2\n")
    filled = [a.format(f=path, missing=tmp_path / "nope.csv") for a in args]
    assert cli(tmp_path, *filled) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("wellness-app: error:") and "\n" not in err
