"""Light exposure: sessions, validation and the daily dose in lux-hours.

Dose ≈ lux × hours (docs/clinical-sources.md): 10,000 lux × 0.5 h = 5,000 lux-hours is the usual
daily target. Daylight sessions without a measured lux use a conservative outdoor
estimate (a setting, default 2,500 lux: an overcast day is "several thousand lux or
more", and time *by a window* is less, so the low end keeps the dose from flattering).
Morning light (before 10:00 local) is reported separately because it matters most.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import LIGHT_KINDS

TARGET_LUX_HOURS = 5_000
DEFAULT_OUTDOOR_LUX = 2_500
DEFAULT_LAMP_LUX = 10_000
MAX_LUX = 200_000
MORNING_ENDS = time(10, 0)
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class LightSession:
    """Daylight (outside or by a window) or a light-therapy lamp session."""

    moment: Moment
    kind: str
    minutes: float
    lux: int | None = None
    distance_cm: int | None = None
    note: str = ""
    id: int | None = None
    source: str = "manual"

    @property
    def is_morning(self) -> bool:
        return self.moment.local.time() < MORNING_ENDS


@dataclass(frozen=True, slots=True)
class LightDose:
    """A day's light: minutes by kind and lux-hours (all and before 10:00)."""

    daylight_minutes: float
    lamp_minutes: float
    lux_hours: float
    morning_lux_hours: float
    target: int = TARGET_LUX_HOURS

    @property
    def fraction(self) -> float:
        return min(1.0, self.lux_hours / self.target) if self.target else 0.0


def check_minutes(minutes: float, what: str = "Minutes") -> float:
    """Minutes must be a positive number of at most 24 hours."""
    if minutes != minutes or minutes <= 0:  # NaN or not positive
        raise ValidationError(f"{what} must be more than 0, not {minutes:g}")
    if minutes > MINUTES_PER_DAY:
        raise ValidationError(f"{what} cannot be more than 24 hours (1440 minutes) in one day")
    return float(minutes)


def check_day_total(existing: float, adding: float, what: str) -> None:
    """Refuse a log that would take one kind past 24 hours on one day."""
    if existing + adding > MINUTES_PER_DAY + 1e-9:
        raise ValidationError(
            f"That would make {existing + adding:g} minutes of {what} on one day; "
            "a day has 1440 minutes"
        )


def check_lux(lux: int | None) -> int | None:
    if lux is None:
        return None
    if not 0 <= lux <= MAX_LUX:
        raise ValidationError(f"Lux must be between 0 and 200,000, not {lux:,}")
    return int(lux)


def validate_session(session: LightSession) -> LightSession:
    if session.kind not in LIGHT_KINDS:
        raise ValidationError(f"Light kind must be daylight or lamp, not '{session.kind}'")
    check_minutes(session.minutes)
    check_lux(session.lux)
    if session.distance_cm is not None and not 1 <= session.distance_cm <= 500:
        raise ValidationError("Lamp distance must be between 1 and 500 cm")
    if len(session.note) > 10_000:
        raise ValidationError("A note can be at most 10,000 characters")
    return session


def session_lux(session: LightSession, outdoor_lux: int = DEFAULT_OUTDOOR_LUX) -> int:
    """The lux used for the dose: as measured, else the lamp default or the outdoor estimate."""
    if session.lux is not None:
        return session.lux
    return DEFAULT_LAMP_LUX if session.kind == "lamp" else outdoor_lux


def lux_hours(session: LightSession, outdoor_lux: int = DEFAULT_OUTDOOR_LUX) -> float:
    return session_lux(session, outdoor_lux) * session.minutes / 60.0


def day_dose(sessions: Iterable[LightSession], outdoor_lux: int = DEFAULT_OUTDOOR_LUX) -> LightDose:
    daylight = lamp = total = morning = 0.0
    for s in sessions:
        dose = lux_hours(s, outdoor_lux)
        total += dose
        if s.is_morning:
            morning += dose
        if s.kind == "lamp":
            lamp += s.minutes
        else:
            daylight += s.minutes
    return LightDose(daylight, lamp, total, morning)
