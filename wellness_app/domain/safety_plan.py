"""The Stanley–Brown safety plan: six steps plus what matters most
(docs/clinical-sources.md; wording exact).

Section keys are what the database stores (safety_plan_items.section); titles are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from wellness_app.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    number: int | None  # the Stanley–Brown step number; None for "what matters most"
    title: str


SECTIONS: Final = (
    Section("warning_signs", 1,
            "Warning signs (thoughts, images, moods, situations, behaviours)"),
    Section("coping", 2, "Internal coping strategies — things I can do on my own"),
    Section("distraction", 3, "People and social settings that provide distraction"),
    Section("ask_for_help", 4, "People I can ask for help"),
    Section("professionals", 5,
            "Professionals or agencies to contact in a crisis (incl. crisis lines)"),
    Section("safe_environment", 6,
            "Making the environment safe (reducing access to lethal means)"),
    Section("worth_living_for", None,
            "The one thing that is most important to me and worth living for"),
)
SECTIONS_BY_KEY: Final = {s.key: s for s in SECTIONS}
CONTACT_ROLES: Final = ("person", "professional")
#: which step lists the person's contacts of each role
ROLE_SECTION: Final = {"person": "ask_for_help", "professional": "professionals"}
MAX_LINE = 2000


@dataclass(frozen=True, slots=True)
class SafetyContact:
    name: str
    phone: str = ""
    role: str = "person"
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """Lines per section key (in order) and the person's contacts (in order)."""

    items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    contacts: tuple[SafetyContact, ...] = ()

    def lines(self, key: str) -> tuple[str, ...]:
        return self.items.get(key, ())

    def contacts_for(self, key: str) -> tuple[SafetyContact, ...]:
        return tuple(c for c in self.contacts if ROLE_SECTION.get(c.role) == key)

    @property
    def is_empty(self) -> bool:
        return not self.contacts and not any(self.items.values())


def section_title(key: str) -> str:
    section = SECTIONS_BY_KEY[key]
    return f"{section.number}. {section.title}" if section.number else section.title


def clean_plan(plan: SafetyPlan) -> SafetyPlan:
    """Validate and tidy: known sections, blank lines dropped, contacts need a name."""
    items: dict[str, tuple[str, ...]] = {}
    for key, lines in plan.items.items():
        if key not in SECTIONS_BY_KEY:
            raise ValidationError(f"Unknown safety plan section '{key}'")
        kept = tuple(line.strip() for line in lines if line.strip())
        for line in kept:
            if len(line) > MAX_LINE:
                raise ValidationError(f"A safety plan line is over {MAX_LINE} characters")
        if kept:
            items[key] = kept
    contacts = []
    for contact in plan.contacts:
        name, phone = contact.name.strip(), contact.phone.strip()
        if not name and not phone and not contact.note.strip():
            continue
        if not name:
            raise ValidationError("Each contact needs a name")
        if contact.role not in CONTACT_ROLES:
            raise ValidationError(f"A contact's role must be person or professional, "
                                  f"not '{contact.role}'")
        contacts.append(SafetyContact(name, phone, contact.role, contact.note.strip(),
                                      contact.id))
    return SafetyPlan(items, tuple(contacts))


def plan_as_text(plan: SafetyPlan) -> list[str]:
    """The plan as plain lines (CLI and tests): each section title, then its lines."""
    out = ["My safety plan"]
    for section in SECTIONS:
        lines = list(plan.lines(section.key))
        lines += [f"{c.name}: {c.phone}" if c.phone else c.name
                  for c in plan.contacts_for(section.key)]
        if not lines:
            continue
        out.append(f"  {section_title(section.key)}")
        out += [f"    - {line}" for line in lines]
    return out
