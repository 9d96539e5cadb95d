"""Counting each step and minute once across devices and overlapping samples."""

from __future__ import annotations

import pytest

from wellness_app.services.io.apple_health import dedup


def samples(*triples: tuple[float, float, float]) -> dedup.Samples:
    result = dedup.Samples()
    for start, end, value in triples:
        result.add(start, end, value)
    return result


def test_watch_wins_where_devices_overlap() -> None:
    watch = samples((0, 600, 90))
    phone = samples((0, 600, 100), (1200, 1800, 50), (2400, 3000, 40))
    watch.add(2700, 3000, 30)
    assert dedup.prioritised_total({0: watch, 1: phone}) == pytest.approx(90 + 50 + 20 + 30)


def test_union_counts_overlapping_minutes_once() -> None:
    merged = dedup.merge([(0, 60), (30, 90), (200, 260), (260, 300)])
    assert merged == [(0, 90), (200, 300)]
    assert dedup.length(merged) == 190
    assert dedup.minutes_outside([(0, 1800)], [(300, 1500)]) == pytest.approx(10.0)
