"""The glibc floor of a one-folder build: the highest GLIBC_x.y symbol version any bundled
program or library needs (from each ELF file's version-needs table, via `readelf -V`).
Usage: python .ci/glibc_floor.py DIST_DIR [TARGET] — prints the floor and the file that
sets it; with TARGET (e.g. 2.36) exits 1 when the bundle needs a newer glibc."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

NEEDED = re.compile(rb"Name: GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")
ANY = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def needs(path: Path) -> tuple[int, ...] | None:
    readelf = shutil.which("readelf")
    if readelf is not None:
        out = subprocess.run([readelf, "-V", "--wide", str(path)], capture_output=True,
                             check=False).stdout
        found = NEEDED.findall(out)
    else:  # no binutils: the version names in the file's string table
        found = ANY.findall(path.read_bytes())
    versions = [tuple(int(x) for x in match if x) for match in found]
    return max(versions) if versions else None


def floor(dist: Path) -> tuple[tuple[int, ...], Path | None]:
    best: tuple[tuple[int, ...], Path | None] = ((0,), None)
    for path in sorted(dist.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        version = needs(path)
        if version is not None and version > best[0]:
            best = (version, path)
    return best


def main(argv: list[str]) -> int:
    version, path = floor(Path(argv[0]))
    text = ".".join(map(str, version))
    print(f"glibc floor: {text} (set by {path.relative_to(argv[0]) if path else 'nothing'})")
    if len(argv) > 1:
        target = tuple(int(x) for x in argv[1].split("."))
        if version > target:
            print(f"glibc floor {text} is above the documented target {argv[1]}",
                  file=sys.stderr)
            return 1
        print(f"glibc floor within the documented target {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
