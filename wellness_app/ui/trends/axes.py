"""A value axis for the short trends subplots: no more tick labels than fit its height.

pyqtgraph always draws at least three major ticks (0, 50, 100, 150 on a 30 px axis), and
their labels overlap on a small screen; this axis widens the spacing (1, 2, 5 × 10ⁿ) until
the labels are a text line apart, and drops the minor ticks they would crowd. When not
even two fit, it keeps one: the highest major tick, so the plot's scale still shows.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF


class CompactAxis(pg.AxisItem):
    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        low, high = min(minVal, maxVal), max(minVal, maxVal)
        if not levels or not levels[0][1] or size <= 0 or high <= low:
            return levels
        line = QFontMetricsF(self.style["tickFont"] or self.font()).height()
        per_pixel = (high - low) / size
        spacing, values = levels[0]
        if spacing / per_pixel >= line:
            return levels
        step = spacing
        while step / per_pixel < line:
            step = next_step(step)
        ticks = [k * step for k in range(math.ceil(low / step - 1e-9),
                                         math.floor(high / step + 1e-9) + 1)]
        if len(ticks) < 2:
            ticks = [max(values)]
        return [(step, ticks)]


def next_step(step: float) -> float:
    """The next of 1, 2, 5, 10, 20, 50, … times a power of ten."""
    power = 10.0 ** math.floor(math.log10(step) + 1e-9)
    mantissa = round(step / power, 6)
    return (2 if mantissa < 2 else 5 if mantissa < 5 else 10) * power
