"""The calm line after a hard check-in: mood 1, or a note with words of self-harm, offers
the crisis screen (never a pop-up, at most once a day, can be switched off).

The switch and the day it was last offered live in the journal's preferences, so the app
and `wellness-app log mood` keep to the same once-a-day promise. The note is only
matched, never logged or stored anywhere else.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from wellness_app.domain.distress import Language, offer_support_line, parse_languages
from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import MoodEntry
from wellness_app.resources import resource_path

if TYPE_CHECKING:  # SQLAlchemy loads only on the full path (the CLI's quick path has none)
    from wellness_app.storage import Database

log = logging.getLogger(__name__)
ENABLED_KEY = "support_line.enabled"
LAST_OFFERED_KEY = "support_line.last_offered"
WORDS_FILE = "distress_words.json"


@cache
def word_lists() -> tuple[Language, ...]:
    """The curated English and German phrases (resources/distress_words.json)."""
    with resource_path(WORDS_FILE).open(encoding="utf-8") as handle:
        return parse_languages(json.load(handle))


class SupportLineService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def enabled(self) -> bool:
        from wellness_app.storage.repositories import preferences

        with self._db.reading() as session:
            return bool(preferences.get(session, ENABLED_KEY, True))

    def set_enabled(self, enabled: bool) -> None:
        from wellness_app.storage.repositories import preferences

        with self._db.transaction() as session:
            preferences.put(session, ENABLED_KEY, bool(enabled))

    def after_checkin(self, entry: MoodEntry, today: date | None = None) -> bool:
        """True when the line should show now (and then not again today). If the journal
        cannot record that (locked, read-only, full), the line is offered all the same."""
        from wellness_app.storage.repositories import preferences

        today = today or date.today()
        try:
            with self._db.transaction() as session:
                return decide(_SessionPreferences(session, preferences), entry, today)
        except UserError:
            return offer_anyway(entry, today)


class Preferences(Protocol):
    """Where the switch and the last day live: a session (full path) or the lean journal."""

    def preference(self, key: str, default: Any = None) -> Any: ...

    def put_preference(self, key: str, value: Any) -> None: ...


class _SessionPreferences:
    def __init__(self, session: Any, repository: Any) -> None:
        self._session = session
        self._repository = repository

    def preference(self, key: str, default: Any = None) -> Any:
        return self._repository.get(self._session, key, default)

    def put_preference(self, key: str, value: Any) -> None:
        self._repository.put(self._session, key, value)


def decide(store: Preferences, entry: MoodEntry, today: date) -> bool:
    """Whether to offer the line now; records the day when it does (once a day)."""
    enabled = bool(store.preference(ENABLED_KEY, True))
    last = _day(store.preference(LAST_OFFERED_KEY))
    offer = offer_support_line(entry.mood, _text(entry), word_lists(),
                               enabled=enabled, last_offered=last, today=today)
    if offer:
        store.put_preference(LAST_OFFERED_KEY, today.isoformat())
    return offer


def offer_anyway(entry: MoodEntry, today: date) -> bool:
    """When the journal cannot read or record the day: offer by the entry alone."""
    log.warning("Could not read or record the support line's day; offering it anyway")
    return offer_support_line(entry.mood, _text(entry), word_lists(), enabled=True,
                              last_offered=None, today=today)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _text(entry: MoodEntry) -> str:
    return f"{entry.note_title}\n{entry.note}" if entry.note_title else entry.note
