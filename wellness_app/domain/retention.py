"""Which automatic backups to keep: 7 daily, 4 weekly, 12 monthly (grandfather-father-son).

For each period kind, the newest backup of each of the newest N periods that have a
backup is kept; a backup kept for any reason stays. Pure: no files are touched here.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(stamps: Iterable[datetime],
                    policy: RetentionPolicy = RetentionPolicy()) -> set[datetime]:
    """The subset of `stamps` (local times of backups) the policy keeps."""
    ordered = sorted(set(stamps), reverse=True)
    periods: list[tuple[Callable[[datetime], Hashable], int]] = [
        (lambda s: s.date(), policy.daily),
        (lambda s: tuple(s.isocalendar())[:2], policy.weekly),
        (lambda s: (s.year, s.month), policy.monthly),
    ]
    keep: set[datetime] = set()
    for period_of, count in periods:
        seen: set[Hashable] = set()
        for stamp in ordered:
            period = period_of(stamp)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(stamp)
    return keep


def backups_to_delete(stamps: Iterable[datetime],
                      policy: RetentionPolicy = RetentionPolicy()) -> set[datetime]:
    all_stamps = set(stamps)
    return all_stamps - backups_to_keep(all_stamps, policy)
