"""The Journal's queries at scale: opening (newest 2,000) and searching, indexed vs not.

Fills a journal with `--entries` check-ins (default 200,000; pass 1000000 for the 1 M
case) through the app's own driver, so the FTS triggers fire as in the app. Then, ≥ 5 runs
each, median and spread:

- open, raw SQL with the (at_utc, id) index, against the same SQL forced to scan
  (`NOT INDEXED`, the old plan: SCAN + TEMP B-TREE);
- search, raw SQL through the FTS5 trigram index, against `lower(note) LIKE '%…%'`;
- the service calls the Journal makes (MoodService.search: SQL + ORM + domain objects),
  as a ratio to the raw SQL.

Goal (issue #16): open and search each within 100 ms of SQL at 1 M check-ins.
Usage: python bench/bench_journal.py [--entries N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stalls import fill_entries

OPEN_SQL = ("SELECT id, mood, note FROM mood_entries {hint} "
            "ORDER BY at_utc DESC, id DESC LIMIT 2000")
FTS_SQL = ("SELECT id, mood, note FROM mood_entries WHERE {id} IN (SELECT rowid FROM "
           "mood_entries_fts WHERE mood_entries_fts MATCH ?) "
           "ORDER BY at_utc DESC, id DESC LIMIT 2000")  # id: driven by matches; +id: walk
LIKE_SQL = ("SELECT id, mood, note FROM mood_entries WHERE lower(note) LIKE ? "
            "OR lower(note_title) LIKE ? ORDER BY at_utc DESC, id DESC LIMIT 2000")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, spread = max - min) in ms over `runs` calls after one warm-up."""
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times) - min(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from sqlcipher3 import dbapi2 as driver

    from wellness_app.domain.moods import JournalQuery
    from wellness_app.services import open_database
    from wellness_app.services.moods import MoodService

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wellness.db"
        open_database(path).close()
        started = time.perf_counter()
        fill_entries(path, args.entries)
        print(f"{args.entries:,} check-ins written in {time.perf_counter() - started:.1f} s "
              f"(with the FTS triggers); machine load {os.getloadavg()[0]:.1f}")
        con = driver.connect(str(path))
        rows: dict[str, tuple[float, float]] = {
            "open, indexed": timed(lambda: con.execute(OPEN_SQL.format(hint="")).fetchall(),
                                   args.runs),
            "open, scan + sort (old)": timed(lambda: con.execute(
                OPEN_SQL.format(hint="NOT INDEXED")).fetchall(), args.runs),
        }
        for word in ("walk", "Sam", "zebra", "nothing like this"):
            rows[f"search '{word}', FTS5 driving"] = timed(lambda w=word: con.execute(
                FTS_SQL.format(id="id"), (f'"{w}"',)).fetchall(), args.runs)
            rows[f"search '{word}', FTS5 time walk"] = timed(lambda w=word: con.execute(
                FTS_SQL.format(id="+id"), (f'"{w}"',)).fetchall(), args.runs)
            rows[f"search '{word}', LIKE scan (old)"] = timed(
                lambda w=word: con.execute(LIKE_SQL, (f"%{w.lower()}%",) * 2).fetchall(),
                args.runs)
        con.close()
        db = open_database(path)
        moods = MoodService(db)
        rows["MoodService.search (open)"] = timed(lambda: moods.search(JournalQuery(limit=2000)),
                                                  args.runs)
        for word in ("walk", "zebra"):
            rows[f"MoodService.search ('{word}')"] = timed(
                lambda w=word: moods.search(JournalQuery(text=w, limit=2000)), args.runs)
        db.close()
    base_open = rows["open, indexed"][0]
    base_walk = rows["search 'walk', LIKE scan (old)"][0]
    for name, (median, spread) in rows.items():
        base, what = ((base_open, "indexed open") if "open" in name
                      else (base_walk, "old 'walk' scan"))
        print(f"{name}: {median:.1f} ms ±{spread / 2:.1f} ({median / max(base, 0.01):.2f}× {what})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
