"""Insights: gathers day aggregates and the factors, and leaves the statistics to
`domain.insights`.

Seasonal pattern: with a saved place (DB preference "place": an object with
latitude/longitude, or `lat`/`lon`, or a [lat, lon] pair) each day's length from sunrise
to sunset comes from astral, and days shorter than 12 hours are compared with longer
ones. Without a place the comparison is by month instead: November–February against
March–October (stated as months, so it reads true in either hemisphere).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import numpy as np

from wellness_app.domain.insights import (
    Factor,
    InsightReport,
    compare,
    month_means,
    weekday_means,
)
from wellness_app.domain.trends import DailySeries, from_epoch_day
from wellness_app.storage import Database
from wellness_app.storage.repositories import aggregates, preferences

log = logging.getLogger(__name__)
PLACE_KEY = "place"
SHORT_DAY_HOURS = 12.0


def parse_place(value: Any) -> tuple[float, float] | None:
    """(latitude, longitude) from the "place" preference, whatever its exact shape."""
    lat: Any
    lon: Any
    try:
        if isinstance(value, dict):
            lat = value.get("latitude", value.get("lat"))
            lon = value.get("longitude", value.get("lon", value.get("lng")))
        elif isinstance(value, list | tuple) and len(value) >= 2:
            lat, lon = value[0], value[1]
        else:
            return None
        latitude, longitude = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def day_lengths(place: tuple[float, float], days: np.ndarray) -> np.ndarray:
    """Hours from sunrise to sunset at `place` on each epoch day (0 or 24 near the poles)."""
    from astral import Observer
    from astral.sun import daylight

    observer = Observer(latitude=place[0], longitude=place[1])
    out = np.empty(days.size)
    for i, day in enumerate(days):
        try:
            rise, set_ = daylight(observer, from_epoch_day(int(day)))
            out[i] = (set_ - rise).total_seconds() / 3600
        except ValueError:  # the sun never rises or never sets that day
            out[i] = 24.0 if abs(place[0]) > 60 and _summer(place[0], int(day)) else 0.0
    return out


def _summer(latitude: float, day: int) -> bool:
    month = from_epoch_day(day).month
    return (4 <= month <= 9) == (latitude > 0)


def core_factors(series: DailySeries) -> list[Factor]:
    days = series.days
    sleep_known = days[np.isfinite(series.sleep_hours)]
    return [
        Factor("daylight_30", "with at least 30 minutes of daylight",
               days[np.nan_to_num(series.daylight_min) >= 30]),
        Factor("lamp", "with a light-therapy lamp session",
               days[np.nan_to_num(series.lamp_min) > 0]),
        Factor("activity_30", "with at least 30 minutes of activity",
               days[np.nan_to_num(series.activity_min) >= 30]),
        Factor("sleep_7h", "after at least 7 hours of sleep",
               days[np.nan_to_num(series.sleep_hours) >= 7], known=sleep_known,
               other="after less sleep"),
    ]


def lagged(factor: Factor) -> Factor:
    phrase = factor.phrase.removeprefix("with ").removeprefix("after ")
    return Factor(f"next_day:{factor.key}", "", factor.present, factor.known,
                  other="on other days", kind="next_day",
                  lead=f"On the day after a day with {phrase}")


class InsightService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def report(self, start: date | None = None, end: date | None = None) -> InsightReport:
        with self._db.reading() as session:
            series = aggregates.daily_series(session, start, end)
            tags = aggregates.tag_days(session, start, end)
            selfcare = aggregates.selfcare_days(session, start, end)
            place = parse_place(preferences.get(session, PLACE_KEY))
        ok = np.isfinite(series.mood_mean)
        days, mood = series.days[ok], series.mood_mean[ok]
        core = core_factors(series)
        factors = [*core, *(lagged(f) for f in core)]
        factors += [Factor(f"tag:{name}", f"tagged “{name}”", d) for name, d in tags.items()]
        factors += [Factor(f"selfcare:{name}", f"when you logged “{name}”", d)
                    for name, d in selfcare.items()]
        weekend = days[(days + 3) % 7 >= 5]
        factors.append(Factor("weekend", "", weekend, kind="weekday",
                              lead="On Saturdays and Sundays", other="on weekdays"))
        months = np.array([from_epoch_day(int(d)).month for d in days], dtype=int)
        if place is not None:
            basis = "day_length"
            short = days[day_lengths(place, days) < SHORT_DAY_HOURS]
            factors.append(Factor(
                "day_length_under_12h", "with less than 12 hours from sunrise to sunset",
                short, kind="season", other="on longer days"))
        else:
            basis = "month"
            dark = days[np.isin(months, (11, 12, 1, 2))]
            factors.append(Factor("months_nov_feb", "", dark, kind="season",
                                  lead="From November to February",
                                  other="from March to October"))
        return InsightReport(
            insights=compare(days, mood, factors),
            weekday_means=weekday_means(days, mood),
            month_means=month_means(months, mood),
            seasonal_basis=basis,
            days=int(days.size),
        )

