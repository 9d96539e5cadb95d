"""A small tmpfs (needs root; tests skip cleanly where mounting is not allowed)."""

from __future__ import annotations

import contextlib
import errno
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(size_kib: int) -> Iterator[Path]:
    """A fresh tmpfs of `size_kib` KiB mounted on a temp folder, unmounted afterwards."""
    mount_point = Path(tempfile.mkdtemp(prefix="wellness-fault-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700",
                           "tmpfs", str(mount_point)], capture_output=True, check=False)
    if done.returncode != 0:
        mount_point.rmdir()
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        with contextlib.suppress(OSError):
            mount_point.rmdir()


@contextlib.contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    """`folder` seen through a read-only bind mount (root ignores file modes, so a chmod
    would not make anything read-only for these tests)."""
    view = Path(tempfile.mkdtemp(prefix="wellness-ro-"))
    done = subprocess.run(["mount", "--bind", str(folder), str(view)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        view.rmdir()
        pytest.skip("cannot bind-mount here (needs root)")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True,
                       capture_output=True)
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
        with contextlib.suppress(OSError):
            view.rmdir()


def fill(folder: Path) -> Path:
    """Write a filler file until the disk is full. Returns it (delete it to free space)."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(block)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler
