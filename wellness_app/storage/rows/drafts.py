"""Unsaved text a person typed (a note, a dialog's fields), kept until saved or discarded.

Stored in the journal, so an encrypted journal's drafts are encrypted with it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wellness_app.storage.rows.base import Base, UtcDateTime


class Draft(Base):
    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)  # "today.note", …
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
