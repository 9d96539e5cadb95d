"""Start-up time over ten years of entries (~30,000), against a bare PySide6 QWidget.

Each figure is measured in a fresh subprocess, from just before it is spawned, ≥ 5 times
(interleaved), and the median is printed:

- bare:     `QWidget().show()` until exposed (QTest.qWaitForWindowExposed) — the baseline
- window:   `python -m wellness_app --data-dir D` until the main window is exposed
            (goal ≤ 1.5× bare)
- painted:  … until Today's entries are first painted (goal ≤ 4× bare)
- ready:    … until the journal is open and every page and action works (no goal; printed
            so the early paint of Today is not mistaken for a finished start)

Bytecode: an installed app runs from `.pyc` files (pip and PyInstaller compile them), so the
warm-up run writes them even when PYTHONDONTWRITEBYTECODE is set in this shell.

The app side is bench/startup_probe.py: it starts the app through `boot.run_gui` with a
watch that prints the timestamps and quits. It also checks with
`python -X importtime` that pyqtgraph is not imported at start-up, and times saving one
check-in into the full journal (goal ≤ 50 ms).
Usage: python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

YEARS, PER_DAY = 10, 8.2  # ≈ 30,000 entries
BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtTest import QTest
app = QApplication(sys.argv)
w = QWidget()
w.resize(1100, 720)
w.show()
QTest.qWaitForWindowExposed(w)
print(f"exposed {time.time():.6f}", flush=True)
"""


def make_journal(data_dir: Path) -> int:
    """A migrated journal with ~30,000 mood entries (10 years); returns the count."""
    from wellness_app.services import open_database
    from wellness_app.services.tags import TagService

    db = open_database(data_dir / "wellness.db")
    TagService(db).seed_defaults()
    try:
        from wellness_app.services.demo_data import DemoDataService

        DemoDataService(db).fill(years=YEARS, seed=1, entries_per_day=PER_DAY)
    except ImportError:  # the demo-data service is not merged yet: write the rows here
        db.close()
        _fill_with_sqlite3(data_dir / "wellness.db")
    else:
        db.close()
    with sqlite3.connect(data_dir / "wellness.db") as con:
        return int(con.execute("SELECT count(*) FROM mood_entries").fetchone()[0])


def _fill_with_sqlite3(path: Path) -> None:
    rng = random.Random(1)
    offset = int(datetime.now().astimezone().utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
    end = datetime.now(UTC) - timedelta(minutes=5)
    start = end - timedelta(days=365 * YEARS)
    step = timedelta(days=1) / PER_DAY
    rows, links = [], []
    con = sqlite3.connect(path)
    tag_ids = [r[0] for r in con.execute("SELECT id FROM tags")]
    at, entry_id = start, 0
    while at < end:
        entry_id += 1
        local = at + timedelta(minutes=offset)
        stamp = at.replace(tzinfo=None).isoformat(sep=" ")
        rows.append((entry_id, rng.randint(1, 5), rng.choice([None, 2, 3, 4]), None,
                     None, "", rng.choice(["", "", "A quiet day, tea and a walk."]),
                     stamp, stamp, stamp, offset, local.date().isoformat(), "manual", None))
        links.extend((entry_id, t) for t in rng.sample(tag_ids, 2))
        at += step * rng.uniform(0.5, 1.5)
    with con:
        con.executemany(
            "INSERT INTO mood_entries (id, mood, energy, anxiety, sleep_hours, note_title, note,"
            " created_at, updated_at, at_utc, utc_offset_min, local_date, source, import_key)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO mood_entry_tags (entry_id, tag_id) VALUES (?,?)", links)
    con.close()


def _timed(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    marks = {}
    for line in out.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("exposed", "painted", "ready"):
            marks[name] = float(value) - started
    return marks


def _pyqtgraph_at_start(data_dir: Path, env: dict[str, str]) -> list[str]:
    probe = str(Path(__file__).with_name("startup_probe.py"))
    cmd = [sys.executable, "-X", "importtime", probe, str(data_dir)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    heavy = ("pyqtgraph", "numpy")
    found = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in out.stderr.splitlines()
             if "import time:" in line}
    return [name for name in heavy if name in found]


def _save_ms(data_dir: Path) -> float:
    from wellness_app.services import open_database
    from wellness_app.services.moods import MoodService

    db = open_database(data_dir / "wellness.db")
    moods = MoodService(db)
    times = []
    for i in range(15):
        t0 = time.perf_counter()
        moods.log(3, tags=["walk", "tea"], note=f"bench {i}")
        times.append((time.perf_counter() - t0) * 1000)
    db.close()
    return statistics.median(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="wellness-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        t0 = time.perf_counter()
        count = make_journal(data_dir)
        print(f"journal: {count:,} mood entries, {YEARS} years "
              f"(built in {time.perf_counter() - t0:.1f} s); platform "
              f"{env.get('QT_QPA_PLATFORM', 'default')}")
        app_env = dict(env)
        probe = str(Path(__file__).with_name("startup_probe.py"))
        app_cmd = [sys.executable, probe, str(data_dir)]
        warm_env = {k: v for k, v in app_env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        _timed(app_cmd, warm_env)  # warm the file cache, settings and .pyc files once
        bare, window, painted, ready = [], [], [], []
        for _ in range(args.runs):
            bare.append(_timed([sys.executable, "-c", BARE], env)["exposed"])
            marks = _timed(app_cmd, app_env)
            window.append(marks["exposed"])
            painted.append(marks["painted"])
            ready.append(marks["ready"])
        b, w, p, r = (statistics.median(x) * 1000 for x in (bare, window, painted, ready))
        print(f"bare QWidget exposed:      {b:7.0f} ms (median of {args.runs})")
        print(f"main window exposed:       {w:7.0f} ms ({w / b:.2f}× bare; goal ≤ 1.5×)")
        print(f"today's entries painted:   {p:7.0f} ms ({p / b:.2f}× bare; goal ≤ 4×)")
        print(f"journal open, all working: {r:7.0f} ms ({r / b:.2f}× bare)")
        heavy = _pyqtgraph_at_start(data_dir, app_env)
        print(f"heavy imports at start-up: {', '.join(heavy) if heavy else 'none'} "
              "(pyqtgraph must not be imported)")
        print(f"save one check-in:         {_save_ms(data_dir):7.1f} ms (median of 15; "
              "goal ≤ 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
