"""Streaming Apple Health parser: cleaned chunks → the interesting tags (scan.py) → expat
→ per-day accumulators.

Only five record types and workouts are looked at; everything else costs one dict
lookup. A sample's day is the local date written in its own timestamp (so its own UTC
offset, even when the person travelled). Sleep belongs to the day you wake up: a segment
ending at or after 18:00 counts towards the next morning.
"""

from __future__ import annotations

import xml.parsers.expat
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from wellness_app.domain.errors import UserError
from wellness_app.domain.import_records import ActivityRecord, LightRecord, MetricRecord, MoodRecord
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import (
    METRIC_MINDFUL_MINUTES,
    METRIC_SLEEP_HOURS,
    METRIC_STEPS,
)
from wellness_app.services.io.apple_health import dedup, mind, scan, workouts
from wellness_app.services.io.apple_health.source import (
    clean_chunks,
    open_export,
    strip_bad_refs,
)
from wellness_app.services.io.apple_health.sources import SourceTable
from wellness_app.services.io.common import (
    CancelToken,
    ImportPlan,
    Progress,
    key_of,
    no_progress,
)

SOURCE = "apple-health"
STEPS = "HKQuantityTypeIdentifierStepCount"
DAYLIGHT = "HKQuantityTypeIdentifierTimeInDaylight"
EXERCISE = "HKQuantityTypeIdentifierAppleExerciseTime"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
MINDFUL = "HKCategoryTypeIdentifierMindfulSession"
ASLEEP = frozenset({
    "HKCategoryValueSleepAnalysisAsleep", "HKCategoryValueSleepAnalysisAsleepUnspecified",
    "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepDeep",
    "HKCategoryValueSleepAnalysisAsleepREM",
})
WAKE_DAY_FROM_HOUR = 18
LONG_NIGHT_HOURS = 16
ONE_DAY = timedelta(days=1)


