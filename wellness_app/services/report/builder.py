"""Gathers a date range from the journal into a ClinicianReport (one read transaction)."""

from __future__ import annotations

from datetime import date, timedelta

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.treatment_outcome import FOLLOW_UP_DAYS, WINDOW_DAYS, series_outcome
from wellness_app.domain.treatments import detect_series
from wellness_app.services.report.model import (
    ClinicianReport,
    MedicationLine,
    NoteLine,
    WeekActivity,
    WeekLight,
)
from wellness_app.services.report.summary import (
    compare_periods,
    current_medications,
    score_change,
)
from wellness_app.storage import Database
from wellness_app.storage.repositories import aggregates, clinical_history, treatments

MAX_RANGE_DAYS = 3660
EARLIEST = date(1900, 1, 1)


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def build(self, start: date, end: date, *, include_notes: bool = False,
              today: date | None = None, paper: str = "a4") -> ClinicianReport:
        """The report for [start, end]; notes only when `include_notes` (off by default)."""
        if end < start:
            raise ValidationError(f"The report ends ({end}) before it starts ({start})")
        if (end - start).days > MAX_RANGE_DAYS:
            raise ValidationError("A report can cover at most ten years")
        report = ClinicianReport(start, end, today or date.today(), include_notes, paper=paper)
        margin = timedelta(days=WINDOW_DAYS)
        with self._db.reading() as s:
            report.moods = clinical_history.daily_moods(s, start, end)
            report.phq9 = clinical_history.assessments(s, start, end, "phq9")
            report.gad7 = clinical_history.assessments(s, start, end, "gad7")
            report.treatments = treatments.between(s, start, end)
            report.medications = [MedicationLine(*row)
                                  for row in clinical_history.medications(s, start, end)]
            report.light = [WeekLight(*row) for row in clinical_history.weekly_light(s, start, end)]
            report.activity = [WeekActivity(*row)
                               for row in clinical_history.weekly_activity(s, start, end)]
            every_medication = clinical_history.medications(s, EARLIEST, end)
            previous = start - timedelta(days=(end - start).days + 1)
            series = aggregates.daily_series(s, previous, end)
            if include_notes:
                notes = clinical_history.mood_notes(s, start, end)
                report.notes = [NoteLine(*row) for row in notes]
            if report.treatments:
                wide_moods = clinical_history.daily_moods(s, start - margin, end + margin)
                wide_phq9 = clinical_history.assessments(
                    s, start - margin, end + timedelta(days=FOLLOW_UP_DAYS), "phq9")
                report.outcomes = [series_outcome(series, wide_moods, wide_phq9, report.generated)
                                   for series in detect_series(report.treatments)]
        report.phq9_change = score_change("phq9", report.phq9)
        report.gad7_change = score_change("gad7", report.gad7)
        report.current_medications = current_medications(every_medication, start, end)
        report.measures = compare_periods(series, start, end)
        return report
