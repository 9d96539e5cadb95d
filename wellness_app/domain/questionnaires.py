"""PHQ-9 and GAD-7 in their validated wording, with scoring and bands
(docs/clinical-sources.md; wording exact).

The app never diagnoses: a band is a description of a score, not a diagnosis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from wellness_app.domain.errors import ValidationError

ANSWERS: Final = ("Not at all", "Several days", "More than half the days", "Nearly every day")


@dataclass(frozen=True, slots=True)
class Band:
    low: int
    high: int
    name: str


@dataclass(frozen=True, slots=True)
class Questionnaire:
    kind: str
    title: str
    stem: str
    items: tuple[str, ...]
    bands: tuple[Band, ...]
    #: a total at or above this suggests talking to a clinician / further evaluation
    clinician_threshold: int

    @property
    def max_total(self) -> int:
        return 3 * len(self.items)

    def band(self, total: int) -> Band:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        raise ValidationError(f"{self.title} total must be 0–{self.max_total}, not {total}")


PHQ9: Final = Questionnaire(
    kind="phq9",
    title="PHQ-9",
    stem=(
        "Over the last 2 weeks, how often have you been bothered by any of the following "
        "problems?"
    ),
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    bands=(
        Band(0, 4, "minimal"),
        Band(5, 9, "mild"),
        Band(10, 14, "moderate"),
        Band(15, 19, "moderately severe"),
        Band(20, 27, "severe"),
    ),
    clinician_threshold=10,
)

PHQ9_DIFFICULTY_QUESTION: Final = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
PHQ9_DIFFICULTY_ANSWERS: Final = (
    "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult",
)
PHQ9_SUICIDE_ITEM_INDEX: Final = 8  # item 9, zero-based
PHQ9_REMISSION_BELOW: Final = 5
PHQ9_RESPONSE_DROP: Final = 0.5

GAD7: Final = Questionnaire(
    kind="gad7",
    title="GAD-7",
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ),
    bands=(
        Band(0, 4, "minimal"),
        Band(5, 9, "mild"),
        Band(10, 14, "moderate"),
        Band(15, 21, "severe"),
    ),
    clinician_threshold=10,
)

QUESTIONNAIRES: Final = {q.kind: q for q in (PHQ9, GAD7)}


@dataclass(frozen=True, slots=True)
class Score:
    questionnaire: Questionnaire
    answers: tuple[int, ...]
    total: int
    band: Band

    @property
    def needs_safety_plan(self) -> bool:
        """PHQ-9 item 9 above "Not at all": show the safety plan first, whatever the total."""
        return (
            self.questionnaire.kind == "phq9"
            and self.answers[PHQ9_SUICIDE_ITEM_INDEX] > 0
        )

    @property
    def suggests_clinician(self) -> bool:
        return self.total >= self.questionnaire.clinician_threshold


def score(kind: str, answers: Sequence[object]) -> Score:
    """Validate the answers (right count, each 0–3) and score them."""
    questionnaire = QUESTIONNAIRES.get(kind)
    if questionnaire is None:
        raise ValidationError(f"Unknown questionnaire '{kind}' (use phq9 or gad7)")
    if len(answers) != len(questionnaire.items):
        raise ValidationError(
            f"{questionnaire.title} needs {len(questionnaire.items)} answers, got {len(answers)}"
        )
    checked: list[int] = []
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int) or not 0 <= answer <= 3:
            raise ValidationError(f"Answer {number} must be 0, 1, 2 or 3, not {answer!r}")
        checked.append(answer)
    total = sum(checked)
    return Score(questionnaire, tuple(checked), total, questionnaire.band(total))
