"""The mood palette: the single source of mood colours for every page and plot.

Five stops of the viridis scale (dark purple → teal → yellow). Viridis is perceptually
uniform and stays ordered and distinguishable in deuteranopia, protanopia and
tritanopia and in greyscale, unlike red–green scales. Lightness rises with mood, so the
order reads even without colour; every use also shows the label or level as text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: background colour per mood level 1–5 (hex, usable in style sheets)
MOOD_HEX: dict[int, str] = {
    1: "#440154",
    2: "#3b528b",
    3: "#21918c",
    4: "#5ec962",
    5: "#fde725",
}
#: readable text colour on each background (contrast ≥ 4.5:1)
MOOD_TEXT_HEX: dict[int, str] = {1: "#ffffff", 2: "#ffffff", 3: "#ffffff", 4: "#000000",
                                 5: "#000000"}


def mood_color(level: int) -> QColor:
    """Background colour for a mood level (1–5); grey for anything else."""
    return QColor(MOOD_HEX.get(level, "#9e9e9e"))


def mood_text_color(level: int) -> QColor:
    return QColor(MOOD_TEXT_HEX.get(level, "#000000"))


def mean_color(mean: float | None) -> QColor:
    """Colour for a (fractional) day mean: interpolated between the two nearest stops."""
    if mean is None:
        return QColor("#9e9e9e")
    low = max(1, min(5, int(mean)))
    high = min(5, low + 1)
    t = max(0.0, min(1.0, mean - low))
    a, b = mood_color(low), mood_color(high)
    return QColor(round(a.red() + (b.red() - a.red()) * t),
                  round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))
