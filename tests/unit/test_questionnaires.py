import pytest

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.questionnaires import GAD7, PHQ9, score


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
    (14, "moderate"), (15, "moderately severe"), (19, "moderately severe"), (20, "severe"),
    (27, "severe"),
])
def test_phq9_bands_at_every_boundary(total: int, band: str) -> None:
    assert PHQ9.band(total).name == band


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
    (14, "moderate"), (15, "severe"), (21, "severe"),
])
def test_gad7_bands_at_every_boundary(total: int, band: str) -> None:
    assert GAD7.band(total).name == band


def test_item_9_above_zero_needs_the_safety_plan_even_with_a_low_total() -> None:
    result = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.total == 1 and result.band.name == "minimal"
    assert result.needs_safety_plan


def test_item_9_zero_does_not_trigger_but_is_not_called_safe() -> None:
    result = score("phq9", [3, 3, 3, 1, 0, 0, 0, 0, 0])
    assert not result.needs_safety_plan and result.suggests_clinician


@pytest.mark.parametrize(("answers", "message"), [
    ([0] * 8, "needs 9 answers"), ([0] * 8 + [4], "0, 1, 2 or 3"), ([0] * 8 + [-1], "0, 1, 2"),
])
def test_bad_answers_are_refused(answers: list[int], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        score("phq9", answers)


def test_wording_is_verbatim() -> None:
    assert PHQ9.stem == ("Over the last 2 weeks, how often have you been bothered by any of "
                         "the following problems?")
    assert GAD7.items[6] == "Feeling afraid as if something awful might happen"
    assert len(PHQ9.items) == 9 and len(GAD7.items) == 7
