"""Counting each minute and each step once (pure; intervals in epoch seconds).

- Steps: where samples from several devices overlap, the higher-priority device wins
  (Apple Watch, then iPhone, then anything else), as the Health app does; a lower-priority
  sample counts only for the share of its time nobody better covered.
- Sleep, mindful minutes, exercise minutes: the union of the intervals.
- Exercise minutes already inside a workout are not counted again.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable

Interval = tuple[float, float]


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping union."""
    result: list[list[float]] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if result and start <= result[-1][1]:
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return [(s, e) for s, e in result]


def length(merged: list[Interval]) -> float:
    return sum(end - start for start, end in merged)


def overlap(start: float, end: float, merged: list[Interval]) -> float:
    """Seconds of [start, end) inside the merged intervals."""
    if not merged or end <= start:
        return 0.0
    index = max(0, bisect_right(merged, (start, float("inf"))) - 1)
    total = 0.0
    while index < len(merged) and merged[index][0] < end:
        low, high = max(start, merged[index][0]), min(end, merged[index][1])
        if high > low:
            total += high - low
        index += 1
    return total


def covers(point: float, merged: list[Interval]) -> bool:
    index = bisect_right(merged, (point, float("inf"))) - 1
    return index >= 0 and merged[index][0] <= point < merged[index][1]


class Samples:
    """Compact (start, end, value) triples: whole epoch seconds as uint32 (good until 2106)
    and float32 values, 12 bytes each instead of a tuple's ~100."""

    __slots__ = ("ends", "starts", "values")

    def __init__(self) -> None:
        self.starts, self.ends, self.values = array("I"), array("I"), array("f")

    def add(self, start: float, end: float, value: float = 0.0) -> None:
        self.starts.append(int(start))
        self.ends.append(int(end))
        self.values.append(value)

    def intervals(self) -> list[Interval]:
        return list(zip(self.starts, self.ends, strict=True))

    def __len__(self) -> int:
        return len(self.starts)


def prioritised_total(by_priority: dict[int, Samples]) -> float:
    """Sum of values, each lower-priority sample scaled by the share nobody better covered."""
    total = 0.0
    covered: list[Interval] = []
    for priority in sorted(by_priority):
        samples = by_priority[priority]
        for start, end, value in zip(samples.starts, samples.ends, samples.values, strict=True):
            if end > start:
                total += value * (1.0 - overlap(start, end, covered) / (end - start))
            elif not covers(start, covered):
                total += value
        covered = merge([*covered, *samples.intervals()])
    return total


def minutes_outside(intervals: Iterable[Interval], excluded: list[Interval]) -> float:
    """Minutes of the union of `intervals` not inside `excluded` (merged)."""
    merged = merge(intervals)
    return (length(merged) - sum(overlap(s, e, excluded) for s, e in merged)) / 60.0
