"""Command-line latency against bare Python, measured in the same run (interleaved).

Baselines: `python -c pass` and `python -c "import sqlite3"`. Each command runs in a fresh
process on a journal of ten years (the demo filler), ≥ 5 times; median and spread.
Goals (issue #16): `--version` and `--help` ≤ 2× `python -c pass`; `log mood`,
`day --json` and `status` ≤ 6× `python -c "import sqlite3"`.
Usage: python bench/bench_cli.py [--runs N] [--years N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def commands(data_dir: Path) -> dict[str, list[str]]:
    app = [sys.executable, "-m", "wellness_app", "--data-dir", str(data_dir)]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import sqlite3'": [sys.executable, "-c", "import sqlite3"],
        "--version": [sys.executable, "-m", "wellness_app", "--version"],
        "--help": [sys.executable, "-m", "wellness_app", "--help"],
        "log mood": [*app, "log", "mood", "3", "--note", "bench"],
        "day --json": [*app, "day", "today", "--json"],
        "status": [*app, "status"],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=float, default=None,
                        help="journal length (default: bench_startup's ten years)")
    args = parser.parse_args(argv)
    import bench_startup
    from bench_startup import make_journal

    if args.years is not None:
        bench_startup.YEARS = args.years

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        count = make_journal(data_dir)
        print(f"journal: {count:,} check-ins; machine load {os.getloadavg()[0]:.1f}")
        cmds = commands(data_dir)
        # an installed app has its bytecode (pip compiles it): let the warm-up write it
        env = {key: value for key, value in os.environ.items()
               if key != "PYTHONDONTWRITEBYTECODE"}
        env["WELLNESS_APP_PASSPHRASE"] = ""
        for name, cmd in cmds.items():  # warm-up: bytecode and the day's backup
            done = subprocess.run(cmd, env=env, capture_output=True, check=False)
            if done.returncode != 0:  # a benchmark of an error message measures nothing
                raise SystemExit(f"{name} failed: {done.stderr.decode()[-300:]}")
        times: dict[str, list[float]] = {name: [] for name in cmds}
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                started = time.perf_counter()
                subprocess.run(cmd, env=env, capture_output=True, check=False)
                times[name].append((time.perf_counter() - started) * 1000)
    bare = statistics.median(times["python -c pass"])
    sqlite = statistics.median(times["python -c 'import sqlite3'"])
    for name, values in times.items():
        median = statistics.median(values)
        base, label, goal = ((bare, "python -c pass", 2.0) if name.startswith(("--", "python"))
                             else (sqlite, "import sqlite3", 6.0))
        ratio = median / base
        note = "" if name.startswith("python") or ratio <= goal else f"  (goal {goal:.0f}×)"
        print(f"{name}: {median:.0f} ms ±{(max(values) - min(values)) / 2:.0f} "
              f"({ratio:.1f}× {label}){note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
