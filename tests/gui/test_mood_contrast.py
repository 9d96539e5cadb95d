"""Every mood's text is at least 4.5:1 against its colour, and Year-in-pixels cells stand
out at least 3:1 from the background in light and dark (computed, WCAG 2 formulas)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from wellness_app.ui.common import theme
from wellness_app.ui.common.mood_colors import (
    SHAPE_CONTRAST,
    cell_outline,
    contrast_ratio,
    mean_color,
    mood_color,
    mood_text_color,
)


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#21918c"), QColor("#ffffff")) == pytest.approx(3.82, abs=0.01)


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_mood_text_is_readable_on_its_colour(level) -> None:  # type: ignore[no-untyped-def]
    assert contrast_ratio(mood_text_color(level), mood_color(level)) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("mean", [1 + step / 4 for step in range(17)])  # 1, 1.25 … 5
def test_year_cells_stand_out_from_the_background(qapp, dark, mean) -> None:  # type: ignore[no-untyped-def]
    palette = theme.make_palette(dark)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        background = palette.color(role)
        fill = mean_color(mean)
        edge = cell_outline(fill, background)
        assert max(contrast_ratio(fill, background),
                   contrast_ratio(edge, background)) >= SHAPE_CONTRAST, (mean, dark, role)
