"""Counting each step and minute once across devices and overlapping samples."""

from __future__ import annotations

import pytest

from wellness_app.services.io.apple_health import dedup


def samples(*triples: tuple[float, float, float]) -> dedup.Samples:
    result = dedup.Samples()
    for start, end, value in triples:
        result.add(start, end, value)
    return result


def test_per_hour_the_best_source_alone_counts() -> None:
    hour = 3600
    watch = samples((0, 600, 90), (2 * hour + 300, 2 * hour + 600, 30))
    phone = samples((0, 600, 100), (hour, hour + 600, 50), (2 * hour, 2 * hour + 600, 40))
    day = dedup.steps_per_hour({0: watch, 1: phone}, rank=lambda source: source)
    assert day.total == pytest.approx(90 + 50 + 30)
    assert day.overruled == 2


def test_exact_duplicates_count_once() -> None:
    phone = samples((0, 600, 100), (0, 600, 100), (600, 900, 100))
    day = dedup.steps_per_hour({0: phone}, rank=lambda source: source)
    assert (day.total, day.duplicates) == (200, 1)


def test_sleep_one_source_per_night() -> None:
    pillow = samples((0, 8 * 3600, 0))
    sleeptrack = samples((3600, 9 * 3600, 0), (3600, 2 * 3600, 0))  # stages overlap in time
    phone = samples((0, 10 * 3600, 0))
    night = dedup.best_night({0: pillow, 1: sleeptrack, 2: phone}, is_phone=lambda s: s == 2)
    assert (night.seconds, night.source_id, night.overruled) == (8 * 3600, 0, 3)
    alone = dedup.best_night({2: phone}, is_phone=lambda s: s == 2)
    assert alone.seconds == 10 * 3600


def test_union_counts_overlapping_minutes_once() -> None:
    merged = dedup.merge([(0, 60), (30, 90), (200, 260), (260, 300)])
    assert merged == [(0, 90), (200, 300)]
    assert dedup.length(merged) == 190
    assert dedup.minutes_outside([(0, 1800)], [(300, 1500)]) == pytest.approx(10.0)
