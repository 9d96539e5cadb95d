"""Numbers, dates and times as the person's locale writes them ("7,500" / "7.500").

Thin wrappers over `QLocale()` (the default locale, set from the language setting by
`ui.i18n.install_translators`), so every page formats the same way. Python's own `format`
and `strftime` ignore the interface language, which is why display text must come from here.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def number(value: float, decimals: int = 0) -> str:
    """`value` with the locale's digit grouping and decimal mark: 7,500 · 7.500 · 2,5."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_pattern() -> str:
    """The locale's numeric date pattern with a four-digit year (for date editors too):
    M/d/yyyy · dd.MM.yyyy."""
    pattern = QLocale().dateFormat(_SHORT)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_time_pattern() -> str:
    """`date_pattern` and the locale's hours and minutes: dd.MM.yyyy HH:mm."""
    return f"{date_pattern()} {QLocale().timeFormat(_SHORT)}"


def short_date(day: date) -> str:
    """The locale's numeric date with a four-digit year: 11/24/2026 · 24.11.2026."""
    return QLocale().toString(_qdate(day), date_pattern())


def long_date(day: date) -> str:
    """Weekday, day, month and year in words: Tuesday, November 24, 2026."""
    return QLocale().toString(_qdate(day), _LONG)


def day_with_weekday(day: date) -> str:
    """A compact day label for lists and hover read-outs: Tue 11/24/2026 · Di. 24.11.2026."""
    return f"{weekday_name(day.isoweekday())} {short_date(day)}"


def time_of_day(moment: time | datetime) -> str:
    """Hours and minutes the locale's way: 9:05 PM · 21:05."""
    return QLocale().toString(QTime(moment.hour, moment.minute), _SHORT)


def date_and_time(moment: datetime) -> str:
    """`short_date` and `time_of_day` together: 11/24/2026 9:05 PM."""
    return f"{short_date(moment.date())} {time_of_day(moment)}"


def weekday_name(iso_weekday: int, *, short: bool = True) -> str:
    """Monday = 1 … Sunday = 7, named in the locale's language."""
    return QLocale().dayName(iso_weekday, _SHORT if short else _LONG)


def month_name(month: int, *, short: bool = True) -> str:
    """January = 1 … December = 12, named in the locale's language."""
    return QLocale().monthName(month, _SHORT if short else _LONG)

