"""The app's monochrome line icons (resources/icons/<name>.svg), tinted to the palette.

`icon(name)` returns a QIcon whose engine renders the SVG at the exact device pixel size
asked for (crisp at any devicePixelRatio) in the current palette's text colour, or in the
highlighted-text colour for a selected item. The colour is read when the icon is painted,
so a light/dark switch re-tints every icon on the next repaint without any bookkeeping.

Written here rather than `QIcon("file.svg")` because Qt's SVG icon engine draws an SVG in
its own colours: it cannot follow the palette, so the icons would vanish on dark.
The SVGs use `currentColor`; the drawing (ui/icon_engine.py) and QtSvg load when the first
icon is made, so this module is cheap enough for the window built before the first paint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QPixmap

from wellness_app.resources import resource_path

#: sidebar page key → icon name (every page in ui/pages PAGES has one)
PAGE_ICONS: dict[str, str] = {
    "today": "today", "journal": "journal", "trends": "trends", "year": "year",
    "light": "light", "movement": "movement", "selfcare": "selfcare",
    "medications": "medications", "questionnaires": "questionnaires", "safety": "safety",
    "treatments": "treatments",
}
_DEFERRED_PROPERTY = "wellnessDeferredIcon"


@cache
def svg_source(name: str) -> bytes:
    """The SVG text of an icon (raises FileNotFoundError for an unknown name)."""
    return resource_path("icons", f"{name}.svg").read_bytes()


def icon(name: str) -> QIcon:
    """A palette-tinted icon, e.g. icon("today"); raises FileNotFoundError if unknown."""
    from wellness_app.ui.common.icon_engine import TintedSvgEngine

    svg_source(name)  # fail now, not when first painted
    return QIcon(TintedSvgEngine(name))


def icon_later(action: QAction, name: str) -> None:
    """For what is built before the window first shows: `action` gets its icon from
    `show_deferred_icons` (QtSvg loads after the first paint); until then a blank one of
    the same size, so its tool button does not grow when the real icon comes."""
    svg_source(name)  # fail now
    action.setIcon(blank_icon(24))
    action.setProperty(_DEFERRED_PROPERTY, name)


def blank_icon(side: int) -> QIcon:
    """A transparent icon: holds an icon's place until the real one is set."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


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
