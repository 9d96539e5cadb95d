# ruff: noqa: E501
"""Generate a realistic Apple Health export of any size (for the benchmark and tests).

Per day, like a person with an iPhone and an Apple Watch: overlapping step samples from
both, heart rate with metadata (the bulk of a real file), active energy, time in daylight,
exercise minutes, sleep stages plus in-bed, a mindful session, a workout with statistics.
The head carries the iOS 16 DOCTYPE that the standard library's parsers reject.
Usage: python bench/apple_health_gen.py OUT.xml|OUT.zip --records N
"""

from __future__ import annotations

import argparse
import random
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

PHONE = ('&lt;&lt;HKDevice: 0x283f1a2b0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, '
         'hardware:iPhone14,5, software:16.4.1&gt;')
WATCH = ('&lt;&lt;HKDevice: 0x283f1a3c0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, '
         'hardware:Watch6,2, software:9.4&gt;')
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT WorkoutActivity ((WorkoutEvent|WorkoutStatistics|MetadataEntry)*)>
<!ATTLIST WorkoutActivity
  uuid                  CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #IMPLIED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="2024-06-01 09:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>
"""
RECORDS_PER_DAY = 375  # what one day below writes (approximately)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S %z")


def _record(kind: str, unit: str, value: object, source: str, device: str,
            start: datetime, end: datetime, children: str = "") -> str:
    attrs = (f'type="{kind}" sourceName="{source}" sourceVersion="16.4" device="{device}" '
             f'unit="{unit}" creationDate="{_stamp(end)}" startDate="{_stamp(start)}" '
             f'endDate="{_stamp(end)}" value="{value}"')
    if children:
        return f" <Record {attrs}>\n{children} </Record>\n"
    return f" <Record {attrs}/>\n"


def day_records(day: datetime, rng: random.Random) -> Iterator[str]:
    """About RECORDS_PER_DAY records for one local day (midnight `day`, aware)."""
    phone, watch = "Alex’s iPhone", "Alex’s Apple Watch"
    for i in range(60):  # steps: iPhone and Watch cover the same minutes
        start = day + timedelta(hours=7, minutes=14 * i)
        end = start + timedelta(minutes=rng.randint(3, 10))
        count = rng.randint(20, 400)
        yield _record("HKQuantityTypeIdentifierStepCount", "count", count, phone, PHONE,
                      start, end)
        yield _record("HKQuantityTypeIdentifierStepCount", "count", count + rng.randint(-9, 9),
                      watch, WATCH, start + timedelta(seconds=30), end)
    meta = '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'
    for i in range(150):
        start = day + timedelta(minutes=9 * i + rng.randint(0, 5))
        yield _record("HKQuantityTypeIdentifierHeartRate", "count/min", rng.randint(52, 130),
                      watch, WATCH, start, start, meta)
    for i in range(60):
        start = day + timedelta(hours=6, minutes=15 * i)
        yield _record("HKQuantityTypeIdentifierActiveEnergyBurned", "kcal",
                      round(rng.uniform(0.5, 20), 3), watch, WATCH, start,
                      start + timedelta(minutes=1))
    for i in range(5):
        start = day + timedelta(hours=9 + 2 * i)
        minutes = rng.randint(1, 15)
        yield _record("HKQuantityTypeIdentifierTimeInDaylight", "min", minutes, watch, WATCH,
                      start, start + timedelta(minutes=minutes))
    for i in range(30):
        start = day + timedelta(hours=18, minutes=i)
        yield _record("HKQuantityTypeIdentifierAppleExerciseTime", "min", 1, watch, WATCH,
                      start, start + timedelta(minutes=1))
    bed = day - timedelta(hours=1, minutes=rng.randint(0, 60))  # went to bed before midnight
    yield _record("HKCategoryTypeIdentifierSleepAnalysis", "", "HKCategoryValueSleepAnalysisInBed",
                  phone, PHONE, bed, bed + timedelta(hours=8))
    cursor = bed + timedelta(minutes=15)
    for stage in ("Core", "Deep", "Core", "REM", "Core", "Awake", "Core"):
        end = cursor + timedelta(minutes=rng.randint(30, 80))
        value = "HKCategoryValueSleepAnalysisAwake" if stage == "Awake" else (
            f"HKCategoryValueSleepAnalysisAsleep{stage}")
        yield _record("HKCategoryTypeIdentifierSleepAnalysis", "", value, watch, WATCH,
                      cursor, end)
        cursor = end
    start = day + timedelta(hours=21)
    yield _record("HKCategoryTypeIdentifierMindfulSession", "", "", watch, WATCH, start,
                  start + timedelta(minutes=10))
    start = day + timedelta(hours=18, minutes=5)
    kind = rng.choice(["Walking", "Dance", "Yoga", "Cycling", "Running", "Swimming"])
    yield (f' <Workout workoutActivityType="HKWorkoutActivityType{kind}" duration="20" '
           f'durationUnit="min" sourceName="{watch}" sourceVersion="9.4" device="{WATCH}" '
           f'creationDate="{_stamp(start)}" startDate="{_stamp(start)}" '
           f'endDate="{_stamp(start + timedelta(minutes=20))}">\n'
           '  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" '
           f'startDate="{_stamp(start)}" endDate="{_stamp(start)}" sum="120" unit="kcal"/>\n'
           ' </Workout>\n')


def write_export(path: Path, records: int, *, seed: int = 1) -> int:
    """Write an export.xml (or a zip holding one named in German) with ~`records` records.

    Returns the number of days written.
    """
    rng = random.Random(seed)
    days = max(1, records // RECORDS_PER_DAY)
    zone = timezone(timedelta(hours=1))
    first = datetime(2022, 1, 3, tzinfo=zone)

    def chunks() -> Iterator[str]:
        yield HEAD
        for n in range(days):
            yield "".join(day_records(first + timedelta(days=n), rng))
        yield "</HealthData>\n"

    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
            with archive.open("apple_health_export/Export.xml".replace("Export", "Exportieren"),
                              "w", force_zip64=True) as out:
                for text in chunks():
                    out.write(text.encode("utf-8"))
    else:
        with path.open("w", encoding="utf-8") as out:
            for text in chunks():
                out.write(text)
    return days


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description=__doc__)
    cli.add_argument("out", type=Path)
    cli.add_argument("--records", type=int, default=280_000)
    args = cli.parse_args()
    print(f"{write_export(args.out, args.records)} days written to {args.out}")
