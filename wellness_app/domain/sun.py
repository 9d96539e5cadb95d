"""Sunrise, sunset and day length, offline, from astral and its bundled city database.

A place is a city from astral's geocoder (with its time zone) or a latitude/longitude
(times then shown in this computer's zone). Polar day and night are reported, not raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from astral import LocationInfo, Observer
from astral.geocoder import LocationDatabase, all_locations, database, lookup
from astral.sun import elevation, sunrise, sunset

from wellness_app.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    latitude: float
    longitude: float
    timezone: str | None = None  # IANA name; None = this computer's zone

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "latitude": self.latitude, "longitude": self.longitude,
                "timezone": self.timezone}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Place:
        """From to_json's dict as read back from JSON (values not yet checked)."""
        return cls(str(data["name"]), float(data["latitude"]), float(data["longitude"]),
                   data.get("timezone"))

    def zone(self) -> tzinfo | None:
        if not self.timezone:
            return None
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class SunDay:
    day: date
    sunrise: datetime | None  # None at polar day or night
    sunset: datetime | None
    day_length: timedelta


@cache
def _db() -> LocationDatabase:
    return database()


@cache
def city_names() -> tuple[str, ...]:
    """'City, Region' for every city astral knows, sorted."""
    names = {f"{loc.name}, {loc.region}" for loc in all_locations(_db())}
    return tuple(sorted(names, key=str.casefold))


def find_city(text: str) -> Place:
    """A city by name ('London' or 'London, England'), with a clear error if unknown."""
    name = text.split(",")[0].strip()
    try:
        loc = lookup(name, _db())
        if not isinstance(loc, LocationInfo):  # a region such as "Europe", not a city
            raise KeyError(name)
    except KeyError:
        raise ValidationError(
            f"'{text}' is not in the offline city list; try a nearby larger city, "
            "or give --lat and --lon"
        ) from None
    return Place(f"{loc.name}, {loc.region}", loc.latitude, loc.longitude, loc.timezone)


def place_from_coordinates(latitude: float, longitude: float, name: str = "") -> Place:
    if not -90 <= latitude <= 90:
        raise ValidationError(f"Latitude must be between -90 and 90, not {latitude:g}")
    if not -180 <= longitude <= 180:
        raise ValidationError(f"Longitude must be between -180 and 180, not {longitude:g}")
    return Place(name or f"{latitude:.3f}, {longitude:.3f}", latitude, longitude, None)


def sun_day(place: Place, day: date) -> SunDay:
    observer = Observer(place.latitude, place.longitude)
    zone = place.zone() or _machine_zone(day)
    try:
        rise = sunrise(observer, day, tzinfo=zone)
        fall = sunset(observer, day, tzinfo=zone)
    except ValueError:  # the sun never rises or never sets that day
        noon = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo("UTC"))
        up = elevation(observer, noon - timedelta(hours=place.longitude / 15)) > 0
        return SunDay(day, None, None, timedelta(hours=24 if up else 0))
    length = fall - rise
    if length < timedelta(0):
        length += timedelta(days=1)
    return SunDay(day, rise, fall, length)


def _machine_zone(day: date) -> tzinfo:
    """This computer's UTC offset on `day` (at noon, so daylight saving is applied)."""
    return datetime(day.year, day.month, day.day, 12).astimezone().tzinfo or ZoneInfo("UTC")


def year_curve(place: Place, year: int) -> list[tuple[date, float]]:
    """Day length in hours for every day of the year."""
    first = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - first).days
    return [
        (d, sun_day(place, d).day_length.total_seconds() / 3600)
        for d in (first + timedelta(days=i) for i in range(days))
    ]
