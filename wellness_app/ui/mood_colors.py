"""Mood colours on a colour-blind-safe diverging scale (ColorBrewer RdYlBu, 5 classes,
rated safe for the common forms of colour blindness): 1 = red, 3 = pale yellow, 5 = blue.
Means between levels are interpolated."""

from __future__ import annotations

from PySide6.QtGui import QColor

SCALE = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")


def mood_color(mean: float) -> QColor:
    """The colour for a mean mood on the 1–5 scale (clamped)."""
    position = min(max(float(mean), 1.0), 5.0) - 1.0
    low = min(int(position), 3)
    frac = position - low
    a, b = QColor(SCALE[low]), QColor(SCALE[low + 1])
    return QColor(
        round(a.red() + (b.red() - a.red()) * frac),
        round(a.green() + (b.green() - a.green()) * frac),
        round(a.blue() + (b.blue() - a.blue()) * frac),
    )
