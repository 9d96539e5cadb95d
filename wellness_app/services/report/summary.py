"""The facts on the report's first page, as plain data (no Qt): latest scores and their
change, PHQ-9 item 9 answers above 0, current medications with dose changes, and the
daily measures against the previous period of the same length."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.questionnaires import PHQ9_SUICIDE_ITEM_INDEX
from wellness_app.domain.trends import DailySeries, to_epoch_day


@dataclass(frozen=True, slots=True)
class ScoreChange:
    """The latest total in the period and how it differs from the first one."""

    kind: str  # phq9 | gad7
    latest: AssessmentRecord
    first: AssessmentRecord
    count: int

    @property
    def change(self) -> int | None:
        """Latest minus first total; None when the period holds only one."""
        return None if self.count < 2 else self.latest.total - self.first.total


@dataclass(frozen=True, slots=True)
class DoseChange:
    day: date
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class CurrentMedication:
    name: str
    dose: str
    since: date | None
    changes: tuple[DoseChange, ...] = ()


@dataclass(frozen=True, slots=True)
class MeasureComparison:
    """A daily measure's average in the period against the period before it."""

    key: str  # sleep_hours | activity_min | light_min | steps
    current: float | None
    previous: float | None


def score_change(kind: str, records: Sequence[AssessmentRecord]) -> ScoreChange | None:
    if not records:
        return None
    ordered = sorted(records, key=lambda r: r.moment.utc)
    return ScoreChange(kind, ordered[-1], ordered[0], len(ordered))


def item9_flags(records: Sequence[AssessmentRecord]) -> list[tuple[date, int]]:
    """(day, answer) of every PHQ-9 whose item 9 was answered above 0, oldest first."""
    return [(r.local_date, r.answers[PHQ9_SUICIDE_ITEM_INDEX])
            for r in sorted(records, key=lambda r: r.moment.utc)
            if len(r.answers) > PHQ9_SUICIDE_ITEM_INDEX
            and r.answers[PHQ9_SUICIDE_ITEM_INDEX] > 0]


MedRow = tuple[str, str, "date | None", "date | None"]


def current_medications(rows: Sequence[MedRow], start: date,
                        end: date) -> list[CurrentMedication]:
    """Medications still taken at `end`, each with the dose changes that began in the
    period (a later entry of the same name with another dose)."""
    by_name: dict[str, list[MedRow]] = {}
    for row in rows:
        by_name.setdefault(row[0].strip().casefold(), []).append(row)
    out: list[CurrentMedication] = []
    for entries in by_name.values():
        entries.sort(key=lambda r: r[2] or date.min)
        changes = tuple(
            DoseChange(b[2], a[1], b[1]) for a, b in itertools.pairwise(entries)
            if b[2] is not None and start <= b[2] <= end and a[1] != b[1])
        for name, dose, since, stop in entries:
            if (since is None or since <= end) and (stop is None or stop >= end):
                out.append(CurrentMedication(name, dose, since, changes))
    return sorted(out, key=lambda m: m.name.casefold())


def _mean(values: np.ndarray) -> float | None:
    finite = values[np.isfinite(values)]
    return float(finite.mean()) if finite.size else None


def _per_day(values: np.ndarray, days: int) -> float | None:
    finite = values[np.isfinite(values)]
    return float(finite.sum()) / days if finite.size else None


def compare_periods(series: DailySeries, start: date, end: date) -> list[MeasureComparison]:
    """Sleep (hours a night logged), movement and light (minutes a day over the whole
    period) and steps (a day logged), now against the same number of days before."""
    length = (end - start).days + 1
    previous_start = start - timedelta(days=length)
    now = (series.days >= to_epoch_day(start)) & (series.days <= to_epoch_day(end))
    before = (series.days >= to_epoch_day(previous_start)) & (series.days < to_epoch_day(start))
    light = np.nansum(np.vstack([series.daylight_min, series.lamp_min]), axis=0)
    light[~(np.isfinite(series.daylight_min) | np.isfinite(series.lamp_min))] = np.nan
    out = [
        MeasureComparison("sleep_hours", _mean(series.sleep_hours[now]),
                          _mean(series.sleep_hours[before])),
        MeasureComparison("activity_min", _per_day(series.activity_min[now], length),
                          _per_day(series.activity_min[before], length)),
        MeasureComparison("light_min", _per_day(light[now], length),
                          _per_day(light[before], length)),
        MeasureComparison("steps", _mean(series.steps[now]), _mean(series.steps[before])),
    ]
    return [m for m in out if m.current is not None or m.previous is not None]
