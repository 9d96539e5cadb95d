from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.timestamps import Moment, check_not_future, parse_date, parse_moment


def test_local_date_is_the_day_lived_not_the_utc_day() -> None:
    # 23:30 in New York on 1 March is already 2 March in UTC.
    moment = Moment.from_aware(datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))))
    assert moment.utc.date() == date(2026, 3, 2)
    assert moment.local_date == date(2026, 3, 1)
    assert moment.offset_minutes == -300


def test_parse_moment_keeps_explicit_offset() -> None:
    moment = parse_moment("2026-07-01T08:15+02:00")
    assert moment.offset_minutes == 120
    assert moment.utc == datetime(2026, 7, 1, 6, 15, tzinfo=UTC)


@pytest.mark.parametrize("text", ["yesterday", "2026-13-01", "", "1/2/2026"])
def test_unparseable_times_are_refused_clearly(text: str) -> None:
    with pytest.raises(ValidationError, match="ISO-8601"):
        parse_moment(text)


def test_parse_date_error_names_the_format() -> None:
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("2026/01/01")


def test_more_than_a_day_ahead_is_refused_but_tomorrow_morning_is_fine() -> None:
    now = datetime(2026, 1, 1, 12, tzinfo=UTC)
    check_not_future(Moment(now + timedelta(hours=20), 0), now=now)
    with pytest.raises(ValidationError, match="future"):
        check_not_future(Moment(now + timedelta(days=1, minutes=1), 0), now=now)
