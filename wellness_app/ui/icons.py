"""The app's monochrome line icons (resources/icons/<name>.svg), tinted to the palette.

`icon(name)` returns a QIcon whose engine renders the SVG at the exact device pixel size
asked for (crisp at any devicePixelRatio) in the current palette's text colour, or in the
highlighted-text colour for a selected item. The colour is read when the icon is painted,
so a light/dark switch re-tints every icon on the next repaint without any bookkeeping.

Written here rather than `QIcon("file.svg")` because Qt's SVG icon engine draws an SVG in
its own colours: it cannot follow the palette, so the icons would vanish on dark.
The SVGs use `currentColor`; QtSvg is imported when the first icon is painted.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from wellness_app.resources import resource_path

#: sidebar page key → icon name (every page in ui/pages PAGES has one)
PAGE_ICONS: dict[str, str] = {
    "today": "today", "journal": "journal", "trends": "trends", "year": "year",
    "light": "light", "movement": "movement", "selfcare": "selfcare",
    "medications": "medications", "questionnaires": "questionnaires", "safety": "safety",
    "treatments": "treatments",
}
_CACHE_LIMIT = 256
_DEFERRED_PROPERTY = "wellnessDeferredIcon"


@cache
def svg_source(name: str) -> bytes:
    """The SVG text of an icon (raises FileNotFoundError for an unknown name)."""
    return resource_path("icons", f"{name}.svg").read_bytes()


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


def icon(name: str) -> QIcon:
    """A palette-tinted icon, e.g. icon("today"); raises FileNotFoundError if unknown."""
    svg_source(name)  # fail now, not when first painted
    return QIcon(TintedSvgEngine(name))


def icon_later(action: QAction, name: str) -> None:
    """For what is built before the window first shows: `action` gets its icon from
    `show_deferred_icons` (QtSvg loads after the first paint); until then a blank one of
    the same size, so its tool button does not grow when the real icon comes."""
    svg_source(name)  # fail now
    blank = QPixmap(24, 24)
    blank.fill(Qt.GlobalColor.transparent)
    action.setIcon(QIcon(blank))
    action.setProperty(_DEFERRED_PROPERTY, name)


def show_deferred_icons(root: QObject) -> None:
    """Give every action under `root` marked by `icon_later` its icon."""
    for action in root.findChildren(QAction):
        name = action.property(_DEFERRED_PROPERTY)
        if name:
            action.setIcon(icon(str(name)))
            action.setProperty(_DEFERRED_PROPERTY, None)


def page_icon(page_key: str) -> QIcon:
    return icon(PAGE_ICONS[page_key])


def app_icon() -> QIcon:
    """The full-colour app icon (window, taskbar, tray)."""
    return QIcon(str(resource_path("icons", "app.svg")))
