"""Python dates and local times as Qt's and back, typed (PySide6 converts `date` and
`datetime` itself, but its stubs say neither, and `toPython()` returns `object`)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(local: datetime) -> QDateTime:
    """A naive local date and time (to the millisecond, as Qt keeps it)."""
    return QDateTime(to_qdate(local), QTime(local.hour, local.minute, local.second,
                                            local.microsecond // 1000))


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_qdatetime(value: QDateTime) -> datetime:
    """The naive local date and time, as `QDateTime.toPython()` gives it."""
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                    clock.second(), clock.msec() * 1000)
