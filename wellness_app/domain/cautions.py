"""The St John's Wort and light-therapy cautions (facts and sources: docs/clinical-sources.md).

The table (bundled `resources/interactions.json`, plus the person's own edits) maps medicine
names to classes; each class has a kind that decides what the caution says:

- serotonergic: together with the herb, a risk of serotonin syndrome (urgent signs listed);
- weakened / contraception / changed: the herb changes how the medicine works;
- photosensitising: with a light-therapy lamp, skin and eyes can be harmed.

A day gets one caution per pair: the herb (logged that day, or on the medication list) with
each active medicine of a herb class; the herb with a lamp session that day; a
photosensitising medicine with a lamp session that day; the herb within 14 days of a
ketamine or esketamine session. Names are matched by `name_match`. Cautions never block a
save; storage records each pair so it shows once per day. The English text is built here
(CLI, logs of nothing personal); the interface rebuilds it, translated, from the same fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, Generic, TypeVar

from wellness_app.domain.name_match import PREFIX_MIN, NameIndex, normalise
from wellness_app.domain.selfcare import Medication

T = TypeVar("T")
HERB: Final = "St John's Wort"
LAMP_KEY: Final = "sjw|lamp"
NOTES_KEY: Final = "sjw|notes"
TREATMENT_WINDOW_DAYS: Final = 14
KETAMINE_KINDS: Final = ("ketamine-infusion", "esketamine-nasal-spray")
KINDS: Final = ("serotonergic", "weakened", "contraception", "changed", "photosensitising")
HERB_KINDS: Final = frozenset(KINDS) - {"photosensitising"}
#: Self-care categories where a herb brand that is also a first name ("Coffee with Kira")
#: means a person; the herb's own names still count there.
BRANDLESS_CATEGORIES: Final = frozenset({"social", "music"})
NOT_IN_LIST: Final = ("not in this app's list — that does not mean it is safe with "
                      "St John's Wort; ask your pharmacist")
ALWAYS: Final = ("Talk to your doctor or pharmacist, and don't stop a prescribed medicine on "
                 "your own.")
#: English wording per caution kind; ui/caution_text.py marks the same sentences for translation.
TEMPLATES: Final[dict[str, str]] = {
    "serotonergic": "{herb} and {other} ({label}): together they can cause serotonin "
                    "syndrome. Get urgent help if agitation, confusion, fever, heavy sweating, "
                    "shaking or a fast heartbeat appear. " + ALWAYS,
    "weakened": "{herb} and {other} ({label}): {herb} can make {other} work less well. "
                + ALWAYS,
    "contraception": "{herb} and {other} ({label}): {herb} can make {other} work less well, "
                     "so it may not prevent pregnancy. Consider a backup method such as "
                     "condoms and ask a pharmacist. " + ALWAYS,
    "changed": "{herb} and {other} ({label}): {herb} can change how strongly {other} works. "
               + ALWAYS,
    "herb_lamp": "{herb} and your light-therapy lamp: {herb} makes skin and eyes more "
                 "sensitive to light, so bright light can harm them. " + ALWAYS,
    "photosensitising": "{other} ({label}) and your light-therapy lamp: {other} can make "
                        "skin and eyes more sensitive to bright light. " + ALWAYS,
    "treatment": "{herb} and {other}: {herb} within 14 days of a ketamine or esketamine "
                 "session can make the treatment work less well. Tell your treatment team. "
                 + ALWAYS,
    "notes": "About {herb}: it may trigger mania in bipolar disorder and is not advised "
             "during pregnancy. If either applies to you, please ask your doctor or "
             "pharmacist.",
}


@dataclass(frozen=True, slots=True)
class Caution:
    """One caution: `kind` picks the wording, `other` is the medicine as the person wrote it
    (or the treatment's name), `klass`/`label` the medicine's class."""

    pair_key: str
    kind: str
    other: str = ""
    klass: str = ""
    label: str = ""

    @property
    def text(self) -> str:
        return TEMPLATES[self.kind].format(herb=HERB, other=self.other, label=self.label)


@dataclass(frozen=True, slots=True)
class MedicineClass:
    key: str
    kind: str
    label: str
    reason: str
    sources: tuple[str, ...]


class InteractionTable:
    """Bundled classes and names plus the person's edits, searchable in free text."""

    def __init__(self, classes: Mapping[str, MedicineClass],
                 names: Mapping[str, tuple[str, ...]], herb_aliases: Iterable[str],
                 herb_brands: Iterable[str] = ()) -> None:
        self.classes = dict(classes)
        self.names = dict(names)
        self._medicines = NameIndex(self.names)
        aliases = list(herb_aliases)
        brands = {normalise(brand) for brand in herb_brands}
        self._herb = NameIndex(dict.fromkeys(aliases, True))
        self._herb_itself = NameIndex(dict.fromkeys(
            (alias for alias in aliases if normalise(alias) not in brands), True))

    @classmethod
    def from_json(cls, data: Mapping[str, Any],
                  overrides: Mapping[str, str | None] | None = None) -> InteractionTable:
        """Bundled data plus the person's edits (name → class, or None to remove a name)."""
        classes = {key: MedicineClass(key, c["kind"], c["label"], c["reason"],
                                      tuple(c["sources"]))
                   for key, c in data["classes"].items()}
        names: dict[str, tuple[str, ...]] = {}
        for klass, members in data["medicines"].items():
            for name in members:
                key = normalise(name)
                names[key] = (*names.get(key, ()), klass)
        for key, found in list(names.items()):
            for spelling in german_spellings(key):
                names.setdefault(spelling, found)
        for name, klass in (overrides or {}).items():
            if klass is None:
                names[normalise(name)] = ()
            elif klass in classes:
                names[normalise(name)] = (klass,)
        return cls(classes, names, data.get("herb_aliases", ()), data.get("herb_brands", ()))

    def classes_of(self, medicine: str) -> tuple[str, ...]:
        """Every class of a name as typed ("Sertralin 50 mg" → ("ssri",)), in table order."""
        found: list[str] = []
        for match in self._medicines.find(medicine):
            found += [k for k in match.value if k not in found and k in self.classes]
        return tuple(found)

    def classify(self, medicine: str) -> str | None:
        """The main class of a name (a St John's Wort class before the light one)."""
        classes = self.classes_of(medicine)
        for key in classes:
            if self.classes[key].kind in HERB_KINDS:
                return key
        return classes[0] if classes else None

    def is_herb(self, name: str, category: str | None = None) -> bool:
        """Whether a self-care item or medication name contains St John's Wort; in a
        self-care item about people or music, only by the herb's own names."""
        index = self._herb_itself if category in BRANDLESS_CATEGORIES else self._herb
        return bool(index.find(name))


def german_spellings(name: str) -> tuple[str, ...]:
    """German INN drops the final "e" of many generics: sertraline → Sertralin."""
    if name.isascii() and name.isalpha() and name.endswith("e") and len(name) > PREFIX_MIN:
        return (name[:-1],)
    return ()


@dataclass(frozen=True, slots=True)
class DayFacts:
    """What the storage layer found for one day (see the module docstring)."""

    day: date
    herb_today: bool
    lamp_today: bool
    medications: Sequence[Medication]  # active that day
    herb_days: frozenset[date] = frozenset()  # herb days within 14 days either side
    ketamine: Sequence[tuple[date, str]] = ()  # (day, treatment name) within 14 days


def day_cautions(table: InteractionTable, facts: DayFacts) -> list[Caution]:
    """Every caution that applies to a day (before the once-per-day filter)."""
    found: list[Caution] = []
    herb_meds = [m for m in facts.medications if table.is_herb(m.name)]
    herb = facts.herb_today or bool(herb_meds)
    for med in facts.medications:
        for klass in table.classes_of(med.name):
            info = table.classes[klass]
            if info.kind == "photosensitising":
                if facts.lamp_today:
                    found.append(Caution(f"lamp|{klass}|{normalise(med.name)}", info.kind,
                                         med.name, klass, info.label))
            elif herb:
                found.append(Caution(f"sjw|{klass}|{normalise(med.name)}", info.kind,
                                     med.name, klass, info.label))
    if herb and facts.lamp_today:
        found.append(Caution(LAMP_KEY, "herb_lamp"))
    found += _treatment_cautions(facts, herb)
    if herb:
        found.append(Caution(NOTES_KEY, "notes"))
    return found


def _treatment_cautions(facts: DayFacts, herb: bool) -> list[Caution]:
    found: dict[str, Caution] = {}
    for when, name in facts.ketamine:
        near_herb = any(abs((h - when).days) <= TREATMENT_WINDOW_DAYS for h in facts.herb_days)
        if (herb and abs((facts.day - when).days) <= TREATMENT_WINDOW_DAYS) or (
                when == facts.day and (near_herb or herb)):
            found.setdefault(name, Caution(f"sjw|treatment|{normalise(name)}", "treatment",
                                           name))
    return list(found.values())


@dataclass(frozen=True, slots=True)
class Saved(Generic[T]):
    """What a log call saved, and any cautions to show (new today) — never a refusal."""

    value: T
    cautions: list[Caution]