class _Collector:
    """expat callbacks → compact per-day accumulators."""

    def __init__(self) -> None:
        self.sources = SourceTable()
        self.steps: dict[date, dict[int, dedup.Samples]] = defaultdict(dict)
        self.step_writers: set[int] = set()
        self.sleep: dict[date, dict[int, dedup.Samples]] = defaultdict(dict)
        self.mindful: dict[date, dedup.Samples] = defaultdict(dedup.Samples)
        self.exercise: dict[date, dedup.Samples] = defaultdict(dedup.Samples)
        self.first: dict[tuple[str, date], tuple[int, str]] = {}
        self.daylight: dict[date, dedup.Samples] = defaultdict(dedup.Samples)
        self.workouts: dict[str, ActivityRecord] = {}
        self.workout_spans: list[dedup.Interval] = []
        self.moods: dict[str, MoodRecord] = {}
        self.other = 0
        self.not_counted_sleep = 0
        self.bad = 0
        self.duplicates = 0
        self.empty_workouts = 0
        self.by_type = {STEPS: self._steps, SLEEP: self._sleep, DAYLIGHT: self._daylight,
                        EXERCISE: self._exercise, MINDFUL: self._mindful,
                        **{name: self._mind for name in mind.TYPES}}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        """Called for every element: the common case (a record of another type) is cheap."""
        if name == "Record":
            handler = self.by_type.get(attrs.get("type", ""))
            if handler is None:
                self.other += 1
                return
        elif name == "Workout":
            handler = self._workout
        elif name == "StateOfMind":
            handler = self._mind
        else:
            return
        try:
            handler(attrs)
        except (KeyError, ValueError):
            self.bad += 1

    def _steps(self, attrs: dict[str, str]) -> None:
        start = attrs["startDate"]
        by_source = self.steps[date.fromisoformat(start[:10])]
        source = self.sources.id_of(attrs)
        samples = by_source.get(source)
        if samples is None:
            samples = by_source[source] = dedup.Samples()
            self.step_writers.add(source)
        samples.add(_epoch(start), _epoch(attrs["endDate"]), float(attrs["value"]))

    def _sleep(self, attrs: dict[str, str]) -> None:
        if attrs.get("value") not in ASLEEP:
            self.not_counted_sleep += 1
            return
        end = attrs["endDate"]
        day = date.fromisoformat(end[:10])
        if int(end[11:13]) >= WAKE_DAY_FROM_HOUR:
            day += ONE_DAY
        by_source = self.sleep[day]
        source = self.sources.id_of(attrs)
        samples = by_source.get(source)
        if samples is None:
            samples = by_source[source] = dedup.Samples()
        samples.add(_epoch(attrs["startDate"]), _epoch(end))

    def _daylight(self, attrs: dict[str, str]) -> None:
        start = attrs["startDate"]
        day = date.fromisoformat(start[:10])
        begin = self._note_first("daylight", day, start)
        self.daylight[day].add(begin, _epoch(attrs["endDate"]), float(attrs["value"]))

    def _mind(self, attrs: dict[str, str]) -> None:
        entry = mind.record(attrs)
        if entry.import_key in self.moods:
            self.duplicates += 1
        self.moods[entry.import_key] = entry

    def _exercise(self, attrs: dict[str, str]) -> None:
        start = attrs["startDate"]
        day = date.fromisoformat(start[:10])
        begin = self._note_first("exercise", day, start)
        self.exercise[day].add(begin, _epoch(attrs["endDate"]))

    def _mindful(self, attrs: dict[str, str]) -> None:
        start = attrs["startDate"]
        self.mindful[date.fromisoformat(start[:10])].add(_epoch(start), _epoch(attrs["endDate"]))

    def _note_first(self, what: str, day: date, stamp: str) -> int:
        """Remember the earliest sample of a day (the session's time); returns its epoch."""
        epoch = _epoch(stamp)
        key = (what, day)
        known = self.first.get(key)
        if known is None or epoch < known[0]:
            self.first[key] = (epoch, stamp)
        return epoch

    def moment_of_first(self, what: str, day: date) -> Moment:
        return Moment.from_aware(datetime.fromisoformat(self.first[(what, day)][1]))

    def _workout(self, attrs: dict[str, str]) -> None:
        start_text, end_text = attrs["startDate"], attrs["endDate"]
        start = Moment.from_aware(datetime.fromisoformat(start_text))
        end = _epoch(end_text)
        minutes = workouts.duration_minutes(attrs.get("duration"), attrs.get("durationUnit"))
        if minutes is None:
            minutes = (end - start.utc.timestamp()) / 60.0
        if round(minutes, 1) <= 0:
            self.empty_workouts += 1
            return
        activity = attrs.get("workoutActivityType", "")
        key = key_of("apple-health:workout", activity, start_text, end_text)
        if key in self.workouts:
            self.duplicates += 1
            return
        intensity = workouts.intensity_for(activity, minutes, attrs.get("totalEnergyBurned"),
                                           attrs.get("totalEnergyBurnedUnit"))
        self.workouts[key] = ActivityRecord(start, workouts.kind_for(activity),
                                            round(minutes, 1), key, intensity)
        self.workout_spans.append((start.utc.timestamp(), end))


_HOURS: dict[str, int] = {}


def _epoch(stamp: str) -> int:
    """Seconds since the epoch of `2024-05-10 14:05:00 +0200`, caching each hour's start."""
    hour = stamp[:13] + stamp[19:]
    base = _HOURS.get(hour)
    if base is None:
        if len(_HOURS) > 20_000:
            _HOURS.clear()
        base = _HOURS[hour] = int(
            datetime.fromisoformat(stamp[:13] + ":00:00" + stamp[19:]).timestamp())
    return base + int(stamp[14:16]) * 60 + int(stamp[17:19])


