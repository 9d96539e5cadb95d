"""Drafts of typed text: kept in the journal until saved, so no word is lost to a quit,
a crash or a power cut (and an encrypted journal keeps them encrypted)."""

from __future__ import annotations

from wellness_app.storage import Database
from wellness_app.storage.repositories import drafts


class DraftService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def keep(self, key: str, text: str) -> None:
        """Store `text` as the draft for `key`; blank text removes the draft."""
        with self._db.transaction() as session:
            if text.strip():
                drafts.put(session, key, text)
            else:
                drafts.remove(session, key)

    def get(self, key: str) -> str | None:
        with self._db.reading() as session:
            return drafts.get(session, key)

    def discard(self, key: str) -> None:
        with self._db.transaction() as session:
            drafts.remove(session, key)
