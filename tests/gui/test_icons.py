"""Icons: one per sidebar page and for the toolbar actions, drawn from SVG at the screen's
pixel density and in the palette's text colour (re-tinted when the theme switches)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMainWindow
from wellness_app.resources import resource_path

from wellness_app.ui.common import icons, theme
from wellness_app.ui.desktop.tray import TrayController
from wellness_app.ui.shell.main_window import MainWindow
from wellness_app.ui.shell.registry import PAGES

LINE_ICONS = sorted(p.stem for p in resource_path("icons").glob("*.svg") if p.stem != "app")


def ink(image: QImage) -> list[QColor]:
    """The opaque-enough pixels of an image (what the eye sees of the icon)."""
    return [image.pixelColor(x, y) for y in range(image.height())
            for x in range(image.width()) if image.pixelColor(x, y).alpha() > 200]


@pytest.fixture
def light_theme(qapp):  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, "light")
    yield
    theme.apply_theme(qapp, "light")


def test_every_page_and_toolbar_action_has_an_icon_file() -> None:
    assert {spec.key for spec in PAGES} == set(icons.PAGE_ICONS)
    assert {*icons.PAGE_ICONS.values(), "crisis", "checkin"} <= set(LINE_ICONS)


@pytest.mark.parametrize("name", LINE_ICONS)
def test_each_icon_is_a_valid_24px_monochrome_line_drawing(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    source = icons.svg_source(name).decode()
    renderer = QSvgRenderer(str(resource_path("icons", f"{name}.svg")))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == 24 and renderer.viewBoxF().height() == 24
    assert 'stroke-linecap="round"' in source and "currentColor" in source
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b", source)  # no colour of its own: tinted


def test_an_icon_at_device_pixel_ratio_2_has_twice_the_pixels(qapp, light_theme) -> None:  # type: ignore[no-untyped-def]
    pixmap = icons.icon("today").pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.deviceIndependentSize().toSize() == QSize(24, 24)
    assert len(ink(pixmap.toImage())) > 48  # drawn, not blank


def test_icons_take_the_text_colour_and_follow_a_theme_switch(qapp, light_theme) -> None:  # type: ignore[no-untyped-def]
    icon = icons.icon("light")

    def drawn_colour(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
        pixels = ink(icon.pixmap(QSize(32, 32), 1.0, mode).toImage())
        return max(pixels, key=lambda c: c.alpha())

    assert drawn_colour().name() == theme.make_palette(False).color(
        QPalette.ColorRole.WindowText).name()
    theme.apply_theme(qapp, "dark")
    assert drawn_colour().name() == theme.make_palette(True).color(
        QPalette.ColorRole.WindowText).name()
    assert drawn_colour(QIcon.Mode.Selected).name() == theme.make_palette(True).color(
        QPalette.ColorRole.HighlightedText).name()


def test_sidebar_pages_and_crisis_button_show_icons(qtbot, ui_ctx, light_theme) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull()
    assert all(not action.icon().isNull() for action in window.pages_menu.actions())
    assert not window.crisis_action.icon().isNull()


def test_the_tray_uses_the_app_icon_even_before_the_window_has_one(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = TrayController(window, ui_ctx, tray_available=True)
    assert controller.icon is not None
    shown = controller.icon.icon().pixmap(QSize(32, 32), 1.0).toImage()
    expected = icons.app_icon().pixmap(QSize(32, 32), 1.0).toImage()
    assert not shown.isNull() and shown == expected
    controller.icon.hide()
