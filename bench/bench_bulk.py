"""Bulk paths against their raw equivalents, measured in the same run (issue #16).

For journals of 1, 10 and 30 years (`--years`; the demo filler at ~8.2 check-ins a day):
- `export json`: `JsonExportService.write` vs `SELECT *` of the same tables through
  sqlcipher3 + `json.dumps` to a file (goal ≤ 2×);
- `export csv`: `CsvExportService.export` vs `SELECT *` + `csv.writer` into the same
  deflated zip (goal ≤ 2×);
- `import json`: `JsonImportService.import_file` of that export into a fresh journal vs
  `json.load` + `executemany` of the same rows into the same tables (goal ≤ 2×);
- day aggregate: `aggregates.daily_series` (Trends "All") vs the same SQL through bare
  sqlcipher3 (goal ≤ 1.5×).
Median and spread of `--runs` runs (default 5). Usage: python bench/bench_bulk.py
[--years 1 10 30] [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from wellness_app.services import open_database  # noqa: E402
from wellness_app.services.demo_data import DemoDataService  # noqa: E402
from wellness_app.services.io.csv_export import CsvExportService  # noqa: E402
from wellness_app.services.io.json_export import JsonExportService  # noqa: E402
from wellness_app.services.io.json_import import JsonImportService  # noqa: E402
from wellness_app.storage.repositories import aggregates, journal_dump, table_dump  # noqa: E402

PER_DAY = 8.2
DAILY_SQL = (
    "SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), mood, count(*), "
    "max(sleep_hours) FROM mood_entries GROUP BY local_date, mood ORDER BY local_date, mood",
    "SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), sum(minutes) "
    "FROM activity_sessions GROUP BY local_date ORDER BY local_date",
    "SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), sum(minutes) "
    "FROM light_sessions WHERE kind = 'daylight' GROUP BY local_date ORDER BY local_date",
    "SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), sum(minutes) "
    "FROM light_sessions WHERE kind = 'lamp' GROUP BY local_date ORDER BY local_date",
    "SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), max(value) "
    "FROM daily_metrics WHERE metric = 'sleep_hours' GROUP BY local_date ORDER BY local_date",
    "SELECT CAST(julianday(local_date) - 2440587.5 AS INTEGER), max(value) "
    "FROM daily_metrics WHERE metric = 'steps' GROUP BY local_date ORDER BY local_date",
)


def connect(path: Path) -> object:
    from sqlcipher3 import dbapi2

    return dbapi2.connect(str(path), isolation_level=None)


def raw_export_json(db_path: Path, dest: Path) -> None:
    conn = connect(db_path)
    data = {}
    for name in journal_dump.EXPORT_TABLES:
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        columns = [c[0] for c in cursor.description]
        data[name] = [dict(zip(columns, row, strict=True)) for row in cursor]
    conn.close()
    dest.write_text(json.dumps({"data": data}, ensure_ascii=False), encoding="utf-8")


def raw_export_csv(db_path: Path, dest: Path) -> None:
    conn = connect(db_path)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in table_dump.table_names():
            cursor = conn.execute(f'SELECT * FROM "{name}"')
            with archive.open(f"{name}.csv", "w") as raw, \
                    io.TextIOWrapper(raw, "utf-8-sig", newline="") as text:
                writer = csv.writer(text)
                writer.writerow([c[0] for c in cursor.description])
                writer.writerows(cursor)
    conn.close()


def table_rows(db_path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """The exported tables' rows as stored (read before the clock starts)."""
    conn = connect(db_path)
    rows = {}
    for name in (*journal_dump.EXPORT_TABLES, "mood_entry_tags"):
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        rows[name] = ([c[0] for c in cursor.description], cursor.fetchall())
    conn.close()
    return rows


def raw_import_json(source: Path, rows: dict[str, tuple[list[str], list[tuple[object, ...]]]],
                    empty: Path, dest: Path) -> None:
    """`json.load` of the export + `executemany` of the same rows into the same tables
    (indexes and search triggers included) of a fresh journal, in one transaction."""
    shutil.copyfile(empty, dest)
    with source.open(encoding="utf-8") as handle:
        json.load(handle)
    conn = connect(dest)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN")
    for name, (columns, values) in rows.items():
        conn.execute(f'DELETE FROM "{name}"')  # the empty journal's seeded rows
        marks = ", ".join("?" * len(columns))
        conn.executemany(f'INSERT INTO "{name}" ({", ".join(columns)}) VALUES ({marks})',
                         values)
    conn.execute("COMMIT")
    conn.close()


def ours_aggregate(db: object) -> None:
    with db.reading() as session:  # type: ignore[attr-defined]
        aggregates.daily_series(session)


def raw_aggregate(db_path: Path) -> None:
    conn = connect(db_path)
    for sql in DAILY_SQL:
        conn.execute(sql).fetchall()
    conn.close()


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(years: float, runs: int, folder: Path) -> dict[str, tuple[list[float], list[float]]]:
    path = folder / "wellness.db"
    empty = folder / "empty.db"
    open_database(empty).close()
    db = open_database(path)
    DemoDataService(db).fill(years=years, seed=1, entries_per_day=PER_DAY)
    count = sum(len(v) for v in JsonExportService(db).document()["data"].values())
    print(f"{years:g} years: {count:,} records; load {os.getloadavg()[0]:.1f}", flush=True)
    export = folder / "export.json"
    JsonExportService(db).write(export)
    stored = table_rows(path)
    results: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in ("export json", "export csv", "import json", "day aggregate")}

    def fresh(name: str) -> Path:
        target = folder / name
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(empty, target)
        return target

    for _ in range(runs):
        ours, raw = results["export json"]
        ours.append(timed(lambda: JsonExportService(db).write(folder / "ours.json")))
        raw.append(timed(lambda: raw_export_json(path, folder / "raw.json")))
        ours, raw = results["export csv"]
        ours.append(timed(lambda: CsvExportService(db).export(folder / "ours.zip")))
        raw.append(timed(lambda: raw_export_csv(path, folder / "raw.zip")))
        ours, raw = results["import json"]
        target = open_database(fresh("import.db"))
        ours.append(timed(lambda db=target: JsonImportService(db).import_file(export)))
        target.close()
        shutil.rmtree(folder / "backups", ignore_errors=True)
        raw.append(timed(lambda: raw_import_json(export, stored, empty,
                                                 folder / "raw_import.db")))
        ours, raw = results["day aggregate"]
        ours.append(timed(lambda: ours_aggregate(db)))
        raw.append(timed(lambda: raw_aggregate(path)))
    db.close()
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, nargs="+", default=[1, 10, 30])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    goals = {"export json": 2.0, "export csv": 2.0, "import json": 2.0, "day aggregate": 1.5}
    for years in args.years:
        with tempfile.TemporaryDirectory() as tmp:
            results = measure(years, args.runs, Path(tmp))
        for name, (ours, raw) in results.items():
            ratios = [o / r for o, r in zip(ours, raw, strict=True)]
            ratio = statistics.median(ours) / statistics.median(raw)
            note = "" if ratio <= goals[name] else f"  (goal {goals[name]:g}×)"
            print(f"  {name}: {statistics.median(ours):.0f} ms vs raw "
                  f"{statistics.median(raw):.0f} ms: {ratio:.2f}× "
                  f"(runs {min(ratios):.2f}–{max(ratios):.2f}){note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
