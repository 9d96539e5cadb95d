"""The St John's Wort caution matrix (CLINICAL.md).

The table (bundled `resources/interactions.json`, plus the person's own edits) maps
medicine names to classes. A day on which St John's Wort is logged gets one caution per
(herb, medicine) pair whose medicine is active that day, one for a lamp session the same
day (light sensitisation), and a general note on bipolar disorder and pregnancy.
Cautions never block a save; storage records each pair so it shows once per day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from wellness_app.domain.selfcare import Medication

T = TypeVar("T")
HERB = "St John's Wort"
ASK = "Please ask your doctor or pharmacist before combining them."
LAMP_KEY = "sjw|lamp"
NOTES_KEY = "sjw|notes"


@dataclass(frozen=True, slots=True)
class Caution:
    pair_key: str
    text: str


@dataclass(frozen=True)
class InteractionTable:
    classes: Mapping[str, Mapping[str, str]]
    medicines: Mapping[str, str]
    herb_aliases: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_json(cls, data: Mapping[str, Any],
                  overrides: Mapping[str, str | None] | None = None) -> InteractionTable:
        """Bundled data plus the person's edits (name → class, or None to remove a name)."""
        medicines = {normalise(k): v for k, v in data["medicines"].items()}
        for name, klass in (overrides or {}).items():
            if klass is None:
                medicines.pop(normalise(name), None)
            else:
                medicines[normalise(name)] = klass
        aliases = frozenset(_compact(a) for a in data.get("herb_aliases", ()))
        return cls(data["classes"], medicines, aliases)

    def classify(self, medicine: str) -> str | None:
        """The class of a medicine name as typed ("Sertraline 50 mg" → "ssri")."""
        name = normalise(medicine)
        if name in self.medicines:
            return self.medicines[name]
        words = name.split()
        for size in range(len(words), 0, -1):  # longest run of words first
            for start in range(len(words) - size + 1):
                found = self.medicines.get(" ".join(words[start:start + size]))
                if found:
                    return found
        return None

    def is_herb(self, item_name: str) -> bool:
        return _compact(item_name) in self.herb_aliases


def normalise(name: str) -> str:
    return " ".join(re.sub(r"[^\w' ]+", " ", name.casefold()).split())


def _compact(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def day_cautions(table: InteractionTable, *, herb_logged: bool, lamp_logged: bool,
                 medications: Iterable[Medication]) -> list[Caution]:
    """Every caution that applies to a day (before the once-per-day filter)."""
    if not herb_logged:
        return []
    found: list[Caution] = []
    for med in medications:
        klass = table.classify(med.name)
        if klass is None or klass not in table.classes:
            continue
        info = table.classes[klass]
        found.append(Caution(
            f"sjw|{klass}|{normalise(med.name)}",
            f"{HERB} and {med.name} ({info['label']}): {info['effect']}. {ASK}",
        ))
    if lamp_logged:
        found.append(Caution(
            LAMP_KEY,
            f"{HERB} and your light-therapy lamp today: {HERB} makes skin and eyes more "
            f"sensitive to light, so it should not be combined with bright-light therapy. {ASK}",
        ))
    found.append(Caution(
        NOTES_KEY,
        f"About {HERB}: it may trigger mania in bipolar disorder and is not advised during "
        "pregnancy. If either applies to you, please ask your doctor or pharmacist.",
    ))
    return found


@dataclass(frozen=True, slots=True)
class Saved(Generic[T]):
    """What a log call saved, and any cautions to show (new today) — never a refusal."""

    value: T
    cautions: list[Caution]
