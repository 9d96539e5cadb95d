"""Live light/dark switching: when the OS switches to dark while the app runs, everything
already built follows — sidebar, plots, empty-state text, error lines — readably."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

from wellness_app.domain.questionnaires import QUESTIONNAIRES
from wellness_app.services.assessments import AssessmentService
from wellness_app.ui.common import theme
from wellness_app.ui.common.mood_colors import contrast_ratio as contrast  # WCAG 2 ratio (1–21)
from wellness_app.ui.shell.main_window import MainWindow


def text_colour(label: QLabel) -> QColor:
    label.ensurePolished()  # style sheets take effect when a widget is polished
    return label.palette().color(label.foregroundRole())


def pixel(widget, x: int, y: int) -> QColor:  # type: ignore[no-untyped-def]
    return widget.grab().toImage().pixelColor(x, y)


@pytest.fixture
def system_scheme(qapp, monkeypatch):  # type: ignore[no-untyped-def]
    """Simulates the OS switching light/dark the way Qt reports it (offscreen cannot)."""
    choice = ["system"]
    theme.follow_system(qapp, lambda: choice[0])

    def switch(dark: bool) -> None:
        monkeypatch.setattr(theme, "system_is_dark", lambda: dark)
        QGuiApplication.styleHints().colorSchemeChanged.emit(
            Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)

    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    theme.apply_theme(qapp, "system")
    yield switch
    theme.apply_theme(qapp, "light")


def test_os_switch_to_dark_restyles_the_built_window(qtbot, ui_ctx, system_scheme) -> None:  # type: ignore[no-untyped-def]
    phq9 = QUESTIONNAIRES["phq9"]
    AssessmentService(ui_ctx.db).save("phq9", [1] * len(phq9.items))
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in ("light", "questionnaires", "today"):
        window.show_page(key)
    chart = window.page("questionnaires").chart
    light_page, today = window.page("light"), window.page("today")
    light_page.error.setText("That is more than 24 hours.")
    light_page.error.show()
    light_palette, dark_palette = theme.make_palette(False), theme.make_palette(True)

    def check(palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        window_bg = palette.color(QPalette.ColorRole.Window)
        sidebar = window.sidebar
        assert pixel(sidebar, 20, sidebar.height() - 10) == palette.color(
            QPalette.ColorRole.AlternateBase)
        assert chart.plot.backgroundBrush().color() == base
        assert pixel(chart.plot, 2, 2) == base
        axis_pen = chart.plot.getAxis("left").textPen().color()
        assert axis_pen == palette.color(QPalette.ColorRole.Text)
        assert light_page.plot.backgroundBrush().color() == base
        for label in (light_page.error, today.empty):
            for background in (window_bg, base):
                assert contrast(text_colour(label), background) >= 4.5, label.text()

    check(light_palette)
    light_error = text_colour(light_page.error)
    system_scheme(True)
    qtbot.wait(10)  # hidden pages receive their PaletteChange through the event loop
    check(dark_palette)
    assert text_colour(light_page.error) != light_error
    system_scheme(False)
    qtbot.wait(10)
    check(light_palette)


def test_a_toned_label_built_in_dark_keeps_its_tone_after_switching(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, "dark")
    try:
        label = QLabel("Not saved")
        qtbot.addWidget(label)
        theme.set_tone(label, "error", "font-weight: bold;")
        assert text_colour(label) == QColor(theme.TONES["error"][1])
        theme.apply_theme(qapp, "light")
        assert text_colour(label) == QColor(theme.TONES["error"][0])
        assert label.font().bold()
        theme.set_tone(label, None)  # back to plain text
        assert text_colour(label) == qapp.palette().color(QPalette.ColorRole.WindowText)
    finally:
        theme.apply_theme(qapp, "light")


def test_every_tone_is_readable_in_both_themes() -> None:
    for dark in (False, True):
        palette = theme.make_palette(dark)
        for tone, colours in theme.TONES.items():
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                         QPalette.ColorRole.AlternateBase):
                ratio = contrast(QColor(colours[dark]), palette.color(role))
                assert ratio >= 4.5, (tone, dark, role, ratio)



def _ring_contrast(widget, background) -> float:  # type: ignore[no-untyped-def]
    """Best contrast between the indicator area (left 20 px) and the background colour."""
    image = widget.grab().toImage()
    best = 1.0
    for x in range(min(20, image.width())):
        for y in range(image.height()):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_radio_and_check_indicators_are_clear_in_both_themes(qapp, qtbot, scheme: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    theme.apply_theme(qapp, scheme)
    radio, box = QRadioButton("Several days"), QCheckBox("Remind me")
    for widget in (radio, box):
        qtbot.addWidget(widget)
        widget.show()
    window = qapp.palette().color(QPalette.ColorRole.Window)
    plain = min(_ring_contrast(radio, window), _ring_contrast(box, window))
    theme.style_indicators(qapp)
    try:
        styled = min(_ring_contrast(radio, window), _ring_contrast(box, window))
        theme.apply_theme(qapp, "light" if scheme == "dark" else "dark")  # a live switch
        switched_window = qapp.palette().color(QPalette.ColorRole.Window)
        switched = min(_ring_contrast(radio, switched_window), _ring_contrast(box, switched_window))
    finally:
        qapp.setStyleSheet("")
        qapp.setProperty("wellnessIndicators", None)
    assert styled >= 3.0 and switched >= 3.0
    if scheme == "dark":
        assert plain < 3.0  # what Fusion alone draws on dark: the reason for the sheet
