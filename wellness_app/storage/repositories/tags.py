"""The tag catalogue."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wellness_app.domain.errors import NotFoundError, ValidationError
from wellness_app.domain.moods import DEFAULT_TAGS, Tag, normalise_tags
from wellness_app.storage.repositories import preferences
from wellness_app.storage.rows import TagRow

STARTER_TAGS_SEEDED = "tags.starter_seeded"  # preference: the starter catalogue was added


def _to_domain(row: TagRow) -> Tag:
    return Tag(name=row.name, group=row.group_name, id=row.id)


def list_tags(session: Session, *, include_archived: bool = False) -> list[Tag]:
    query = select(TagRow).order_by(TagRow.group_name, TagRow.position, TagRow.name)
    if not include_archived:
        query = query.where(TagRow.archived.is_(False))
    return [_to_domain(row) for row in session.scalars(query)]


def ensure_tags(session: Session, names: Iterable[str], group: str = "other") -> list[TagRow]:
    """Rows for `names`, creating the missing ones (case-insensitive match)."""
    wanted = normalise_tags(list(names))
    if not wanted:
        return []
    folded = [name.casefold() for name in wanted]
    existing = {
        row.name.casefold(): row
        for row in session.scalars(select(TagRow).where(func.lower(TagRow.name).in_(folded)))
    }
    rows = []
    for name in wanted:
        row = existing.get(name.casefold())
        if row is None:
            row = TagRow(name=name, group_name=group, position=0, archived=False)
            session.add(row)
            existing[name.casefold()] = row
        elif row.archived:
            row.archived = False
        rows.append(row)
    session.flush()
    return rows


def add_tag(session: Session, name: str, group: str) -> Tag:
    clean = normalise_tags([name])
    if not clean:
        raise ValidationError("A tag needs a name")
    if session.scalar(select(TagRow).where(TagRow.name == clean[0])) is not None:
        raise ValidationError(f"There is already a tag called '{clean[0]}'")
    row = TagRow(name=clean[0], group_name=group, position=0, archived=False)
    session.add(row)
    session.flush()
    return _to_domain(row)


def update_tag(session: Session, tag_id: int, *, name: str | None = None,
               group: str | None = None, archived: bool | None = None) -> Tag:
    row = session.get(TagRow, tag_id)
    if row is None:
        raise NotFoundError("That tag no longer exists")
    if name is not None:
        clean = normalise_tags([name])
        if not clean:
            raise ValidationError("A tag needs a name")
        clash = session.scalar(select(TagRow).where(TagRow.name == clean[0], TagRow.id != tag_id))
        if clash is not None:
            raise ValidationError(f"There is already a tag called '{clean[0]}'")
        row.name = clean[0]
    if group is not None:
        row.group_name = group
    if archived is not None:
        row.archived = archived
    session.flush()
    return _to_domain(row)


def seed_default_tags(session: Session, names: Mapping[str, str] | None = None) -> None:
    """Add the starter catalogue once, however the journal began: empty, or created by a
    CLI `log mood --tags …` or an import (their tags stay; a starter tag they already
    named joins its starter group). `names` gives a starter tag its name in the interface
    language (first run), e.g. {"walk": "Spaziergang"}. A journal that already has its
    starter tags (some perhaps archived by the person) is left as it is."""
    if preferences.get(session, STARTER_TAGS_SEEDED, False):
        return
    rows = list(session.scalars(select(TagRow)))
    if not any(_starter_slot(row) for row in rows):
        by_name = {row.name.casefold(): row for row in rows}
        names = names or {}
        for position, tag in enumerate(DEFAULT_TAGS):
            name = names.get(tag.name, "").strip() or tag.name
            found = by_name.get(name.casefold()) or by_name.get(tag.name.casefold())
            if found is None:
                session.add(TagRow(name=name, group_name=tag.group, position=position,
                                   archived=False))
            elif found.group_name == "other":  # typed before the catalogue existed
                found.group_name, found.position = tag.group, position
    preferences.put(session, STARTER_TAGS_SEEDED, True)
    session.flush()


def _starter_slot(row: TagRow) -> bool:
    return 0 <= row.position < len(DEFAULT_TAGS) and \
        DEFAULT_TAGS[row.position].group == row.group_name


def default_tag_ids(session: Session) -> dict[str, int]:
    """Each default tag's English name (case-folded) → its id, whatever language it was
    seeded in (matched by its seed position and group), plus every tag by its own name."""
    ids = {name.casefold(): id_ for id_, name in session.execute(select(TagRow.id, TagRow.name))}
    for id_, position, group in session.execute(
            select(TagRow.id, TagRow.position, TagRow.group_name)):
        if 0 <= position < len(DEFAULT_TAGS) and DEFAULT_TAGS[position].group == group:
            ids.setdefault(DEFAULT_TAGS[position].name.casefold(), id_)
    return ids
