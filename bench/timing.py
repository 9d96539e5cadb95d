"""Timing shared by the benchmarks: wall time and the calling thread's CPU time per run.

On a loaded machine the wall time includes waiting for a core; the thread's CPU time is
what the work itself costs. Each benchmark picks its summary (median, lowest)."""

from __future__ import annotations

import time
from collections.abc import Callable


def runs(fn: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """(wall ms, thread CPU ms) of `repeat` calls of `fn`."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.thread_time()
        fn()
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return walls, cpus
