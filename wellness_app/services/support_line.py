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

from wellness_app.domain.distress import Language, offer_support_line, parse_languages
from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import MoodEntry
from wellness_app.resources import resource_path
from wellness_app.storage import Database
from wellness_app.storage.repositories import preferences

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
        with self._db.reading() as session:
            return bool(preferences.get(session, ENABLED_KEY, True))

    def set_enabled(self, enabled: bool) -> None:
        with self._db.transaction() as session:
            preferences.put(session, ENABLED_KEY, bool(enabled))

    def after_checkin(self, entry: MoodEntry, today: date | None = None) -> bool:
        """True when the line should show now (and then not again today). If the journal
        cannot record that (locked, read-only, full), the line is offered all the same."""
        today = today or date.today()
        try:
            with self._db.transaction() as session:
                enabled = bool(preferences.get(session, ENABLED_KEY, True))
                last = _day(preferences.get(session, LAST_OFFERED_KEY))
                offer = offer_support_line(entry.mood, _text(entry), word_lists(),
                                           enabled=enabled, last_offered=last, today=today)
                if offer:
                    preferences.put(session, LAST_OFFERED_KEY, today.isoformat())
        except UserError:
            log.warning("Could not read or record the support line's day; offering it anyway")
            return offer_support_line(entry.mood, _text(entry), word_lists(), enabled=True,
                                      last_offered=None, today=today)
        return offer


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _text(entry: MoodEntry) -> str:
    return f"{entry.note_title}\n{entry.note}" if entry.note_title else entry.note
