"""Self-care items and logs, and the medication list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import SELFCARE_CATEGORIES

#: (name, category) offered on a new journal; the person edits the list freely.
DEFAULT_ITEMS: tuple[tuple[str, str], ...] = (
    ("Lavender", "scent"),
    ("Sweet orange", "scent"),
    ("St John's Wort", "tea_supplement"),
    ("Chamomile tea", "tea_supplement"),
    ("Peppermint tea", "tea_supplement"),
    ("Music", "music"),
    ("Time with someone", "social"),
)


@dataclass(frozen=True, slots=True)
class SelfCareItem:
    name: str
    category: str = "custom"
    id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class SelfCareLog:
    moment: Moment
    item: str
    category: str = "custom"
    note: str = ""
    id: int | None = None
    source: str = "manual"


@dataclass(frozen=True, slots=True)
class Medication:
    name: str
    dose: str = ""
    start: date | None = None
    stop: date | None = None
    note: str = ""
    id: int | None = None

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (
            self.stop is None or day <= self.stop
        )


def check_item(name: str, category: str) -> tuple[str, str]:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("A self-care item needs a name")
    if len(clean) > 80:
        raise ValidationError("A self-care item name can be at most 80 characters")
    if category not in SELFCARE_CATEGORIES:
        raise ValidationError(
            f"Category must be one of {', '.join(SELFCARE_CATEGORIES)}, not '{category}'"
        )
    return clean, category


def check_medication(med: Medication) -> Medication:
    name = " ".join(med.name.split())
    if not name:
        raise ValidationError("A medication needs a name")
    if len(name) > 120 or len(med.dose) > 120:
        raise ValidationError("Medication name and dose can be at most 120 characters each")
    if med.start and med.stop and med.stop < med.start:
        raise ValidationError("The stop date is before the start date")
    return Medication(name, med.dose.strip(), med.start, med.stop, med.note, med.id)
