"""Read-only use cases behind the trends page and the year in pixels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from wellness_app.domain.trends import DailySeries, Marker, MoodPoints, from_epoch_day
from wellness_app.storage import Database
from wellness_app.storage.repositories import aggregates


@dataclass(frozen=True)
class TrendData:
    """Everything the trends page draws, loaded in one read."""

    series: DailySeries
    points: MoodPoints
    markers: list[Marker] = field(default_factory=list)


class TrendsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, start: date | None = None, end: date | None = None) -> TrendData:
        with self._db.reading() as session:
            groups = aggregates.mood_groups(session, start, end)  # one pass over check-ins
            return TrendData(
                series=aggregates.daily_series(session, start, end, groups),
                points=groups.points,
                markers=aggregates.markers(session, start, end),
            )

    def daily_series(self, start: date | None = None, end: date | None = None) -> DailySeries:
        with self._db.reading() as session:
            return aggregates.daily_series(session, start, end)

    def year_moods(self, year: int) -> dict[date, float]:
        """Mean mood of each day of `year` that has a check-in."""
        with self._db.reading() as session:
            days, mood, _ = aggregates.mood_by_day(session, date(year, 1, 1), date(year, 12, 31))
        return {from_epoch_day(d): float(m) for d, m in zip(days, mood, strict=True)}

    def years(self) -> list[int]:
        """Years that have check-ins (the current year when there are none)."""
        with self._db.reading() as session:
            first, last = aggregates.date_span(session)
        if first is None or last is None:
            return [date.today().year]
        return list(range(first.year, max(last.year, date.today().year) + 1))
