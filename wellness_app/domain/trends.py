"""Day-level series for the trends page and the insights: plain NumPy arrays per local day.

Days are integers counted from 1970-01-01 ("epoch days"), so a local date maps to one
number without any time zone; plots place a day at `epoch_day * 86400` seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

EPOCH = date(1970, 1, 1)
SECONDS_PER_DAY = 86_400
ROLLING_DAYS = 7
ROLLING_MIN_DAYS = 3


def to_epoch_day(day: date) -> int:
    return (day - EPOCH).days


def from_epoch_day(value: int | float) -> date:
    return EPOCH + timedelta(days=int(value))


def _empty_float() -> np.ndarray:
    return np.zeros(0, dtype=float)


@dataclass(frozen=True)
class DailySeries:
    """One row per local day that has any data; NaN where a measure has none that day."""

    days: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    mood_mean: np.ndarray = field(default_factory=_empty_float)
    mood_count: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    daylight_min: np.ndarray = field(default_factory=_empty_float)
    lamp_min: np.ndarray = field(default_factory=_empty_float)
    activity_min: np.ndarray = field(default_factory=_empty_float)
    sleep_hours: np.ndarray = field(default_factory=_empty_float)
    steps: np.ndarray = field(default_factory=_empty_float)

    MEASURES = ("daylight_min", "lamp_min", "activity_min", "sleep_hours", "steps")

    def __len__(self) -> int:
        return int(self.days.size)

    def has(self, measure: str) -> bool:
        """True when the measure has at least one value."""
        values: np.ndarray = getattr(self, measure)
        return bool(values.size and np.isfinite(values).any())

    def at(self, epoch_day: int) -> dict[str, float]:
        """The finite values of one day (empty when the day has no data)."""
        index = int(np.searchsorted(self.days, epoch_day))
        if index >= self.days.size or self.days[index] != epoch_day:
            return {}
        names = ("mood_mean", *self.MEASURES)
        out = {name: float(getattr(self, name)[index]) for name in names}
        out["mood_count"] = float(self.mood_count[index])
        return {k: v for k, v in out.items() if np.isfinite(v)}


@dataclass(frozen=True)
class MoodPoints:
    """Check-ins grouped by (day, mood level): one faint point per group, with its count."""

    days: np.ndarray
    moods: np.ndarray
    counts: np.ndarray


@dataclass(frozen=True)
class Marker:
    """A labelled vertical line: a medication start/stop or a treatment session."""

    day: date
    kind: str  # medication_start | medication_stop | treatment
    label: str


@dataclass(frozen=True)
class RollingBand:
    days: np.ndarray
    mean: np.ndarray
    low: np.ndarray
    high: np.ndarray


def merge_columns(columns: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    """Put (days, values) pairs on their union of days; NaN where a column has no value."""
    all_days = [days for days, _ in columns.values() if days.size]
    union = np.unique(np.concatenate(all_days)) if all_days else np.zeros(0, dtype=np.int64)
    out: dict[str, np.ndarray] = {"days": union.astype(np.int64)}
    for name, (days, values) in columns.items():
        column = np.full(union.size, np.nan)
        if days.size:
            column[np.searchsorted(union, days)] = values
        out[name] = column
    return out


def rolling_band(days: np.ndarray, daily: np.ndarray, window: int = ROLLING_DAYS,
                 min_days: int = ROLLING_MIN_DAYS) -> RollingBand:
    """Trailing `window`-day mean of the daily means, ± one standard deviation.

    Computed over calendar days (a gap counts as missing, not as zero) with cumulative
    sums, so ten years take well under a millisecond. NaN where fewer than `min_days`
    days in the window have a value.
    """
    ok = np.isfinite(daily)
    if not ok.any():
        empty = _empty_float()
        return RollingBand(np.zeros(0, dtype=np.int64), empty, empty, empty)
    start, stop = int(days[ok].min()), int(days[ok].max())
    calendar = np.arange(start, stop + 1, dtype=np.int64)
    values = np.zeros(calendar.size)
    present = np.zeros(calendar.size)
    index = days[ok] - start
    values[index] = daily[ok]
    present[index] = 1.0

    def window_sum(a: np.ndarray) -> np.ndarray:
        c = np.concatenate(([0.0], np.cumsum(a)))
        lo = np.maximum(np.arange(a.size) - window + 1, 0)
        return c[np.arange(a.size) + 1] - c[lo]

    n = window_sum(present)
    total = window_sum(values)
    squares = window_sum(values**2)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / n
        var = np.maximum(squares / n - mean**2, 0.0)
    sd = np.sqrt(var)
    mean[n < min_days] = np.nan
    sd[n < min_days] = np.nan
    return RollingBand(calendar, mean, np.clip(mean - sd, 1, 5), np.clip(mean + sd, 1, 5))
