"""Which listed medication a typed name means ("sertraline" → "Sertraline 50 mg").

Matching is the caution matching's (domain/name_match.py): case, accents and punctuation
do not matter, and strength and form words ("50 mg", "tablets", "retard") are not part of
the name. The listed name exactly as typed wins; then names equal without strength and
form words; then listed names that contain the typed name's words. Several different
listed names are never guessed between: the caller asks the person to choose (a wrong
stop date on a medicine is worse than one more command).
"""

from __future__ import annotations

from collections.abc import Sequence

from wellness_app.domain.name_match import NameIndex, normalise, words
from wellness_app.domain.selfcare import Medication

UNITS = frozenset({"mg", "mcg", "µg", "μg", "ug", "g", "ml", "iu", "ie", "units", "unit",
                   "percent", "mmol", "microgram", "micrograms", "milligram", "milligrams"})
FORMS = frozenset({"tablet", "tablets", "tab", "tabs", "capsule", "capsules", "cap", "caps",
                   "tablette", "tabletten", "kapsel", "kapseln", "filmtablette",
                   "filmtabletten", "retard", "retardtabletten", "drops", "tropfen",
                   "solution", "losung", "syrup", "saft", "injection", "patch", "pflaster",
                   "spray", "cream", "gel", "xr", "xl", "sr", "er", "cr", "mr", "la"})


def name_key(text: str) -> str:
    """The name's words without strength and form words: "Sertraline 50 mg" → "sertraline"."""
    return " ".join(w for w in words(text) if not w.isdigit() and w not in UNITS | FORMS)


def matching(meds: Sequence[Medication], typed: str) -> list[Medication]:
    """The listed medications `typed` means (empty when none; maybe several names)."""
    exact = [m for m in meds if normalise(m.name) == normalise(typed)]
    key = name_key(typed)
    if exact or not key:
        return exact
    same = [m for m in meds if name_key(m.name) == key]
    if same:
        return same
    index = NameIndex({key: True})
    return [m for m in meds if index.find(m.name)]


def distinct_names(meds: Sequence[Medication]) -> list[str]:
    """The different names among `meds`, as listed, in order."""
    seen: dict[str, str] = {}
    for med in meds:
        seen.setdefault(med.name.casefold(), med.name)
    return list(seen.values())
