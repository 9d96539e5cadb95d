"""The date axis with a fixed UTC offset puts its ticks where pyqtgraph's own does."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.mark.parametrize("offset", [0, 3600, -5 * 3600 - 1800])
def test_fixed_offset_ticks_match_pyqtgraph(qapp, offset: int) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg
    from PySide6.QtGui import QFont, QFontMetrics

    from wellness_app.ui.common.date_axis import LocaleDateAxis

    ours = LocaleDateAxis(orientation="bottom", utcOffset=offset)
    theirs = pg.DateAxisItem(orientation="bottom", utcOffset=offset)
    ours.fontMetrics = theirs.fontMetrics = QFontMetrics(QFont())
    rng = np.random.default_rng(7)
    for _ in range(150):  # from minutes to decades, anywhere from 1970 to 2033
        low = rng.uniform(0, 2e9)
        span = 10 ** rng.uniform(3.5, 9)
        size = rng.uniform(200, 1500)
        mine, reference = ours.tickValues(low, low + span, size), theirs.tickValues(
            low, low + span, size)
        assert [spacing for spacing, _ in mine] == [spacing for spacing, _ in reference]
        for (_s, a), (_t, b) in zip(mine, reference, strict=True):
            assert len(a) == len(b) and np.allclose(a, b)
