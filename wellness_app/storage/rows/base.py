"""Declarative base with named constraints (Alembic batch mode needs the names)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Date, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC text; returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UtcDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class LivedAt:
    """UTC instant + local offset + precomputed, indexed local date."""

    at_utc: Mapped[datetime] = mapped_column(UtcDateTime())
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_date: Mapped[date] = mapped_column(Date, index=True)


class Imported:
    """Where a row came from, and a key that makes re-importing the same file a no-op."""

    source: Mapped[str] = mapped_column(String(32), default="manual", server_default="manual")
    import_key: Mapped[str | None] = mapped_column(String(128), unique=True, default=None)
