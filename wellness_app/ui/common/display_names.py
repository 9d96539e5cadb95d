"""Mood words, tag groups and movement kinds as shown: built-in words in the interface
language, the person's own words exactly as typed.

The built-in words live in the domain (English, no Qt there) and are stored as such; a
mood level still carrying its default word is shown translated, a rename never is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale

from wellness_app.domain.moods import DEFAULT_MOOD_LABELS, DEFAULT_TAGS
from wellness_app.domain.selfcare import DEFAULT_ITEMS
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

#: translate(context, source text), or a translator's own for another language
Words = Callable[[str, str], str]

DEFAULT_NAMES = {  # the same words as DEFAULT_MOOD_LABELS, marked for lupdate
    1: QT_TRANSLATE_NOOP("MoodNames", "awful"),
    2: QT_TRANSLATE_NOOP("MoodNames", "bad"),
    3: QT_TRANSLATE_NOOP("MoodNames", "meh"),
    4: QT_TRANSLATE_NOOP("MoodNames", "good"),
    5: QT_TRANSLATE_NOOP("MoodNames", "great"),
}


def mood_name(level: int, name: str) -> str:
    """`name` for `level`, translated when it is still the default word."""
    if DEFAULT_MOOD_LABELS.get(level) == name and level in DEFAULT_NAMES:
        return translate("MoodNames", DEFAULT_NAMES[level])
    return name


def display_labels(labels: dict[int, str]) -> dict[int, str]:
    """`MoodService.labels()` ready to show: defaults translated, renames untouched."""
    return {level: mood_name(level, name) for level, name in labels.items()}


TAG_GROUP_NAMES = {  # the built-in tag groups (domain.moods.TAG_GROUPS), marked for lupdate
    "people": QT_TRANSLATE_NOOP("tag groups", "people"),
    "activities": QT_TRANSLATE_NOOP("tag groups", "activities"),
    "self-care": QT_TRANSLATE_NOOP("tag groups", "self-care"),
    "feelings": QT_TRANSLATE_NOOP("tag groups", "feelings"),
    "health": QT_TRANSLATE_NOOP("tag groups", "health"),
    "other": QT_TRANSLATE_NOOP("tag groups", "other"),
}


def tag_group_name(group: str) -> str:
    """A built-in tag group in the interface language; a group the person made, as is."""
    source = TAG_GROUP_NAMES.get(group)
    return translate("tag groups", source) if source else group


ACTIVITY_KIND_NAMES = {  # domain.vocabulary.DEFAULT_ACTIVITY_KINDS, marked for lupdate
    "walk": QT_TRANSLATE_NOOP("activity kinds", "walk"),
    "dance": QT_TRANSLATE_NOOP("activity kinds", "dance"),
    "housework": QT_TRANSLATE_NOOP("activity kinds", "housework"),
    "yoga": QT_TRANSLATE_NOOP("activity kinds", "yoga"),
    "cycling": QT_TRANSLATE_NOOP("activity kinds", "cycling"),
    "run": QT_TRANSLATE_NOOP("activity kinds", "run"),
    "gym": QT_TRANSLATE_NOOP("activity kinds", "gym"),
    "other": QT_TRANSLATE_NOOP("activity kinds", "other"),
}
INTENSITY_NAMES = {  # domain.vocabulary.INTENSITIES
    "light": QT_TRANSLATE_NOOP("intensities", "light"),
    "moderate": QT_TRANSLATE_NOOP("intensities", "moderate"),
    "vigorous": QT_TRANSLATE_NOOP("intensities", "vigorous"),
}


def activity_kind_name(kind: str) -> str:
    """A built-in kind of movement in the interface language; the person's own, as is."""
    source = ACTIVITY_KIND_NAMES.get(kind)
    return translate("activity kinds", source) if source else kind


def intensity_name(intensity: str) -> str:
    source = INTENSITY_NAMES.get(intensity)
    return translate("intensities", source) if source else intensity


TREATMENT_KIND_NAMES = {  # domain.vocabulary.TREATMENT_KINDS (stored keys), marked for lupdate
    "ketamine-infusion": QT_TRANSLATE_NOOP("treatment kinds", "Ketamine infusion"),
    "esketamine-nasal-spray": QT_TRANSLATE_NOOP("treatment kinds", "Esketamine nasal spray"),
    "psychotherapy": QT_TRANSLATE_NOOP("treatment kinds", "Psychotherapy"),
    "tms": QT_TRANSLATE_NOOP("treatment kinds", "TMS"),
    "ect": QT_TRANSLATE_NOOP("treatment kinds", "ECT"),
    "other": QT_TRANSLATE_NOOP("treatment kinds", "Other treatment"),
}


