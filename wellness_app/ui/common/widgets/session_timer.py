"""A countdown / stopwatch driven by an injectable clock, so tests use a fake one.

The QTimer only wakes the widget up; elapsed time always comes from `clock()`, so a
busy GUI thread never makes a session look shorter than it was.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class SessionTimer(QObject):
    ticked = Signal(float)  # seconds elapsed
    finished = Signal(float)  # a countdown reached its end (seconds elapsed)

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started: float | None = None
        self._duration: float | None = None
        self.qtimer = QTimer(self)
        self.qtimer.setInterval(1000)
        self.qtimer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self, duration_s: float | None = None) -> None:
        """A countdown of `duration_s` seconds, or a stopwatch if None."""
        self._started = self._clock()
        self._duration = duration_s
        self.qtimer.start()
        self.ticked.emit(0.0)

    def elapsed(self) -> float:
        return 0.0 if self._started is None else max(0.0, self._clock() - self._started)

    def remaining(self) -> float | None:
        return None if self._duration is None else max(0.0, self._duration - self.elapsed())

    def stop(self) -> float:
        """Stop and return the seconds elapsed (capped at a countdown's length)."""
        elapsed = self.elapsed()
        if self._duration is not None:
            elapsed = min(elapsed, self._duration)
        self._started = None
        self.qtimer.stop()
        return elapsed

    def tick(self) -> None:
        if self._started is None:
            return
        elapsed = self.elapsed()
        self.ticked.emit(elapsed)
        if self._duration is not None and elapsed >= self._duration:
            self.finished.emit(self.stop())


def clock_text(seconds: float) -> str:
    minutes, secs = divmod(math.ceil(seconds - 1e-6), 60)
    return f"{minutes:02d}:{secs:02d}"
