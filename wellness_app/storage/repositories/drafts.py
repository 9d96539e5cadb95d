"""Drafts: upsert, read and remove unsaved text by key."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from wellness_app.storage.rows.drafts import Draft


def put(session: Session, key: str, text: str) -> None:
    now = datetime.now(UTC)
    statement = insert(Draft).values(key=key, text=text, updated_at=now)
    session.execute(statement.on_conflict_do_update(
        index_elements=[Draft.key], set_={"text": text, "updated_at": now}))


def get(session: Session, key: str) -> str | None:
    row = session.get(Draft, key)
    return None if row is None else row.text


def remove(session: Session, key: str) -> None:
    session.execute(delete(Draft).where(Draft.key == key))
