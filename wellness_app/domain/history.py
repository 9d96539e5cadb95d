"""Plain records the treatment summary, the escalation rule and the clinician report share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class DayMood:
    """The mean of one local day's mood check-ins."""

    day: date
    mean: float
    count: int
