"""When something happened: a UTC instant plus the local offset the person lived it in.

The local date is fixed at entry time, so a day stays the day it was lived after
travel or a daylight-saving change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from wellness_app.domain.errors import ValidationError

MAX_FUTURE = timedelta(days=1)
# the journal's sensible range: nobody logs a day before this
EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class Moment:
    """A UTC instant and the UTC offset (minutes) of the wall clock at that time."""

    utc: datetime
    offset_minutes: int

    def __post_init__(self) -> None:
        if self.utc.tzinfo is None:
            raise ValueError("Moment.utc must be timezone-aware")

    @classmethod
    def from_aware(cls, when: datetime) -> Moment:
        offset = when.utcoffset()
        if offset is None:
            raise ValueError("datetime must be timezone-aware")
        return cls(when.astimezone(UTC), int(offset.total_seconds() // 60))

    @classmethod
    def now(cls) -> Moment:
        return cls.from_aware(datetime.now().astimezone())

    @classmethod
    def from_local_naive(cls, when: datetime) -> Moment:
        """Interpret a naive wall-clock time in the machine's current zone rules.

        A time inside a daylight-saving gap (skipped when clocks went forward) is refused.
        An ambiguous time in the autumn fold (it happened twice) is taken as the *first*
        occurrence, still on summer time (`fold=0`, Python's and POSIX's rule)."""
        aware = when.replace(fold=0).astimezone()
        if aware.replace(tzinfo=None) != when.replace(fold=0):
            before = (when - timedelta(hours=1)).astimezone().strftime("%H:%M")
            raise ValidationError(
                f"{when.isoformat(sep=' ', timespec='minutes')} did not exist here: the clocks "
                f"were put forward that night (a daylight-saving gap after {before}). "
                "Give a time before or after it.")
        return cls.from_aware(aware)

    @property
    def local(self) -> datetime:
        return self.utc.astimezone(timezone(timedelta(minutes=self.offset_minutes)))

    @property
    def local_date(self) -> date:
        return self.local.date()


def parse_moment(text: str) -> Moment:
    """Parse ISO-8601 (`2026-03-01T08:30`, with or without offset, or a bare date)."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"'{text}' is not a date and time in ISO-8601 form, e.g. 2026-03-01T08:30"
        ) from None
    check_in_range(parsed.date(), latest=date.max)  # the future: check_not_future
    try:
        if parsed.tzinfo is None:
            return Moment.from_local_naive(parsed)
        return Moment.from_aware(parsed)
    except (OverflowError, ValueError):  # the offset pushes it past year 1 or 9999
        raise ValidationError(f"'{text}' is out of range") from None


def parse_date(text: str) -> date:
    """Parse a calendar date `YYYY-MM-DD` with a clear error."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"'{text}' is not a date in the form YYYY-MM-DD") from None
    check_in_range(day)
    return day


def check_in_range(day: date, today: date | None = None, latest: date | None = None) -> None:
    """Refuse dates before EARLIEST or more than a year ahead (a typo, not a plan)."""
    latest = latest or (today or date.today()) + timedelta(days=366)
    if not EARLIEST <= day <= latest:
        raise ValidationError(f"{day.isoformat()} is outside the journal's range "
                              f"({EARLIEST.isoformat()} to {latest.isoformat()})")


def check_not_future(moment: Moment, now: datetime | None = None) -> None:
    """Refuse times more than a day ahead (a typo, not a plan)."""
    current = now or datetime.now(UTC)
    if moment.utc - current > MAX_FUTURE:
        raise ValidationError(
            f"{moment.local.isoformat(timespec='minutes')} is more than a day in the future"
        )
