import pytest

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.moods import (
    NOTE_MAX_CHARS,
    MoodEntry,
    mood_labels,
    normalise_tags,
    validate_entry,
)
from wellness_app.domain.timestamps import Moment


def entry(**kw: object) -> MoodEntry:
    return MoodEntry(moment=Moment.now(), **{"mood": 3, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize("mood", [0, 6, -1, True])
def test_mood_outside_1_to_5_is_refused(mood: int) -> None:
    with pytest.raises(ValidationError, match="1 to 5"):
        validate_entry(entry(mood=mood))


def test_note_limit_is_exactly_10000_characters() -> None:
    validate_entry(entry(note="x" * NOTE_MAX_CHARS))
    with pytest.raises(ValidationError, match="10,000"):
        validate_entry(entry(note="x" * (NOTE_MAX_CHARS + 1)))


def test_tags_are_trimmed_and_deduplicated_case_insensitively() -> None:
    assert normalise_tags([" walk ", "Walk", "", "cup  of tea"]) == ("walk", "cup of tea")


def test_renamed_labels_override_defaults_only_where_given() -> None:
    labels = mood_labels({5: "rad", 2: "  "})
    assert labels == {1: "awful", 2: "bad", 3: "meh", 4: "good", 5: "rad"}
