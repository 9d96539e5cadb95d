"""Light, movement, daily metrics (steps, sleep, mindful minutes), self-care, medications."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from wellness_app.storage.rows.base import Base, Imported, LivedAt


class LightSession(LivedAt, Imported, Base):
    """Daylight (outside / by a window) or a light-therapy lamp session."""

    __tablename__ = "light_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # daylight | lamp
    minutes: Mapped[float] = mapped_column(Float)
    lux: Mapped[int | None] = mapped_column(Integer, default=None)
    distance_cm: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class ActivityKind(Base):
    __tablename__ = "activity_kinds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60, collation="NOCASE"), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ActivitySession(LivedAt, Imported, Base):
    __tablename__ = "activity_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("activity_kinds.id", ondelete="RESTRICT"))
    minutes: Mapped[float] = mapped_column(Float)
    intensity: Mapped[str] = mapped_column(String(16), default="moderate")
    note: Mapped[str] = mapped_column(Text, default="")


class DailyMetric(Base):
    """One number per local day and metric (steps, sleep_hours, mindful_minutes) and source."""

    __tablename__ = "daily_metrics"
    __table_args__ = (UniqueConstraint("local_date", "metric", "source", name="day_metric_source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    local_date: Mapped[date] = mapped_column(Date, index=True)
    metric: Mapped[str] = mapped_column(String(32))
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(32), default="manual")


class SelfCareItem(Base):
    __tablename__ = "selfcare_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)
    category: Mapped[str] = mapped_column(String(32), default="custom")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class SelfCareLog(LivedAt, Imported, Base):
    __tablename__ = "selfcare_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("selfcare_items.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")


class Medication(Base):
    __tablename__ = "medications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    dose: Mapped[str] = mapped_column(String(120), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    stop_date: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
