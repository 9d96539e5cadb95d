"""Mood entries and the tag catalogue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from wellness_app.storage.rows.base import Base, Imported, LivedAt, UtcDateTime

mood_entry_tags = Table(
    "mood_entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("mood_entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)
    group_name: Mapped[str] = mapped_column(String(40), default="other")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class MoodEntryRow(LivedAt, Imported, Base):
    __tablename__ = "mood_entries"
    __table_args__ = (
        CheckConstraint("mood BETWEEN 1 AND 5", name="mood_range"),
        CheckConstraint("energy IS NULL OR energy BETWEEN 1 AND 5", name="energy_range"),
        CheckConstraint("anxiety IS NULL OR anxiety BETWEEN 1 AND 5", name="anxiety_range"),
        Index("ix_mood_entries_at_utc_id", "at_utc", "id"),  # the Journal's order
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mood: Mapped[int] = mapped_column(Integer)
    energy: Mapped[int | None] = mapped_column(Integer, default=None)
    anxiety: Mapped[int | None] = mapped_column(Integer, default=None)
    sleep_hours: Mapped[float | None] = mapped_column(Float, default=None)
    note_title: Mapped[str] = mapped_column(Text, default="")
    #: the mood as another app named it ("Medium [-]", "7/10"); "" for the app's own
    mood_label: Mapped[str] = mapped_column(String(80), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    tags: Mapped[list[TagRow]] = relationship(secondary=mood_entry_tags, lazy="selectin")
