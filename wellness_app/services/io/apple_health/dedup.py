"""Counting each minute and each step once (pure; intervals in epoch seconds).

- Exact duplicate records (same source, start, end and value) count once.
- Steps: per clock hour, only the best source that counted steps in that hour
  (`sources.py` says which is best), so two phones or two watches never add up.
- Sleep: per night, one source (`best_night`); its stages are added up.
- Mindful and exercise minutes: the union of the intervals; exercise minutes already
  inside a workout are not counted again.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

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


def unique(samples: Samples) -> tuple[list[tuple[int, int, float]], int]:
    """(the distinct (start, end, value) triples, how many exact duplicates were dropped)."""
    triples = list(zip(samples.starts, samples.ends, samples.values, strict=True))
    distinct = sorted(set(triples))
    return distinct, len(triples) - len(distinct)


@dataclass
class StepDay:
    total: float = 0.0
    duplicates: int = 0
    #: samples left out because a better source counted steps in the same hour
    overruled: int = 0


def steps_per_hour(by_source: dict[int, Samples],
                   rank: Callable[[int], tuple[int, int, int, str]]) -> StepDay:
    """One day's steps: per hour (of each sample's start), the best-ranked source only."""
    result = StepDay()
    hours: dict[int, dict[int, list[float]]] = defaultdict(dict)
    for source_id, samples in by_source.items():
        distinct, dropped = unique(samples)
        result.duplicates += dropped
        for start, _end, value in distinct:
            hours[start // 3600].setdefault(source_id, []).append(value)
    for per_source in hours.values():
        best = min(per_source, key=rank)
        result.total += sum(per_source[best])
        result.overruled += sum(len(v) for s, v in per_source.items() if s != best)
    return result


@dataclass
class Night:
    seconds: float
    source_id: int
    #: asleep samples from the sources that were not believed this night
    overruled: int


def best_night(by_source: dict[int, Samples], is_phone: Callable[[int], bool]) -> Night:
    """A watch or sleep app wins over the phone; among equals, the most time asleep."""
    asleep = {sid: length(merge(samples.intervals())) for sid, samples in by_source.items()}
    preferred = [sid for sid in asleep if not is_phone(sid)] or list(asleep)
    chosen = max(preferred, key=lambda sid: (asleep[sid], -sid))
    overruled = sum(len(s) for sid, s in by_source.items() if sid != chosen)
    return Night(asleep[chosen], chosen, overruled)


def minutes_outside(intervals: Iterable[Interval], excluded: list[Interval]) -> float:
    """Minutes of the union of `intervals` not inside `excluded` (merged)."""
    merged = merge(intervals)
    return (length(merged) - sum(overlap(s, e, excluded) for s, e in merged)) / 60.0
