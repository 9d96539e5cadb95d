"""pyqtgraph's date axis with month and weekday names in the interface language.

`pg.DateAxisItem` labels ticks with `strftime`, which always writes C-locale English
("Sep", "Mon 07"); this subclass keeps its tick choice and rewrites the name-bearing
labels through `ui.locale_format`. Import it only where pyqtgraph is already imported.

With a fixed `utcOffset` the tick positions are computed without pyqtgraph's per-tick
time-zone round trip (two QDateTime conversions a tick, ~3 ms an axis per frame on a
10-year range); the ticks are the same.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    HOUR_SPACING,
    ZoomLevel,
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)

from wellness_app.ui.common import locale_format


class LocaleDateAxis(pg.DateAxisItem):
    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if self.utcOffset is None:  # local time: pyqtgraph's own (DST-aware) path
            return super().tickValues(minVal, maxVal, size)
        self.setZoomLevelForDensity((maxVal - minVal) / size)
        return _fixed_offset_ticks(self.zoomLevel, minVal, maxVal, self.minSpacing,
                                   self.utcOffset)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings = super().tickStrings(values, scale, spacing)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in {"%b", "%a %d"}:
            return strings
        out = []
        for value, text in zip(values, strings, strict=True):
            try:  # the same date pyqtgraph formats (its UTC offset rules)
                when = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                out.append(text)
                continue
            out.append(locale_format.month_name(when.month) if spec.format == "%b" else
                       f"{locale_format.weekday_name(when.isoweekday())} {when.day:02d}")
        return out


def _fixed_offset_ticks(level: ZoomLevel, low: float, high: float, min_spacing: float,
                        offset: float) -> list[tuple[float, list[float]]]:
    """`ZoomLevel.tickValues` for a fixed UTC offset, with the offset added as one array
    operation (pyqtgraph converts every tick to local time and back to learn it)."""
    seen = np.array([])
    specs: list[tuple[float, list[float]]] = []
    for spec in level.tickSpecs:
        if spec.spacing >= HOUR_SPACING:
            ticks, skip = spec.makeTicks(low - abs(offset), high + abs(offset), min_spacing)
        else:
            ticks, skip = spec.makeTicks(low, high, min_spacing)
        if len(ticks):
            if spec.spacing > HOUR_SPACING or (spec.spacing == HOUR_SPACING and skip > 1):
                ticks = ticks + offset
            elif spec.spacing == HOUR_SPACING:  # whole local hours: pyqtgraph's rule
                ticks = level.moveTicksToLocalTimeCoords(ticks, spec.spacing, skip)
        close = np.any(np.isclose(seen, ticks[:, np.newaxis], rtol=0,
                                  atol=min_spacing * 0.01), axis=-1)
        ticks = ticks[~close]
        seen = np.concatenate([seen, ticks])
        specs.append((spec.spacing, ticks.tolist()))
        if skip > 1:
            break
    return specs
