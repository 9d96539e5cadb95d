"""Draws the app's line icons (see ui/icons.py): an icon engine that renders one monochrome
SVG at the exact device pixel size asked for, in the palette colour of the icon mode."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from wellness_app.ui.common.icons import svg_source

_CACHE_LIMIT = 256


def tint_colour(mode: QIcon.Mode) -> QColor:
    """The colour an icon is drawn in for `mode`, from the application palette."""
    palette = QApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class TintedSvgEngine(QIconEngine):
    """Renders one monochrome SVG in the palette colour for the icon mode, at any size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._pixmaps: dict[tuple[int, int, int, str], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)

    def key(self) -> str:
        return "wellness-tinted-svg"

    def iconName(self) -> str:
        return self.name

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
        x = rect.x() + (rect.width() - side) // 2
        y = rect.y() + (rect.height() - side) // 2
        painter.drawPixmap(QRect(x, y, side, side), pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        colour = tint_colour(mode).name(QColor.NameFormat.HexArgb)
        width, height = round(size.width() * scale), round(size.height() * scale)
        key = (width, height, round(scale * 100), colour)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        if len(self._pixmaps) >= _CACHE_LIMIT:
            self._pixmaps.clear()
        pixmap = render(self.name, QSize(width, height), QColor(colour))
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap


def render(name: str, pixels: QSize, colour: QColor) -> QPixmap:
    """The icon drawn in `colour` into a transparent pixmap of `pixels` device pixels."""
    from PySide6.QtSvg import QSvgRenderer  # on first paint, not at start-up

    svg = svg_source(name).replace(b"currentColor", colour.name().encode("ascii"))
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(max(1, pixels.width()), max(1, pixels.height()))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour.alpha() < 255:
        painter.setOpacity(colour.alphaF())
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    return pixmap
