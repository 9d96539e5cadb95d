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
#: readable text colour on each background (contrast ≥ 4.5:1, tested: white on the
#: teal of 3 would be only 3.8:1, black is 5.5:1)
MOOD_TEXT_HEX: dict[int, str] = {1: "#ffffff", 2: "#ffffff", 3: "#000000", 4: "#000000",
                                 5: "#000000"}
#: the least contrast that sets a shape (a day's cell) off its background (WCAG 1.4.11)
SHAPE_CONTRAST = 3.0


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


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance (0 black … 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 … 21."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def cell_outline(fill: QColor, background: QColor) -> QColor:
    """A 1-px outline for a coloured cell: a shade of its own colour, moved away from the
    background until the cell stands out by at least 3:1 (dark purple "awful" on a dark
    background gets a lighter edge, yellow "great" on white a darker one)."""
    if contrast_ratio(fill, background) >= SHAPE_CONTRAST:
        return fill.darker(125)
    target = QColor("#ffffff") if relative_luminance(background) < 0.5 else QColor("#000000")
    for step in range(1, 11):
        t = step / 10
        mixed = QColor(round(fill.red() + (target.red() - fill.red()) * t),
                       round(fill.green() + (target.green() - fill.green()) * t),
                       round(fill.blue() + (target.blue() - fill.blue()) * t))
        if contrast_ratio(mixed, background) >= SHAPE_CONTRAST:
            return mixed
    return target
