"""A completed questionnaire as saved in the journal, and the 14-day reminder rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from wellness_app.domain.questionnaires import (
    PHQ9_SUICIDE_ITEM_INDEX,
    QUESTIONNAIRES,
    Band,
    Questionnaire,
    score,
)
from wellness_app.domain.timestamps import Moment

#: The PHQ-9 and GAD-7 ask about "the last 2 weeks": a check-in every 14 days fits that.
REMINDER_INTERVAL_DAYS: Final = 14


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    """One saved PHQ-9 or GAD-7 (answers 0–3 in item order; difficulty 0–3 or None)."""

    kind: str
    answers: tuple[int, ...]
    total: int
    moment: Moment
    difficulty: int | None = None
    id: int | None = None
    source: str = "manual"

    @property
    def questionnaire(self) -> Questionnaire:
        return QUESTIONNAIRES[self.kind]

    @property
    def band(self) -> Band:
        return self.questionnaire.band(self.total)

    @property
    def local_date(self) -> date:
        return self.moment.local_date

    @property
    def item9(self) -> int | None:
        """PHQ-9 item 9 (thoughts of being better off dead or of self-harm); None for GAD-7."""
        return self.answers[PHQ9_SUICIDE_ITEM_INDEX] if self.kind == "phq9" else None

    @property
    def needs_safety_plan(self) -> bool:
        return bool(self.item9)

    @property
    def suggests_clinician(self) -> bool:
        return self.total >= self.questionnaire.clinician_threshold


def parse_answers(text: str) -> list[int | str]:
    """`"0,1,2"` → `[0, 1, 2]`; anything that is not a whole number is kept as text so
    `score()` can name the bad answer."""
    parsed: list[int | str] = []
    for part in text.split(","):
        stripped = part.strip()
        try:
            parsed.append(int(stripped))
        except ValueError:
            parsed.append(stripped)
    return parsed


def record_from(kind: str, answers: Sequence[object], moment: Moment,
                difficulty: int | None = None) -> AssessmentRecord:
    """Validate (count, 0–3, difficulty 0–3) and build the record to save."""
    from wellness_app.domain.errors import ValidationError

    result = score(kind, answers)
    if difficulty is not None:
        if kind != "phq9":
            raise ValidationError("Only the PHQ-9 asks how difficult the problems made things")
        if isinstance(difficulty, bool) or not isinstance(difficulty, int) \
                or not 0 <= difficulty <= 3:
            raise ValidationError(f"Difficulty must be 0, 1, 2 or 3, not {difficulty!r}")
    return AssessmentRecord(kind, result.answers, result.total, moment, difficulty)


#: the preference that switches the 14-day PHQ-9 reminder on (stored in the journal)
PHQ9_REMINDER_KEY = "assessments.phq9_reminder"


def reminder_due(last: date | None, today: date,
                 interval_days: int = REMINDER_INTERVAL_DAYS) -> bool:
    """True when no check-in was ever made, or the last one is `interval_days` or more ago."""
    return last is None or today - last >= timedelta(days=interval_days)


def explanation(kind: str, total: int) -> str:
    """A short plain explanation of a total. Describes the score; never a diagnosis, and a
    low total is never called "safe"."""
    q = QUESTIONNAIRES[kind]
    band = q.band(total)
    topic = "depression" if kind == "phq9" else "anxiety"
    text = (f"A {q.title} total of {total} out of {q.max_total} falls in the range usually "
            f"described as {band.name} {topic} symptoms over the last 2 weeks. "
            "This is a description of your answers, not a diagnosis.")
    if total >= q.clinician_threshold:
        text += (f" A total of {q.clinician_threshold} or more is the usual point to talk it "
                 "over with a doctor or another clinician.")
    else:
        text += (" Whatever the total, if you are struggling, talking to a doctor or someone "
                 "you trust can help.")
    return text
