"""A value axis for the short trends subplots: no more tick labels than fit its height.

pyqtgraph always draws at least three major ticks (0, 50, 100, 150 on a 30 px axis), and
their labels overlap on a small screen; this axis widens the spacing (1, 2, 5 × 10ⁿ) until
every label has room (keeping one at least), and drops the minor ticks it would crowd.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

LINE_GAP = 1.4  # a label's height plus room between two labels, in text lines


class CompactAxis(pg.AxisItem):
    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or size <= 0:
            return levels
        font = self.style["tickFont"] or self.font()
        fits = max(1, int(size // (QFontMetricsF(font).height() * LINE_GAP)))
        low, high = min(minVal, maxVal), max(minVal, maxVal)
        step = levels[0][0]
        if ticks_between(low, high, step) <= fits:
            return levels
        while ticks_between(low, high, step) > fits and ticks_between(
                low, high, next_step(step)) >= 1:  # keep one label at least
            step = next_step(step)
        return [(step, 0)]


def ticks_between(low: float, high: float, step: float) -> int:
    return math.floor(high / step + 1e-9) - math.ceil(low / step - 1e-9) + 1


def next_step(step: float) -> float:
    """The next of 1, 2, 5, 10, 20, 50, … times a power of ten."""
    power = 10.0 ** math.floor(math.log10(step) + 1e-9)
    mantissa = round(step / power, 6)
    return (2 if mantissa < 2 else 5 if mantissa < 5 else 10) * power
