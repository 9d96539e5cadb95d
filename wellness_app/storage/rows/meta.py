"""Preferences the CLI needs too (no Qt there), import history, cautions already shown."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wellness_app.storage.rows.base import Base, UtcDateTime


class Preference(Base):
    """Key → JSON value. UI-only settings (window size, theme) live in QSettings instead."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    source_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime())
    summary: Mapped[str] = mapped_column(Text, default="{}")


class ShownCaution(Base):
    """A caution pair already shown on a day (shown once per pair per day)."""

    __tablename__ = "shown_cautions"

    local_date: Mapped[date] = mapped_column(Date, primary_key=True)
    pair_key: Mapped[str] = mapped_column(String(200), primary_key=True)
