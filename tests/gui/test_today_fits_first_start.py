"""Today's Save button is in view without scrolling at the window's first-start size on a
1024×600 screen (and at 1024×600 itself), in English and German, light and dark; a person
clicks it and sees what was saved."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from app_window import german_interface, open_window
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from wellness_app.paths import resolve_paths
from wellness_app.ui.common.settings import Keys, Settings
from wellness_app.ui.shell.main_window import fitting_size


def fully_in_view(widget: QWidget) -> bool:
    """Shown, not clipped by a scroll area or the window: every pixel can be seen."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    inside = window.rect().contains(top_left) and window.rect().contains(
        widget.mapTo(window, widget.rect().bottomRight()))
    return (widget.isVisible() and inside
            and widget.visibleRegion().boundingRect().size() == widget.size())


def right_edge(widget: QWidget) -> int:
    """The widget's right edge in window coordinates."""
    return widget.mapTo(widget.window(), widget.rect().topRight()).x()


@pytest.mark.parametrize(("language", "theme", "screen"), [
    ("en", "light", "first start"), ("de", "dark", "first start"),
    ("en", "dark", "1024x600"), ("de", "light", "1024x600"), ("en", "light", "1366x768"),
])
def test_save_is_in_view(qtbot, qapp, tmp_path, language, theme, screen) -> None:  # type: ignore[no-untyped-def]
    size = fitting_size(QSize(1024, 600)) if screen == "first start" else QSize(
        *map(int, screen.split("x")))
    settings = Settings(resolve_paths(tmp_path).settings_file)
    settings.set(Keys.theme, theme)
    settings.sync()
    with german_interface(qapp) if language == "de" else nullcontext():
        window, db = open_window(qtbot, tmp_path, size=(size.width(), size.height()))
        assert window.size() == size  # the window really is that small
        QTest.keyClick(window.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        page = window.page("today")
        qtbot.waitUntil(page.isVisible)
        QTest.keyClick(window.sidebar, Qt.Key.Key_4)  # a mood, as the keyboard picks it
        qtbot.waitUntil(page.save_button.isEnabled)
        assert fully_in_view(page.save_button), "Save is below the fold"
        assert fully_in_view(page.when)  # and when it is logged for
        assert fully_in_view(page.mood_buttons)
        # pinned below the scrolling form on a low window; right under the form otherwise
        assert page.action_bar_pinned() == (screen == "first start") or size.height() == 600
        save_y = page.save_button.mapTo(window, page.save_button.rect().topLeft()).y()
        list_y = page.entries_stack.mapTo(window, page.entries_stack.rect().topLeft()).y()
        assert page.action_bar_pinned() or save_y < list_y  # Save before "Today so far"
        QTest.mouseClick(page.more_button, Qt.MouseButton.LeftButton)  # energy, anxiety, sleep
        qtbot.waitUntil(lambda: page.more.isVisible() and fully_in_view(page.save_button))
        if page.action_bar_pinned():  # Save ends where the form does, not in the scroll bar
            qtbot.waitUntil(lambda: right_edge(page.save_button) == right_edge(page.note))
        page.note.setFocus()
        QTest.keyClicks(page.note, "A walk helped.")
        assert fully_in_view(page.save_button)  # typing a note does not push it away
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.entries_model.rowCount() == 1)
        assert page.message.text() and fully_in_view(page.message)
        window.close()
        db.close()
