"""The St John's Wort caution table: bundled `resources/interactions.json`, plus the
person's edits (name → class, or null to drop a name) kept in the journal's preference
`interaction_overrides`, so they travel with backups and the CLI sees them too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from wellness_app.domain.cautions import InteractionTable
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.name_match import normalise
from wellness_app.resources import resource_path
from wellness_app.storage import Database
from wellness_app.storage.repositories import cautions, preferences


@dataclass(frozen=True, slots=True)
class NameStatus:
    """A medication-list name: St John's Wort itself, its classes, or neither (then the
    honest answer is NOT_IN_LIST, never "no caution")."""

    herb: bool
    classes: tuple[str, ...]

    @property
    def known(self) -> bool:
        return self.herb or bool(self.classes)


@cache
def bundled_table() -> dict[str, Any]:
    with resource_path("interactions.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


class InteractionService:
    """Read and edit the caution table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def classes(self) -> dict[str, str]:
        """class key → readable label."""
        return {k: v["label"] for k, v in bundled_table()["classes"].items()}

    def classify(self, name: str) -> str | None:
        with self._db.reading() as session:
            return cautions.table(session, bundled_table()).classify(name)

    def table(self) -> InteractionTable:
        """The compiled table with the person's edits (cheap: compiled once per edit)."""
        with self._db.reading() as session:
            return cautions.table(session, bundled_table())

    def describe(self, name: str) -> NameStatus:
        """What the caution table knows of a medication-list name."""
        tab = self.table()
        return NameStatus(tab.is_herb(name), tab.classes_of(name))

    def set_class(self, name: str, klass: str | None) -> None:
        """Map a medicine name to a class, or `None` to never caution for that name."""
        if klass is not None and klass not in bundled_table()["classes"]:
            raise ValidationError(f"Unknown medicine class '{klass}'")
        key = normalise(name)
        if not key:
            raise ValidationError("A medicine name cannot be empty")
        with self._db.transaction() as session:
            overrides = dict(preferences.get(session, cautions.OVERRIDES_KEY, {}))
            overrides[key] = klass
            preferences.put(session, cautions.OVERRIDES_KEY, overrides)
