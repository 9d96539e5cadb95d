"""Apple Health import speed and memory, against baselines measured in the same run.

- time: our import (parse + write to a fresh journal) vs a bare `xml.parsers.expat`
  pass over the same XML (goal ≤ 2×), and vs `healthkit-to-sqlite` on the same zip
  (goal ≥ 5× faster; skipped with a note if it is not installed);
- memory: peak RSS of a subprocess importing exports of growing size (goal ≤ 150 MB
  at 1 GB, and flat: it should not grow with the file).
Default: ~60,000 records (~24 MB), well under a minute. `--big`: ~280,000 records
(~100 MB) for time, and 100 MB / 300 MB (`--gigabyte`: also 1 GB) for memory.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.parsers.expat
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from apple_health_gen import write_export  # noqa: E402

CHILD = """
import resource, sys, time
from pathlib import Path
from wellness_app.services import open_database
from wellness_app.services.io.service import ImportService
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
db = open_database(Path(sys.argv[2]))
start = time.perf_counter()
ImportService(db).run("apple-health", Path(sys.argv[1]))
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{took:.2f} {base / 1024:.0f} {peak / 1024:.0f}")
"""


def bare_expat(path: Path) -> float:
    start = time.perf_counter()
    parser = xml.parsers.expat.ParserCreate()
    with path.open("rb") as handle:
        parser.ParseFile(handle)
    return time.perf_counter() - start


def noop_expat(path: Path) -> float:
    start = time.perf_counter()
    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = lambda name, attrs: None
    with path.open("rb") as handle:
        parser.ParseFile(handle)
    return time.perf_counter() - start


def ours(path: Path, work: Path) -> tuple[float, float, float]:
    """(seconds, interpreter baseline RSS MB, peak RSS MB) of a full import in a subprocess."""
    db = work / f"journal-{time.monotonic_ns()}.db"
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(db)], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def healthkit_to_sqlite(zip_path: Path, work: Path) -> float | None:
    exe = Path(sys.executable).with_name("healthkit-to-sqlite")
    if not exe.exists():
        print("healthkit-to-sqlite: not installed (pip install healthkit-to-sqlite); skipped")
        return None
    start = time.perf_counter()
    result = subprocess.run([str(exe), str(zip_path), str(work / "hk.db")],
                            capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if result.returncode != 0:
        print(f"healthkit-to-sqlite failed: {result.stderr.strip().splitlines()[-1:]}")
        return None
    return took


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__)
    cli.add_argument("--records", type=int, default=60_000)
    cli.add_argument("--big", action="store_true", help="~280,000 records; memory at 100/300 MB")
    cli.add_argument("--gigabyte", action="store_true", help="also measure memory at 1 GB")
    cli.add_argument("--runs", type=int, default=1,
                     help="interleaved bare/ours pairs for the ratio's median and spread")
    args = cli.parse_args()
    records = 280_000 if args.big else args.records
    work = Path(tempfile.mkdtemp(prefix="bench-ah-"))
    try:
        xml_path, zip_path = work / "export.xml", work / "export.zip"
        write_export(xml_path, records)
        write_export(zip_path, records)
        size = xml_path.stat().st_size / 1e6
        print(f"export: ~{records:,} records, {size:.0f} MB XML, "
              f"{zip_path.stat().st_size / 1e6:.0f} MB zip")
        from wellness_app.services.io.apple_health.parser import parse_file

        bare = min(bare_expat(xml_path) for _ in range(2))
        noop = noop_expat(xml_path)
        start = time.perf_counter()
        parse_file(xml_path)
        parse_only = time.perf_counter() - start
        took, base_rss, peak = ours(xml_path, work)
        print(f"bare expat pass:          {bare:6.2f} s")
        print(f"expat + no-op handler:    {noop:6.2f} s ({noop / bare:.2f}× bare: the floor "
              "for any expat parse that reads attributes)")
        print(f"wellness-app parse only:  {parse_only:6.2f} s ({parse_only / bare:.2f}× bare)")
        print(f"wellness-app import (xml): {took:6.2f} s "
              f"({took / bare:.2f}× bare expat; goal ≤ 2×)")
        if args.runs > 1:
            ratios = [took / bare]
            for _ in range(args.runs - 1):
                again = bare_expat(xml_path)
                ratios.append(ours(xml_path, work)[0] / again)
            print(f"import / bare expat over {len(ratios)} runs: median "
                  f"{statistics.median(ratios):.2f}× (runs {min(ratios):.2f}–{max(ratios):.2f})")
        took_zip, _, _ = ours(zip_path, work)
        print(f"wellness-app import (zip): {took_zip:6.2f} s")
        hk = healthkit_to_sqlite(zip_path, work)
        if hk is not None:
            print(f"healthkit-to-sqlite (zip): {hk:6.2f} s (we are {hk / took_zip:.1f}× faster; "
                  "goal ≥ 5×)")
        print(f"peak RSS at {size:.0f} MB: {peak:.0f} MB (interpreter alone {base_rss:.0f} MB)")
        sizes = [100, 300] if args.big else []
        sizes += [1000] if args.gigabyte else []
        for mb in sizes:
            path = work / f"export-{mb}.xml"
            write_export(path, int(mb * 1e6 / 360))
            _, _, peak = ours(path, work)
            print(f"peak RSS at {path.stat().st_size / 1e6:.0f} MB: {peak:.0f} MB (goal ≤ 150 MB)")
            path.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
