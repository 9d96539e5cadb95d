"""Questionnaires, treatments, the safety plan and the person's own crisis lines."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wellness_app.storage.rows.base import Base, Imported, LivedAt


class Assessment(LivedAt, Imported, Base):
    """A completed PHQ-9 or GAD-7: answers as comma-separated 0–3 values."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # phq9 | gad7
    answers: Mapped[str] = mapped_column(String(64))
    total: Mapped[int] = mapped_column(Integer)
    difficulty: Mapped[int | None] = mapped_column(Integer, default=None)


class TreatmentSession(LivedAt, Imported, Base):
    __tablename__ = "treatment_sessions"
    __table_args__ = (
        CheckConstraint("mood_before IS NULL OR mood_before BETWEEN 1 AND 5", name="before_range"),
        CheckConstraint("mood_after IS NULL OR mood_after BETWEEN 1 AND 5", name="after_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    clinic: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    mood_before: Mapped[int | None] = mapped_column(Integer, default=None)
    mood_after: Mapped[int | None] = mapped_column(Integer, default=None)


class SafetyPlanItem(Base):
    """One line of a Stanley–Brown step (section names are defined in the domain)."""

    __tablename__ = "safety_plan_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section: Mapped[str] = mapped_column(String(40), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class SafetyContact(Base):
    __tablename__ = "safety_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(32), default="person")  # person|professional
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class UserCrisisLine(Base):
    """A crisis line the person added or edited; overrides the shipped line of the same label."""

    __tablename__ = "user_crisis_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(8), index=True)
    label: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
