"""Before/after summary of a treatment series: observations, never advice.

Windows (decided for issue 5, documented in the README):
- before: the 14 calendar days before the first session's day (first − 14 … first − 1);
- after: the 14 calendar days after the last session's day (last + 1 … last + 14), so a
  series' "after" is the fortnight once the series is over, not mid-series.
Mood: the mean of the daily mood means in a window (each day counts once).
PHQ-9: the mean of the totals in a window. The *baseline* for response and remission is
the most recent PHQ-9 taken before the first session, at most 14 days earlier.
Response (≥ 50 % drop from the baseline) and remission (total < 5) are marked with the
first date they were reached by a PHQ-9 taken after the first session and at most
`FOLLOW_UP_DAYS` (90) days after the last one. Remission is only marked when the
baseline was 5 or more, and response only when the baseline was above 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.domain.questionnaires import PHQ9_REMISSION_BELOW, PHQ9_RESPONSE_DROP
from wellness_app.domain.treatments import Series

WINDOW_DAYS: Final = 14
FOLLOW_UP_DAYS: Final = 90


@dataclass(frozen=True, slots=True)
class Window:
    start: date
    end: date  # inclusive
    mood_mean: float | None
    mood_days: int
    phq9_mean: float | None
    phq9_count: int


@dataclass(frozen=True, slots=True)
class SeriesOutcome:
    series: Series
    before: Window
    after: Window
    baseline_phq9: int | None
    response_on: date | None
    remission_on: date | None
    #: False while the after window has not ended yet (its means are "so far")
    after_complete: bool = True

    def observations(self) -> list[str]:
        """Plain sentences stating what the journal shows (no advice, no judgement)."""
        lines = [
            _window_sentence("before the first session", self.before),
            _window_sentence("after the last session" if self.after_complete
                             else "after the last session, so far", self.after),
        ]
        if self.baseline_phq9 is None:
            lines.append("No PHQ-9 was taken in the 14 days before the first session, so "
                         "response and remission cannot be marked.")
        else:
            lines.append(f"PHQ-9 baseline (last before the first session): "
                         f"{self.baseline_phq9}.")
            if self.response_on is not None:
                lines.append(f"Your PHQ-9 total first fell by half or more on "
                             f"{format_day(self.response_on)}.")
            if self.remission_on is not None:
                lines.append(f"Your PHQ-9 total was first below 5 on "
                             f"{format_day(self.remission_on)}.")
        return lines


def format_day(day: date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def _window_sentence(label: str, window: Window) -> str:
    span = f"{format_day(window.start)} – {format_day(window.end)}"
    mood = ("no mood check-ins" if window.mood_mean is None else
            f"mean daily mood {window.mood_mean:.1f} of 5 over {window.mood_days} day(s)")
    phq = ("no PHQ-9" if window.phq9_mean is None else
           f"mean PHQ-9 {window.phq9_mean:.1f} ({window.phq9_count} taken)")
    return f"14 days {label} ({span}): {mood}; {phq}."


def _window(start: date, end: date, moods: Sequence[DayMood],
            phq9: Sequence[AssessmentRecord]) -> Window:
    days = [m.mean for m in moods if start <= m.day <= end]
    totals = [a.total for a in phq9 if start <= a.local_date <= end]
    return Window(
        start, end,
        sum(days) / len(days) if days else None, len(days),
        sum(totals) / len(totals) if totals else None, len(totals),
    )


def series_outcome(series: Series, moods: Sequence[DayMood],
                   assessments: Sequence[AssessmentRecord],
                   today: date | None = None) -> SeriesOutcome:
    """Compute the before/after windows, baseline, response and remission for one series."""
    phq9 = sorted((a for a in assessments if a.kind == "phq9"), key=lambda a: a.moment.utc)
    first_day, last_day = series.first.local_date, series.last.local_date
    before = _window(first_day - timedelta(days=WINDOW_DAYS), first_day - timedelta(days=1),
                     moods, phq9)
    after_end = last_day + timedelta(days=WINDOW_DAYS)
    after = _window(last_day + timedelta(days=1), after_end, moods, phq9)
    earliest = first_day - timedelta(days=WINDOW_DAYS)
    baseline_records = [a for a in phq9 if a.moment.utc < series.first.moment.utc
                        and a.local_date >= earliest]
    baseline = baseline_records[-1].total if baseline_records else None
    response_on = remission_on = None
    if baseline is not None:
        for record in phq9:
            if (record.moment.utc <= series.first.moment.utc
                    or record.local_date > last_day + timedelta(days=FOLLOW_UP_DAYS)):
                continue
            if (response_on is None and baseline > 0
                    and record.total <= baseline * (1 - PHQ9_RESPONSE_DROP)):
                response_on = record.local_date
            if (remission_on is None and baseline >= PHQ9_REMISSION_BELOW
                    and record.total < PHQ9_REMISSION_BELOW):
                remission_on = record.local_date
    complete = today is None or after_end < today
    return SeriesOutcome(series, before, after, baseline, response_on, remission_on, complete)
