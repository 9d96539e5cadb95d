"""Mood check-ins: levels, labels and the validation rules for one entry."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment

MOOD_MIN, MOOD_MAX = 1, 5
DEFAULT_MOOD_LABELS: dict[int, str] = {1: "awful", 2: "bad", 3: "meh", 4: "good", 5: "great"}
NOTE_MAX_CHARS = 10_000
SLEEP_MAX_HOURS = 24.0


@dataclass(frozen=True, slots=True)
class MoodEntry:
    """One check-in. `id` is None until stored."""

    moment: Moment
    mood: int
    energy: int | None = None
    anxiety: int | None = None
    sleep_hours: float | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    note_title: str = ""
    id: int | None = None
    source: str = "manual"
    #: the mood as another app named it when imported ("Medium [-]", "7/10")
    mood_label: str = ""

    @property
    def local_date(self) -> date:
        return self.moment.local_date

    def with_changes(self, **changes: Any) -> MoodEntry:
        return replace(self, **changes)


def is_level(value: object) -> bool:
    """Whether `value` is a level of the 1–5 scales (mood, energy, anxiety): a whole number."""
    return (isinstance(value, int) and not isinstance(value, bool)
            and MOOD_MIN <= value <= MOOD_MAX)


def check_scale(name: str, value: int | None, *, required: bool = False) -> None:
    """A 1–5 scale value, optional unless `required`."""
    if value is None:
        if required:
            raise ValidationError(f"{name} is required")
        return
    if not is_level(value):
        raise ValidationError(f"{name} must be a whole number from 1 to 5, not {value!r}")


def validate_entry(entry: MoodEntry) -> MoodEntry:
    """Return the entry with tags normalised, or raise ValidationError."""
    check_scale("Mood", entry.mood, required=True)
    check_scale("Energy", entry.energy)
    check_scale("Anxiety", entry.anxiety)
    if entry.sleep_hours is not None and not 0 <= entry.sleep_hours <= SLEEP_MAX_HOURS:
        raise ValidationError(f"Hours slept must be between 0 and 24, not {entry.sleep_hours}")
    if len(entry.note) > NOTE_MAX_CHARS:
        raise ValidationError(
            f"The note is {len(entry.note):,} characters; the limit is {NOTE_MAX_CHARS:,}"
        )
    tags = normalise_tags(entry.tags)
    check_tags(tags)
    return replace(entry, tags=tags)


TAG_MAX_CHARS = 80
MAX_TAGS_PER_ENTRY = 50


def check_tag_name(name: str) -> None:
    if len(name) > TAG_MAX_CHARS:
        raise ValidationError(f"A tag is {len(name):,} characters; the limit is {TAG_MAX_CHARS}")


def check_tags(tags: tuple[str, ...]) -> None:
    """At most MAX_TAGS_PER_ENTRY tags of at most TAG_MAX_CHARS characters each."""
    if len(tags) > MAX_TAGS_PER_ENTRY:
        raise ValidationError(
            f"An entry has {len(tags):,} tags; the limit is {MAX_TAGS_PER_ENTRY}")
    for name in tags:
        check_tag_name(name)


def normalise_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Strip, drop empties, and de-duplicate case-insensitively, keeping first spelling."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags:
        name = " ".join(raw.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return tuple(result)


#: preference key of the person's mood-label renames ({"1": "rough", …})
MOOD_LABELS_KEY = "mood_labels"


def mood_labels(custom: dict[int, str] | None = None) -> dict[int, str]:
    """Default labels with the person's renames applied."""
    labels = dict(DEFAULT_MOOD_LABELS)
    for level, name in (custom or {}).items():
        if MOOD_MIN <= int(level) <= MOOD_MAX and name.strip():
            labels[int(level)] = name.strip()
    return labels


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    group: str = "other"
    id: int | None = None


TAG_GROUPS: tuple[str, ...] = ("people", "activities", "self-care", "feelings", "health", "other")

DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag("family", "people"), Tag("friends", "people"), Tag("partner", "people"),
    Tag("alone", "people"),
    Tag("work", "activities"), Tag("walk", "activities"), Tag("dancing", "activities"),
    Tag("reading", "activities"), Tag("cooking", "activities"), Tag("housework", "activities"),
    Tag("opened curtains", "self-care"), Tag("went outside", "self-care"),
    Tag("tea", "self-care"), Tag("lavender", "self-care"), Tag("music", "self-care"),
    Tag("shower", "self-care"),
    Tag("calm", "feelings"), Tag("tired", "feelings"), Tag("hopeful", "feelings"),
    Tag("irritable", "feelings"), Tag("lonely", "feelings"), Tag("grateful", "feelings"),
    Tag("headache", "health"), Tag("took medication", "health"),
)


@dataclass(frozen=True, slots=True)
class MoodDayStats:
    """Mood figures for one local day."""

    day: date
    entries: int
    mean: float | None
    minimum: int | None
    maximum: int | None


@dataclass(frozen=True, slots=True)
class JournalQuery:
    """What the Journal shows: free text and tags, newest first."""

    text: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class TodaySnapshot:
    """What the Today page shows first: mood labels, the tag catalogue, today's entries."""

    day: date
    labels: dict[int, str]
    tags: list[Tag]
    entries: list[MoodEntry]
