"""Daily reminder times: parsing and deciding which are due (pure; the tray shows them)."""

from __future__ import annotations

from datetime import datetime, time

from wellness_app.domain.errors import ValidationError


def parse_times(text: str) -> list[time]:
    """`"08:30, 20:00"` → sorted unique times; a clear error for anything else."""
    result: set[time] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            hours, minutes = part.split(":")
            result.add(time(int(hours), int(minutes)))
        except ValueError:
            raise ValidationError(
                f"'{part}' is not a time of day; use 24-hour HH:MM, e.g. 20:00"
            ) from None
    return sorted(result)


def format_times(times: list[time]) -> str:
    return ", ".join(t.strftime("%H:%M") for t in times)


def due_reminders(times: list[time], last_check: datetime | None, now: datetime) -> list[time]:
    """Reminder times that fell in (last_check, now] — each fires once, even after a sleep.

    A first check (no `last_check`) fires nothing, so starting the app at 21:00 does not
    replay the morning's reminder; after the machine slept through several reminder
    times only the most recent is returned, not a pile of them.
    """
    if last_check is None or now <= last_check:
        return []
    due = []
    day = last_check.date()
    while day <= now.date():
        for moment in times:
            at = datetime.combine(day, moment, tzinfo=now.tzinfo)
            if last_check < at <= now:
                due.append(moment)
        day = day.fromordinal(day.toordinal() + 1)
    return due[-1:]
