"""Reading a note for words of self-harm after a Today save (it runs on the GUI thread).

Goal: well under one frame (16 ms) even for the longest note (10,000 characters).
Baseline measured in the same run: lower-casing and splitting the same note into words,
the least any word matching has to do. Printed as ratios to it.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from wellness_app.domain.distress import mentions_self_harm, normalise
from wellness_app.services.support_line import word_lists

ROUNDS = 30
EVERYDAY = ("Heute war ein langer Tag. I went for a walk with Sam, then tea with honey; "
            "nothing special, but not bad either. ")


def median_ms(action: Callable[[], object]) -> float:
    action()
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    languages = word_lists()
    notes = {
        "short note (60 chars)": EVERYDAY[:60],
        "10,000 chars, no match": (EVERYDAY * 100)[:10_000],
        "10,000 chars, match at the end": (EVERYDAY * 100)[:9_970] + ". I want to die.",
    }
    for name, note in notes.items():
        base = median_ms(lambda note=note: normalise(note).split())
        took = median_ms(lambda note=note: mentions_self_harm(note, languages))
        print(f"{name}: {took:.2f} ms ({took / base:.1f}× baseline {base:.3f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
