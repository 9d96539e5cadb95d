"""Gentle escalation: when to suggest, calmly, talking to a doctor (docs/clinical-sources.md).

Rule (decided for issue 5, documented in the README):
- Low mood: look at the most recent 14 days that have mood check-ins, within the last
  28 calendar days. If there are at least 7 such days and the daily mean mood was ≤ 2 on
  more than half of them, the banner shows.
- PHQ-9: the latest PHQ-9, if taken within the last 28 days, has a total ≥ 10.
- "Not now" keeps the banner quiet for 7 days: dismissed on day D, it may show again from
  day D + 7.
The banner suggests; it never diagnoses and is never a pop-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.domain.questionnaires import PHQ9

RECENT_DAYS_WITH_ENTRIES: Final = 14
MIN_DAYS_WITH_ENTRIES: Final = 7
LOOKBACK_DAYS: Final = 28
LOW_MOOD_AT_OR_BELOW: Final = 2.0
QUIET_DAYS: Final = 7


@dataclass(frozen=True, slots=True)
class EscalationCheck:
    show: bool
    low_days: int
    days_considered: int
    latest_phq9: AssessmentRecord | None
    low_mood: bool
    phq9_high: bool
    quiet_until: date | None = None

    def reasons(self) -> list[str]:
        """What the journal shows, in plain words."""
        lines = []
        if self.low_mood:
            lines.append(f"Your mood was low on {self.low_days} of your last "
                         f"{self.days_considered} days with check-ins.")
        if self.phq9_high and self.latest_phq9 is not None:
            lines.append(f"Your latest PHQ-9 total was {self.latest_phq9.total}.")
        return lines


def lookback_start(today: date) -> date:
    return today - timedelta(days=LOOKBACK_DAYS - 1)


def check(today: date, moods: Sequence[DayMood], phq9: Sequence[AssessmentRecord],
          quiet_until: date | None = None) -> EscalationCheck:
    """Apply the rule to the daily means and PHQ-9s up to `today` (older ones are ignored)."""
    start = lookback_start(today)
    recent = sorted((m for m in moods if start <= m.day <= today), key=lambda m: m.day)
    recent = recent[-RECENT_DAYS_WITH_ENTRIES:]
    low = sum(1 for m in recent if m.mean <= LOW_MOOD_AT_OR_BELOW)
    low_mood = len(recent) >= MIN_DAYS_WITH_ENTRIES and low * 2 > len(recent)
    dated = sorted((a for a in phq9 if a.kind == "phq9" and start <= a.local_date <= today),
                   key=lambda a: a.moment.utc)
    latest = dated[-1] if dated else None
    phq9_high = latest is not None and latest.total >= PHQ9.clinician_threshold
    quiet = quiet_until is not None and today < quiet_until
    return EscalationCheck(
        show=(low_mood or phq9_high) and not quiet, low_days=low, days_considered=len(recent),
        latest_phq9=latest, low_mood=low_mood, phq9_high=phq9_high,
        quiet_until=quiet_until if quiet else None,
    )


def quiet_until_after_not_now(today: date) -> date:
    return today + timedelta(days=QUIET_DAYS)
