"""What the clinician report contains, as plain data. Nothing here knows about PDF or Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.domain.questionnaires import PHQ9_SUICIDE_ITEM_INDEX
from wellness_app.domain.treatment_outcome import SeriesOutcome
from wellness_app.domain.treatments import TreatmentSession
from wellness_app.services.report.summary import (
    CurrentMedication,
    MeasureComparison,
    ScoreChange,
    item9_flags,
)

TITLE: Final = "Self-care journal summary for a clinician"
STATEMENT: Final = (
    "This is a self-care journal, not a medical device. It records what the person chose "
    "to log; it does not diagnose and does not recommend any treatment."
)
EMPTY_MESSAGE: Final = "Nothing was logged between these dates."


@dataclass(frozen=True, slots=True)
class MedicationLine:
    name: str
    dose: str
    start: date | None
    stop: date | None


@dataclass(frozen=True, slots=True)
class WeekLight:
    week: str  # ISO week, e.g. 2026-W10 (the report shows it as Monday – Sunday)
    minutes: float
    sessions: int


@dataclass(frozen=True, slots=True)
class WeekActivity:
    week: str
    moderate_equivalent_minutes: float
    minutes: float
    sessions: int


@dataclass(frozen=True, slots=True)
class NoteLine:
    day: date
    title: str
    text: str


@dataclass
class ClinicianReport:
    start: date
    end: date
    generated: date
    include_notes: bool = False
    moods: list[DayMood] = field(default_factory=list)
    phq9: list[AssessmentRecord] = field(default_factory=list)
    gad7: list[AssessmentRecord] = field(default_factory=list)
    treatments: list[TreatmentSession] = field(default_factory=list)
    outcomes: list[SeriesOutcome] = field(default_factory=list)
    medications: list[MedicationLine] = field(default_factory=list)
    light: list[WeekLight] = field(default_factory=list)
    activity: list[WeekActivity] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)
    phq9_change: ScoreChange | None = None
    gad7_change: ScoreChange | None = None
    current_medications: list[CurrentMedication] = field(default_factory=list)
    measures: list[MeasureComparison] = field(default_factory=list)
    paper: str = "a4"  # a4 | letter

    @property
    def is_empty(self) -> bool:
        """True when nothing was logged in the range (medications alone do not count)."""
        return not (self.moods or self.phq9 or self.gad7 or self.treatments or self.light
                    or self.activity or self.notes)

    @property
    def item9(self) -> list[tuple[date, int]]:
        """(day, answer 0–3) to PHQ-9 item 9 over time."""
        return [(a.local_date, a.answers[PHQ9_SUICIDE_ITEM_INDEX]) for a in self.phq9
                if len(a.answers) > PHQ9_SUICIDE_ITEM_INDEX]

    @property
    def item9_flags(self) -> list[tuple[date, int]]:
        """(day, answer) of the PHQ-9s in the period with item 9 above 0."""
        return item9_flags(self.phq9)

    @property
    def mood_mean(self) -> float | None:
        if not self.moods:
            return None
        return sum(m.mean for m in self.moods) / len(self.moods)
