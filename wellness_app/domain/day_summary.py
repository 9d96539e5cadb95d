"""The day summary: one stable dict per local date, `null` where there is no data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wellness_app.domain.moods import MoodDayStats


@dataclass(slots=True)
class DaySummary:
    """Everything known about one day. Later features fill their fields."""

    day: date
    mood: MoodDayStats
    tags: list[str] = field(default_factory=list)
    steps: int | None = None
    daylight_minutes: float | None = None
    light_therapy_minutes: float | None = None
    activity_minutes: float | None = None
    sleep_hours: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """The documented, stable key order of `wellness-app day DATE --json`."""
        mean = None if self.mood.mean is None else round(self.mood.mean, 2)
        result: dict[str, Any] = {
            "date": self.day.isoformat(),
            "mood": {
                "entries": self.mood.entries,
                "mean": mean,
                "min": self.mood.minimum,
                "max": self.mood.maximum,
            },
            "tags": sorted(self.tags, key=str.casefold),
            "steps": self.steps,
            "daylight_minutes": self.daylight_minutes,
            "light_therapy_minutes": self.light_therapy_minutes,
            "activity_minutes": self.activity_minutes,
            "sleep_hours": self.sleep_hours,
        }
        result.update(self.extra)
        return result
