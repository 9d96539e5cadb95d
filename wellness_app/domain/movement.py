"""Movement: activity sessions and the WHO weekly guideline.

WHO 2020 (adults): 150–300 minutes of moderate activity a week, a vigorous minute
counting as two. Light-intensity movement is logged and shown (every movement counts)
but does not count toward the WHO minutes, which are about moderate or harder effort.
Weeks start on Monday (ISO 8601). Wording never scolds a day without movement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.light import check_minutes
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import INTENSITIES

WHO_LOW = 150
WHO_HIGH = 300
WEIGHTS: Mapping[str, int] = {"light": 0, "moderate": 1, "vigorous": 2}
MAX_STEPS = 200_000


@dataclass(frozen=True, slots=True)
class ActivitySession:
    moment: Moment
    kind: str
    minutes: float
    intensity: str = "moderate"
    note: str = ""
    id: int | None = None
    source: str = "manual"


@dataclass(frozen=True, slots=True)
class WhoWeek:
    """A Monday-based week: WHO-weighted minutes per day and in total."""

    monday: date
    daily: tuple[float, ...]  # seven values, Monday first

    @property
    def total(self) -> float:
        return sum(self.daily)

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=i) for i in range(7))

    @property
    def fraction(self) -> float:
        return min(1.0, self.total / WHO_LOW)

    def message(self) -> str:
        """Encouraging, never a reproach for a missed day."""
        total = round(self.total)
        if total >= WHO_HIGH:
            return f"{total} minutes this week: the full WHO range. Rest counts too."
        if total >= WHO_LOW:
            return f"{total} minutes this week: you've reached the WHO 150. Well done."
        if total == 0:
            return "Any movement counts this week, even five minutes of dancing in the kitchen."
        return f"{total} of 150 minutes so far. Every bit of movement counts."


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def who_minutes(minutes: float, intensity: str) -> float:
    return minutes * WEIGHTS[intensity]


def who_week(monday: date, rows: Iterable[tuple[date, str, float]]) -> WhoWeek:
    """Build the week from (local_date, intensity, minutes) sums; other dates are ignored."""
    if monday.weekday() != 0:
        raise ValueError("a WHO week starts on a Monday")
    daily = [0.0] * 7
    for day, intensity, minutes in rows:
        index = (day - monday).days
        if 0 <= index < 7:
            daily[index] += who_minutes(minutes, intensity)
    return WhoWeek(monday, tuple(daily))


def validate_session(session: ActivitySession) -> ActivitySession:
    if session.intensity not in INTENSITIES:
        raise ValidationError(
            f"Intensity must be light, moderate or vigorous, not '{session.intensity}'"
        )
    check_minutes(session.minutes)
    if not session.kind.strip():
        raise ValidationError("An activity needs a kind, e.g. walk")
    if len(session.note) > 10_000:
        raise ValidationError("A note can be at most 10,000 characters")
    return session


def check_steps(steps: int) -> int:
    if not 0 <= steps <= MAX_STEPS:
        raise ValidationError(f"Steps must be between 0 and {MAX_STEPS:,}, not {steps:,}")
    return int(steps)


def check_kind_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("A name cannot be empty")
    if len(clean) > 60:
        raise ValidationError("A name can be at most 60 characters")
    return clean
