"""The row above each trends plot: its title and a colour key, outside the plot area.

A legend or title inside a plot covers the lines under it, and the subplots are only a few
dozen pixels high on a small screen, so each plot's key sits in the PlotItem's own title row,
one line of small text above the data, in the palette's text colour.
"""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
from PySide6.QtGui import QColor

SAMPLE = "━━"  # a short line in the series' colour
TEXT_SIZE = "8pt"


def header_html(title: str, keys: list[tuple[QColor, str]], lead: QColor | None = None) -> str:
    """`title` (bold, may be empty; after a line sample in `lead`, for a plot of one series)
    then a coloured line sample and a label per key."""
    sample = f'<span style="color:{lead.name()}">{SAMPLE}</span>&nbsp;' if lead else ""
    parts = [f"{sample}<b>{escape(title)}</b>"] if title else []
    parts += [f'<span style="color:{colour.name()}">{SAMPLE}</span>&nbsp;{escape(label)}'
              for colour, label in keys]
    return "&nbsp;&nbsp;&nbsp;".join(parts)


def set_header(plot: pg.PlotItem, html: str, text: QColor) -> pg.LabelItem:
    """Show `html` in the plot's title row, left-aligned over the plot area, one text line
    high (pyqtgraph's title row is a fixed 30 px)."""
    label: pg.LabelItem = plot.titleLabel
    label.item.document().setDocumentMargin(0)
    plot.setTitle(html, size=TEXT_SIZE, justify="left", color=text)
    height = label.item.boundingRect().height()
    label.setMaximumHeight(height)
    plot.layout.setRowFixedHeight(0, height)
    return label


def blend(colour: QColor, alpha: int, background: QColor) -> QColor:
    """The opaque colour `colour` at `alpha` shows on `background` (for a key sample)."""
    a = alpha / 255
    return QColor.fromRgbF(*(c * a + b * (1 - a) for c, b in zip(
        colour.getRgbF()[:3], background.getRgbF()[:3], strict=True)))
