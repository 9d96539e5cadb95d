"""What an importer hands to storage: one record per row to add, checked by the domain rules.

Parsers (services/io) build these from another app's file; `imports` in storage writes
them. Every record is checked with the same rules as a hand-made entry (`validate_entry`,
the light and movement `validate_session`) through `validate_record`; self-care logs and
daily figures have no rules beyond their parsers'.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from wellness_app.domain import light as light_rules
from wellness_app.domain import movement as movement_rules
from wellness_app.domain.moods import MoodEntry, validate_entry
from wellness_app.domain.timestamps import Moment

#: the longest mood name from another app that is kept ("Medium [-]", "7/10")
MOOD_LABEL_MAX_CHARS = 80


@dataclass(frozen=True, slots=True)
class MoodRecord:
    """A check-in from another app; `import_key` makes a second import add nothing."""

    moment: Moment
    mood: int
    import_key: str
    note: str = ""
    note_title: str = ""
    tags: tuple[str, ...] = ()
    #: the mood as the other app named it ("Medium [-]", "7/10"); "" when it was a level
    label: str = ""
    energy: int | None = None
    anxiety: int | None = None

    def entry(self, source: str = "import") -> MoodEntry:
        """The check-in this record becomes."""
        return MoodEntry(self.moment, self.mood, energy=self.energy, anxiety=self.anxiety,
                         tags=self.tags, note=self.note, note_title=self.note_title,
                         source=source, mood_label=self.label)


@dataclass(frozen=True, slots=True)
class MetricRecord:
    """One number per day (daily_metrics, upserted per day/metric/source)."""

    day: date
    metric: str
    value: float


@dataclass(frozen=True, slots=True)
class SelfCareRecord:
    """A self-care item done (a habit ticked in another app); `note` keeps a value."""

    moment: Moment
    item: str
    import_key: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class LightRecord:
    moment: Moment
    minutes: float
    import_key: str
    kind: str = "daylight"

    def session(self, source: str = "import") -> light_rules.LightSession:
        return light_rules.LightSession(self.moment, self.kind, self.minutes, source=source)


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    moment: Moment
    kind: str
    minutes: float
    import_key: str
    intensity: str = "moderate"

    def session(self, source: str = "import") -> movement_rules.ActivitySession:
        return movement_rules.ActivitySession(self.moment, self.kind, self.minutes,
                                              self.intensity, source=source)




def validate_mood_record(record: MoodRecord) -> MoodRecord:
    """The record with its tags normalised and its label cut to length, or ValidationError
    (the rules of `validate_entry`: levels 1–5, note and tag limits)."""
    entry = validate_entry(record.entry())
    return replace(record, tags=entry.tags, label=record.label[:MOOD_LABEL_MAX_CHARS])


R = TypeVar("R", MoodRecord, LightRecord, ActivityRecord)


def validate_record(record: R) -> R:
    """`record` as the domain accepts it (the rules of a hand-made entry), or
    ValidationError."""
    if isinstance(record, MoodRecord):
        return validate_mood_record(record)
    if isinstance(record, LightRecord):
        light_rules.validate_session(record.session())
    else:
        movement_rules.validate_session(record.session())
    return record
