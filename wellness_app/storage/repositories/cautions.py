"""St John's Wort and light cautions inside a saving transaction, and which pairs were
already shown (each pair once per day; the general note once ever).

The person's edits to the bundled table live in the preference `interaction_overrides`.
The table is compiled once per (bundled table, edits) and reused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wellness_app.domain.cautions import (
    KETAMINE_KINDS,
    NOTES_KEY,
    TREATMENT_WINDOW_DAYS,
    Caution,
    DayFacts,
    InteractionTable,
    day_cautions,
)
from wellness_app.domain.treatments import treatment_name
from wellness_app.storage.repositories import (
    light,
    medications,
    preferences,
    selfcare,
    treatments,
)
from wellness_app.storage.rows import ShownCaution

OVERRIDES_KEY = "interaction_overrides"


def table(session: Session, bundled: Mapping[str, Any]) -> InteractionTable:
    overrides = preferences.get(session, OVERRIDES_KEY, {})
    return _compiled(_Frozen(bundled), json.dumps(overrides, sort_keys=True))


class _Frozen:
    """Hashable by identity: the bundled table is loaded once and never changed."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def __hash__(self) -> int:
        return id(self.data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Frozen) and other.data is self.data


@lru_cache(maxsize=8)
def _compiled(bundled: _Frozen, overrides: str) -> InteractionTable:
    return InteractionTable.from_json(bundled.data, json.loads(overrides))


def day_facts(session: Session, day: date, tab: InteractionTable) -> DayFacts:
    window = timedelta(days=TREATMENT_WINDOW_DAYS)
    meds = medications.all_(session)
    herb_meds = [m for m in meds if tab.is_herb(m.name)]
    logged = selfcare.names_between(session, day - window, day + window)
    herb_days = {d for d, name, category in logged if tab.is_herb(name, category)}
    for offset in range(-TREATMENT_WINDOW_DAYS, TREATMENT_WINDOW_DAYS + 1):
        other = day + timedelta(days=offset)
        if any(m.active_on(other) for m in herb_meds):
            herb_days.add(other)
    ketamine = [(t.local_date, treatment_name(t.kind))
                for t in treatments.between(session, day - window, day + window)
                if t.kind in KETAMINE_KINDS]
    return DayFacts(day, day in herb_days, light.has_lamp(session, day),
                    [m for m in meds if m.active_on(day)], frozenset(herb_days), ketamine)


def check_day(session: Session, day: date, bundled: Mapping[str, Any]) -> list[Caution]:
    """Cautions that apply to `day` and were not shown yet (and mark them shown)."""
    tab = table(session, bundled)
    return take_new(session, day, day_cautions(tab, day_facts(session, day, tab)))


def take_new(session: Session, day: date, cautions: Iterable[Caution]) -> list[Caution]:
    """Return the cautions not yet shown and record them as shown."""
    shown = set(session.scalars(
        select(ShownCaution.pair_key).where(ShownCaution.local_date == day)))
    ever_noted = session.scalar(select(ShownCaution.pair_key).where(
        ShownCaution.pair_key == NOTES_KEY).limit(1)) is not None
    fresh: list[Caution] = []
    for caution in cautions:
        if caution.pair_key in shown or (caution.pair_key == NOTES_KEY and ever_noted):
            continue
        session.add(ShownCaution(local_date=day, pair_key=caution.pair_key))
        shown.add(caution.pair_key)
        fresh.append(caution)
    session.flush()
    return fresh
