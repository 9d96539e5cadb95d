"""Year in pixels: colours per day, empty days, year selector, click/Enter opens the day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from trend_seed import add_moods

from wellness_app.ui.common.mood_colors import mean_color, mood_color


@pytest.fixture
def page(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from wellness_app.ui.trends.year_page import YearPage

    add_moods(ui_ctx.db, [(date(2025, 3, 4), 5), (date(2025, 3, 4), 4), (date(2025, 7, 1), 1),
                          (date(2024, 12, 31), 3)])
    page = YearPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.year_box.setValue(2025)
    return page


def test_days_are_coloured_by_mean_mood_and_empty_days_are_empty(page) -> None:  # type: ignore[no-untyped-def]
    pixels = page.pixels
    image = pixels.grab().toImage()
    dpr = image.devicePixelRatio()
    for day, mean in ((date(2025, 3, 4), 4.5), (date(2025, 7, 1), 1.0)):
        centre = pixels.cell_rect(day).center()
        assert image.pixelColor(int(centre.x() * dpr), int(centre.y() * dpr)) == mean_color(mean)
    empty = pixels.cell_rect(date(2025, 3, 5)).center()
    background = pixels.palette().color(pixels.backgroundRole())
    assert image.pixelColor(int(empty.x() * dpr), int(empty.y() * dpr)) == background
    assert "2 days with a check-in in 2025" in page.summary.text()
    assert pixels.describe(date(2025, 3, 5)).endswith("no check-in")
    assert pixels.describe(date(2025, 3, 4)).endswith("mean mood 4.5")


def test_colour_scale_is_ordered_and_clamped() -> None:
    assert mean_color(0) == mood_color(1) and mean_color(9) == mood_color(5)
    luminance = [0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
                 for c in (mood_color(level) for level in range(1, 6))]
    assert luminance == sorted(luminance)  # darker = lower mood, readable without colour


def test_click_opens_the_day_in_the_journal(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 7, 1)
    with qtbot.waitSignal(page.ctx.state.navigate) as blocker:
        qtbot.mouseClick(page.pixels, Qt.MouseButton.LeftButton,
                         pos=page.pixels.cell_rect(day).center())
    assert blocker.args == ["journal", day]


def test_keyboard_moves_and_enter_opens(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.pixels.setFocus()
    qtbot.keyClick(page.pixels, Qt.Key.Key_Home)
    qtbot.keyClick(page.pixels, Qt.Key.Key_Right)
    qtbot.keyClick(page.pixels, Qt.Key.Key_Down)
    assert page.pixels.current == date(2025, 2, 2)
    assert "Sun 2/2/2025" in page.pixels.accessibleDescription()  # en_US, by locale
    with qtbot.waitSignal(page.ctx.state.navigate) as blocker:
        qtbot.keyClick(page.pixels, Qt.Key.Key_Return)
    assert blocker.args == ["journal", date(2025, 2, 2)]


def test_year_selector(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    assert page.pixels.year == 2024
    assert page.pixels.means == {date(2024, 12, 31): 3.0}
    assert page.pixels.day_at(page.pixels.cell_rect(date(2024, 2, 29)).center()) == \
        date(2024, 2, 29)
    page.year_box.setValue(2023)
    assert page.pixels.day_at(page.pixels.cell_rect(date(2024, 2, 29)).center()) is None
