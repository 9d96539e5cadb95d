"""Plain records the treatment summary, the escalation rule and the clinician report share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellness_app.domain.timestamps import Moment


@dataclass(frozen=True, slots=True)
class DayMood:
    """The mean of one local day's mood check-ins."""

    day: date
    mean: float
    count: int


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """A stored PHQ-9 or GAD-7 (answers 0–3 in item order)."""

    kind: str
    moment: Moment
    answers: tuple[int, ...]
    total: int

    @property
    def local_date(self) -> date:
        return self.moment.local_date