def treatment_kind_name(kind: str) -> str:
    """A treatment kind as a readable name in the interface language (unknown keys as is)."""
    source = TREATMENT_KIND_NAMES.get(kind)
    return translate("treatment kinds", source) if source else kind


DEFAULT_TAG_NAMES = {  # domain.moods.DEFAULT_TAGS, marked for lupdate
    "family": QT_TRANSLATE_NOOP("tag names", "family"),
    "friends": QT_TRANSLATE_NOOP("tag names", "friends"),
    "partner": QT_TRANSLATE_NOOP("tag names", "partner"),
    "alone": QT_TRANSLATE_NOOP("tag names", "alone"),
    "work": QT_TRANSLATE_NOOP("tag names", "work"),
    "walk": QT_TRANSLATE_NOOP("tag names", "walk"),
    "dancing": QT_TRANSLATE_NOOP("tag names", "dancing"),
    "reading": QT_TRANSLATE_NOOP("tag names", "reading"),
    "cooking": QT_TRANSLATE_NOOP("tag names", "cooking"),
    "housework": QT_TRANSLATE_NOOP("tag names", "housework"),
    "opened curtains": QT_TRANSLATE_NOOP("tag names", "opened curtains"),
    "went outside": QT_TRANSLATE_NOOP("tag names", "went outside"),
    "tea": QT_TRANSLATE_NOOP("tag names", "tea"),
    "lavender": QT_TRANSLATE_NOOP("tag names", "lavender"),
    "music": QT_TRANSLATE_NOOP("tag names", "music"),
    "shower": QT_TRANSLATE_NOOP("tag names", "shower"),
    "calm": QT_TRANSLATE_NOOP("tag names", "calm"),
    "tired": QT_TRANSLATE_NOOP("tag names", "tired"),
    "hopeful": QT_TRANSLATE_NOOP("tag names", "hopeful"),
    "irritable": QT_TRANSLATE_NOOP("tag names", "irritable"),
    "lonely": QT_TRANSLATE_NOOP("tag names", "lonely"),
    "grateful": QT_TRANSLATE_NOOP("tag names", "grateful"),
    "headache": QT_TRANSLATE_NOOP("tag names", "headache"),
    "took medication": QT_TRANSLATE_NOOP("tag names", "took medication"),
}


def default_tag_names(words: Words = translate) -> dict[str, str]:
    """The starter tags in the interface language, for the first run's catalogue (after
    that they are the person's words: shown and stored as they are)."""
    return {tag.name: words("tag names", DEFAULT_TAG_NAMES.get(tag.name, tag.name))
            for tag in DEFAULT_TAGS}


DEFAULT_SELFCARE_NAMES = {  # domain.selfcare.DEFAULT_ITEMS, marked for lupdate
    "Lavender": QT_TRANSLATE_NOOP("self-care items", "Lavender"),
    "Sweet orange": QT_TRANSLATE_NOOP("self-care items", "Sweet orange"),
    "St John's Wort": QT_TRANSLATE_NOOP("self-care items", "St John's Wort"),
    "Chamomile tea": QT_TRANSLATE_NOOP("self-care items", "Chamomile tea"),
    "Peppermint tea": QT_TRANSLATE_NOOP("self-care items", "Peppermint tea"),
    "Music": QT_TRANSLATE_NOOP("self-care items", "Music"),
    "Time with someone": QT_TRANSLATE_NOOP("self-care items", "Time with someone"),
}


def default_selfcare_names(words: Words = translate) -> dict[str, str]:
    """The starter self-care items in the interface language, for the first run (after
    that they are the person's words: shown and stored as they are)."""
    return {name: words("self-care items", DEFAULT_SELFCARE_NAMES.get(name, name))
            for name, _category in DEFAULT_ITEMS}


DEMO_SELFCARE_NAMES = {  # services.demo_data.SELFCARE_ITEMS beyond the starter items
    "Lemon balm tea": QT_TRANSLATE_NOOP("self-care items", "Lemon balm tea"),
}


def demo_words(words: Words = translate, language: str | None = None
               ) -> tuple[str, dict[str, str]]:
    """The example data's language and self-care names in the interface language, so the
    first run's example journal and the screenshots read like a new journal would
    (`words` and `language`: another language's, for the CLI's `demo`)."""
    names = default_selfcare_names(words)
    names.update({name: words("self-care items", source)
                  for name, source in DEMO_SELFCARE_NAMES.items()})
    return language or QLocale().name(), names