def parse_file(path: Path, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None) -> ImportPlan:
    """Stream the export and return per-day figures, daylight, exercise and workouts."""
    collector = _Collector()
    wanted = scan.needles(collector.by_type)
    with open_export(path) as (stream, total):
        for chunk in clean_chunks(stream, total, path.name, progress, cancel):
            tags, others = scan.wanted_tags(chunk, wanted)
            collector.other += others
            if tags:
                _parse_tags(collector, strip_bad_refs(b"<x>" + b"".join(tags) + b"</x>"),
                            path.name)
    return _plan(collector)


def _parse_tags(collector: _Collector, document: bytes, name: str) -> None:
    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = collector.start
    try:
        parser.Parse(document, True)
    except xml.parsers.expat.ExpatError as exc:
        reason = xml.parsers.expat.errors.messages[exc.code]
        raise UserError(f"{name} is not a valid Apple Health export: a record is malformed "
                        f"({reason}); nothing was imported.") from None


def _plan(c: _Collector) -> ImportPlan:
    plan = ImportPlan(source=SOURCE, replace_aggregates=True)
    overruled_steps = 0
    for day, by_source in sorted(c.steps.items()):
        steps = dedup.steps_per_hour(by_source, c.sources.rank)
        c.duplicates += steps.duplicates
        overruled_steps += steps.overruled
        plan.metrics.append(MetricRecord(day, METRIC_STEPS, float(round(steps.total))))
    _sleep(plan, c)
    for day, samples in sorted(c.mindful.items()):
        minutes = dedup.length(dedup.merge(samples.intervals())) / 60.0
        plan.metrics.append(MetricRecord(day, METRIC_MINDFUL_MINUTES, round(minutes, 1)))
    for day, samples in sorted(c.daylight.items()):
        distinct, dropped = dedup.unique(samples)
        c.duplicates += dropped
        minutes = sum(value for _start, _end, value in distinct)
        if minutes > 0:
            plan.light.append(LightRecord(c.moment_of_first("daylight", day), round(minutes, 1),
                                          f"apple-health:daylight:{day.isoformat()}"))
    spans = dedup.merge(c.workout_spans)
    for day, samples in sorted(c.exercise.items()):
        minutes = round(dedup.minutes_outside(samples.intervals(), spans), 1)
        if minutes > 0:
            plan.activities.append(ActivityRecord(
                c.moment_of_first("exercise", day), "other", minutes,
                f"apple-health:exercise:{day.isoformat()}"))
        else:
            plan.skip("days whose exercise minutes were all inside workouts")
    plan.activities.extend(sorted(c.workouts.values(), key=lambda w: w.moment.utc))
    plan.moods.extend(sorted(c.moods.values(), key=lambda m: m.moment.utc))
    plan.skip("step samples from a lower-priority device in the same hour", overruled_steps)
    plan.skip("exact duplicate records (counted once)", c.duplicates)
    plan.skip("workouts of 0 minutes", c.empty_workouts)
    if c.other:
        plan.skip("records of other types (heart rate, energy, …): not tracked here", c.other)
    if c.not_counted_sleep:
        plan.skip("in-bed or awake sleep samples (only time asleep counts)",
                  c.not_counted_sleep)
    if c.bad:
        plan.skip("records with a missing or malformed date or value", c.bad)
    return plan


def _sleep(plan: ImportPlan, c: _Collector) -> None:
    """One source per night (see sources.py); a night over 16 h is flagged."""
    overruled = 0
    phones = c.sources.phone_for_sleep(c.step_writers)
    for day, by_source in sorted(c.sleep.items()):
        night = dedup.best_night(by_source, phones.__contains__)
        overruled += night.overruled
        hours = round(night.seconds / 3600.0, 2)
        plan.metrics.append(MetricRecord(day, METRIC_SLEEP_HOURS, hours))
        if hours > LONG_NIGHT_HOURS:
            plan.long_nights.append((day, hours))
    plan.skip("sleep samples from other sources the same night (one source per night)",
              overruled)
