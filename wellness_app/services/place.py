"""The person's place (a city or latitude/longitude) for sunrise, sunset and day length."""

from __future__ import annotations

from datetime import date

from wellness_app.domain.sun import (
    Place,
    SunDay,
    find_city,
    place_from_coordinates,
    sun_day,
    year_curve,
)
from wellness_app.storage import Database
from wellness_app.storage.repositories import preferences

PLACE_KEY = "place"


class PlaceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def place(self) -> Place | None:
        with self._db.reading() as session:
            data = preferences.get(session, PLACE_KEY)
        return None if data is None else Place.from_json(data)

    def set_city(self, name: str) -> Place:
        """Store a city from the offline list; its country becomes the crisis country."""
        place = self._store(find_city(name))
        from wellness_app.services.crisis_lines import CrisisLineService

        CrisisLineService(self._db).follow_place(place.name)
        return place

    def set_coordinates(self, latitude: float, longitude: float) -> Place:
        return self._store(place_from_coordinates(latitude, longitude))

    def _store(self, place: Place) -> Place:
        with self._db.transaction() as session:
            preferences.put(session, PLACE_KEY, place.to_json())
        return place

    def sun(self, day: date) -> SunDay | None:
        place = self.place()
        return None if place is None else sun_day(place, day)

    def year(self, year: int) -> list[tuple[date, float]]:
        place = self.place()
        return [] if place is None else year_curve(place, year)
