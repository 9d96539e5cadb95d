"""St John's Wort cautions inside a saving transaction, and which pairs were already
shown (each pair once per day; the general note once ever).

The person's edits to the bundled table live in the preference `interaction_overrides`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wellness_app.domain.cautions import NOTES_KEY, Caution, InteractionTable, day_cautions
from wellness_app.storage.repositories import light, medications, preferences, selfcare
from wellness_app.storage.rows import ShownCaution

OVERRIDES_KEY = "interaction_overrides"


def table(session: Session, bundled: Mapping[str, Any]) -> InteractionTable:
    return InteractionTable.from_json(bundled, preferences.get(session, OVERRIDES_KEY, {}))


def check_day(session: Session, day: date, bundled: Mapping[str, Any]) -> list[Caution]:
    """Cautions that apply to `day` and were not shown yet (and mark them shown)."""
    tab = table(session, bundled)
    if not any(tab.is_herb(name) for name in selfcare.day_names(session, day)):
        return []
    meds = [m for m in medications.all_(session) if m.active_on(day)]
    found = day_cautions(tab, herb_logged=True, lamp_logged=light.has_lamp(session, day),
                         medications=meds)
    return take_new(session, day, found)


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
