"""Run every benchmark (`bench/bench_*.py`) and print its figures.

Each benchmark is a script that measures its own baseline in the same run and prints
lines like `name: 12.3 ms (1.18× baseline)`. Not pass/fail: read the ratios.
Usage: python bench/run.py [NAME_FRAGMENT ...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(part in s.stem for part in argv)]
    failed = 0
    for script in scripts:
        print(f"== {script.stem}", flush=True)
        result = subprocess.run([sys.executable, str(script)], check=False)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
