"""Numbers, dates and times follow the interface locale, not Python's C formatting."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale

from wellness_app.ui.common import locale_format as fmt


@pytest.fixture
def german():  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("de_DE"))


def test_us_english_numbers_and_dates() -> None:
    assert fmt.number(7500) == "7,500"
    assert fmt.number(1234.56, 1) == "1,234.6"
    assert fmt.short_date(date(2026, 11, 4)) == "11/4/2026"
    assert fmt.long_date(date(2026, 11, 4)) == "Wednesday, November 4, 2026"
    assert fmt.time_of_day(time(21, 5)) == "9:05\u202fPM"  # CLDR puts a narrow space before PM
    assert fmt.day_with_weekday(date(2026, 11, 4)) == "Wed 11/4/2026"


def test_german_numbers_and_dates(german: None) -> None:
    assert fmt.number(10000) == "10.000"
    assert fmt.number(2.5, 1) == "2,5"
    assert fmt.short_date(date(2026, 11, 4)) == "04.11.2026"
    assert fmt.long_date(date(2026, 11, 4)) == "Mittwoch, 4. November 2026"
    assert fmt.date_and_time(datetime(2026, 11, 4, 21, 5)) == "04.11.2026 21:05"
    assert fmt.weekday_name(1, short=False) == "Montag"
    assert fmt.month_name(3, short=False) == "März"


def test_c_locale_falls_back_to_us_english(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common import i18n

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale.c()))
    for translator in i18n.install_translators(qapp, "system"):
        qapp.removeTranslator(translator)
    assert QLocale().name() == "en_US"
    assert fmt.number(7500) == "7,500"
