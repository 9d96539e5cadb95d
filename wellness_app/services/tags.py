"""The editable tag catalogue, grouped (people, activities, self-care, feelings…)."""

from __future__ import annotations

from collections.abc import Mapping

from wellness_app.domain.moods import Tag, check_tag_name
from wellness_app.storage import Database
from wellness_app.storage.repositories import tags


class TagService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self, *, include_archived: bool = False) -> list[Tag]:
        with self._db.reading() as session:
            return tags.list_tags(session, include_archived=include_archived)

    def add(self, name: str, group: str = "other") -> Tag:
        check_tag_name(name.strip())
        with self._db.transaction() as session:
            return tags.add_tag(session, name, group)

    def rename(self, tag_id: int, name: str) -> Tag:
        check_tag_name(name.strip())
        with self._db.transaction() as session:
            return tags.update_tag(session, tag_id, name=name)

    def regroup(self, tag_id: int, group: str) -> Tag:
        with self._db.transaction() as session:
            return tags.update_tag(session, tag_id, group=group)

    def archive(self, tag_id: int, archived: bool = True) -> Tag:
        with self._db.transaction() as session:
            return tags.update_tag(session, tag_id, archived=archived)

    def seed_defaults(self, names: Mapping[str, str] | None = None) -> None:
        """The starter tags, once, in an empty catalogue; `names` translates them
        ({"walk": "Spaziergang"}; the GUI passes the interface language's names)."""
        with self._db.transaction() as session:
            tags.seed_default_tags(session, names)
