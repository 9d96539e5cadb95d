"""pyqtgraph's date axis with month and weekday names in the interface language.

`pg.DateAxisItem` labels ticks with `strftime`, which always writes C-locale English
("Sep", "Mon 07"); this subclass keeps its tick choice and rewrites the name-bearing
labels through `ui.locale_format`. Import it only where pyqtgraph is already imported.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)

from wellness_app.ui.common import locale_format


class LocaleDateAxis(pg.DateAxisItem):
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
