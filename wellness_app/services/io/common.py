"""What every importer shares: the plan of rows to write, the report, progress and cancel.

Parsers are pure: they read a file and return an `ImportPlan` (or raise UserError). The
records in a plan are the domain's (`domain.import_records`), checked by its rules with
`checked`. Only `ImportService` writes, in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from wellness_app.domain.errors import UserError, ValidationError
from wellness_app.domain.import_records import (
    ActivityRecord,
    LightRecord,
    MetricRecord,
    MoodRecord,
    SelfCareRecord,
    validate_record,
)
from wellness_app.services.cancel import CancelToken as CancelToken  # re-exported
from wellness_app.services.cancel import ImportCancelled as ImportCancelled  # re-exported

#: progress(done, total) — units are whatever the parser counts (bytes, rows)
Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The default progress callback."""


def key_of(prefix: str, *parts: object) -> str:
    """A stable import key: `prefix:` + SHA-256 of the parts (fits import_key's 128 chars)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}:{digest[:48]}"


Checked = TypeVar("Checked", MoodRecord, LightRecord, ActivityRecord)


def checked(record: Checked, where: str) -> Checked:
    """`record` as the domain rules accept it (`validate_record`), or UserError saying
    where in the file it came from; nothing is imported then."""
    try:
        return validate_record(record)
    except ValidationError as exc:
        text = str(exc)
        raise UserError(f"{where}: {text[:1].lower()}{text[1:]}; nothing was imported."
                        ) from None


@dataclass
class ImportPlan:
    """Everything one file would add. `skipped` maps a reason to how many items it covers."""

    source: str
    moods: list[MoodRecord] = field(default_factory=list)
    metrics: list[MetricRecord] = field(default_factory=list)
    light: list[LightRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    selfcare: list[SelfCareRecord] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    #: nights with more than 16 h of sleep recorded (imported, but worth a look)
    long_nights: list[tuple[date, float]] = field(default_factory=list)
    #: the text encoding the file was read in, when it was not UTF-8
    encoding: str = ""
    #: upsert light/activity rows on import_key (per-day aggregates from Apple Health)
    replace_aggregates: bool = False
    #: mood entries already imported from this source take the level in this plan
    update_levels: bool = False
    #: the custom mood names used and their levels (remembered per source)
    mood_map: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.skipped[reason] = self.skipped.get(reason, 0) + count

    @property
    def size(self) -> int:
        return (len(self.moods) + len(self.metrics) + len(self.light) + len(self.activities)
                + len(self.selfcare))


@dataclass
class ImportReport:
    """What an import did: counts per kind of row, and what was skipped with reasons."""

    source: str
    file_name: str
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    long_nights: list[tuple[date, float]] = field(default_factory=list)
    encoding: str = ""
    #: custom mood names and the levels used (remembered for the next import)
    mood_map: dict[str, int] = field(default_factory=dict)
    backup_path: str = ""

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def lines(self) -> list[str]:
        """Plain-language lines for the CLI and the report dialog."""
        out = [f"Imported from {self.file_name} ({self.source}):"]
        labels = {
            "mood_entries": "check-ins", "daily_metrics": "daily figures (steps, sleep, …)",
            "light_sessions": "daylight sessions", "activity_sessions": "activity sessions",
            "mood_levels_changed": "check-ins given a new level (changed mood map)",
            "selfcare_logs": "self-care logs (habits)",
        }
        if not any(self.added.values()):
            out.append("  nothing new")
        for key, count in self.added.items():
            if count:
                out.append(f"  {count:,} {labels.get(key, key)}")
        if self.skipped:
            out.append("Skipped:")
            for reason, count in sorted(self.skipped.items()):
                out.append(f"  {count:,} × {reason}")
        if self.long_nights:
            out.append("Please check:")
            out.extend(f"  {day.isoformat()}: {hours:.1f} h of sleep recorded (over 16 h)"
                       for day, hours in self.long_nights)
        if self.encoding:
            out.append(f"Read as {self.encoding} text.")
        if self.mood_map:
            out.append("Mood names and their levels (remembered for next time): "
                       + ", ".join(f"{name} = {level}" for name, level
                                   in sorted(self.mood_map.items())))
        if self.backup_path:
            out.append(f"Backup taken before the import: {self.backup_path}")
        return out

    def to_json_dict(self) -> dict[str, object]:
        return {"source": self.source, "file": self.file_name, "added": dict(self.added),
                "skipped": dict(self.skipped),
                "long_nights": [{"date": d.isoformat(), "hours": h} for d, h in self.long_nights],
                "encoding": self.encoding, "mood_map": dict(self.mood_map),
                "backup": self.backup_path}
