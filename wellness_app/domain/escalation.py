"""Gentle escalation: when to suggest, calmly, talking to a doctor (docs/clinical-sources.md).

Rule (issue 5, sharpened by issue 19; documented in the README and
docs/clinical-sources.md):
- Low mood (`low_mood_days`): look at the most recent 14 days that have mood check-ins,
  within the last 28 calendar days. If there are at least 7 such days and the daily mean
  mood was ≤ 2 on more than half of them, the banner shows.
- PHQ-9 total (`phq9_total`): the latest PHQ-9, if taken within the last 28 days, has a
  total ≥ 10.
- PHQ-9 question 9 (`phq9_item9`): the latest PHQ-9, if taken within the last 28 days,
  has question 9 above "Not at all" — whatever the total.
- "Not now" keeps the banner quiet for 7 days (dismissed on day D, it may show again from
  day D + 7), unless a PHQ-9 taken after the "Not now" is worse: question 9 above 0, a
  total ≥ 10, or a total 5 or more above the PHQ-9 before it. Then it shows at once.
The banner suggests; it never diagnoses and is never a pop-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.domain.questionnaires import PHQ9

RECENT_DAYS_WITH_ENTRIES: Final = 14
MIN_DAYS_WITH_ENTRIES: Final = 7
LOOKBACK_DAYS: Final = 28
LOW_MOOD_AT_OR_BELOW: Final = 2.0
QUIET_DAYS: Final = 7
#: a rise of this much from the PHQ-9 before counts as "worse" and overrides a "Not now"
WORSE_RISE: Final = 5

#: the reasons, as `wellness-app status --json` names them
REASON_ITEM9: Final = "phq9_item9"
REASON_TOTAL: Final = "phq9_total"
REASON_LOW_MOOD: Final = "low_mood_days"


@dataclass(frozen=True, slots=True)
class NotNow:
    """A "Not now": quiet before `until`, for PHQ-9s taken up to `seen_through` (UTC;
    None when there was no PHQ-9 yet)."""

    until: date
    seen_through: datetime | None = None


@dataclass(frozen=True, slots=True)
class EscalationCheck:
    show: bool
    low_days: int
    days_considered: int
    latest_phq9: AssessmentRecord | None
    low_mood: bool
    phq9_high: bool
    quiet_until: date | None = None
    phq9_item9: bool = False
    #: a worse PHQ-9 taken after a "Not now" brought the banner back before its end
    overrides_quiet: bool = False
    previous_phq9: AssessmentRecord | None = None

    @property
    def suggested(self) -> bool:
        """Whether the journal calls for the suggestion (shown or quieted)."""
        return self.low_mood or self.phq9_high or self.phq9_item9

    def reason_keys(self) -> list[str]:
        """Why, most urgent first: phq9_item9, phq9_total, low_mood_days."""
        keys = []
        if self.phq9_item9:
            keys.append(REASON_ITEM9)
        if self.phq9_high:
            keys.append(REASON_TOTAL)
        if self.low_mood:
            keys.append(REASON_LOW_MOOD)
        return keys

    def reasons(self) -> list[str]:
        """What the journal shows, in plain words."""
        lines = []
        if self.phq9_item9:
            lines.append("In your latest PHQ-9 you said you have had thoughts that you would "
                         "be better off dead or of hurting yourself.")
        if self.low_mood:
            lines.append(f"Your mood was low on {self.low_days} of your last "
                         f"{self.days_considered} days with check-ins.")
        if self.phq9_high and self.latest_phq9 is not None:
            lines.append(f"Your latest PHQ-9 total was {self.latest_phq9.total}.")
        return lines


def lookback_start(today: date) -> date:
    return today - timedelta(days=LOOKBACK_DAYS - 1)


def check(today: date, moods: Sequence[DayMood], phq9: Sequence[AssessmentRecord],
          quiet: NotNow | date | None = None) -> EscalationCheck:
    """Apply the rule to the daily means and PHQ-9s up to `today` (older ones count only as
    the "PHQ-9 before" a recent one; GAD-7s are ignored)."""
    start = lookback_start(today)
    recent = sorted((m for m in moods if start <= m.day <= today), key=lambda m: m.day)
    recent = recent[-RECENT_DAYS_WITH_ENTRIES:]
    low = sum(1 for m in recent if m.mean <= LOW_MOOD_AT_OR_BELOW)
    low_mood = len(recent) >= MIN_DAYS_WITH_ENTRIES and low * 2 > len(recent)
    ordered = sorted((a for a in phq9 if a.kind == "phq9" and a.local_date <= today),
                     key=lambda a: a.moment.utc)
    latest = ordered[-1] if ordered and ordered[-1].local_date >= start else None
    previous = ordered[-2] if latest is not None and len(ordered) > 1 else None
    phq9_high = latest is not None and latest.total >= PHQ9.clinician_threshold
    item9 = latest is not None and bool(latest.item9)
    not_now = NotNow(quiet) if isinstance(quiet, date) else quiet
    quiet_now = not_now is not None and today < not_now.until
    overrides = quiet_now and not_now is not None and _worse_since(
        latest, previous, not_now.seen_through)
    suggested = low_mood or phq9_high or item9
    return EscalationCheck(
        show=suggested and (not quiet_now or overrides), low_days=low,
        days_considered=len(recent), latest_phq9=latest, low_mood=low_mood,
        phq9_high=phq9_high, quiet_until=not_now.until if quiet_now and not_now else None,
        phq9_item9=item9, overrides_quiet=overrides, previous_phq9=previous,
    )


def is_worse(latest: AssessmentRecord, previous: AssessmentRecord | None) -> bool:
    """Question 9 above 0, a total of 10 or more, or a rise of 5 or more."""
    return (bool(latest.item9) or latest.total >= PHQ9.clinician_threshold
            or (previous is not None and latest.total - previous.total >= WORSE_RISE))


def _worse_since(latest: AssessmentRecord | None, previous: AssessmentRecord | None,
                 seen_through: datetime | None) -> bool:
    if latest is None:
        return False
    if seen_through is not None and latest.moment.utc <= seen_through:
        return False  # the person already saw this result when they chose "Not now"
    return is_worse(latest, previous)


def not_now(today: date, latest_phq9: AssessmentRecord | None) -> NotNow:
    """Quiet for 7 days, for the PHQ-9s the person has seen so far."""
    return NotNow(today + timedelta(days=QUIET_DAYS),
                  latest_phq9.moment.utc if latest_phq9 is not None else None)


def legacy_not_now(until: date) -> NotNow:
    """A "Not now" stored before issue 19 (a date only): PHQ-9s from the day it was chosen
    on count as new."""
    chosen = until - timedelta(days=QUIET_DAYS)
    return NotNow(until, datetime.combine(chosen, time.min, tzinfo=UTC))
