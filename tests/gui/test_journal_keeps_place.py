"""The Journal keeps your place: after an edit, a delete or an undo the selection and focus
stay on the entry or its neighbour with its day header in view, Delete works right after the
edit dialog closes, and an "Entry deleted — Undo" bar stays for 10 seconds."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wellness_app.domain.timestamps import Moment
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.dialogs.entry_dialog import EntryDialog
from wellness_app.ui.common.widgets.undo_bar import SHOWN_MS


@pytest.fixture
def page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from wellness_app.ui.journal.page import JournalPage

    moods = MoodService(ui_ctx.db)
    now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    for day in range(1, 25):  # three check-ins a day: much more than fits on screen
        for hour in (8, 13, 20):
            moods.log(1 + (day + hour) % 5, moment=Moment.from_aware(
                (now - timedelta(days=day)).replace(hour=hour)), note=f"day {day} {hour}h")
    journal = JournalPage(ui_ctx)
    qtbot.addWidget(journal)
    journal.resize(700, 420)
    journal.show()
    journal.activateWindow()
    assert QTest.qWaitForWindowActive(journal)
    journal.refresh()
    qtbot.waitUntil(lambda: not journal.loading)
    return journal


def header_in_view(page) -> bool:  # type: ignore[no-untyped-def]
    entry = page.current_entry()
    header = page.model.index(page.model.row_for_day(entry.local_date), 0)
    return page.view.viewport().rect().contains(page.view.visualRect(header))


def go_to(page, row: int) -> None:  # type: ignore[no-untyped-def]
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.view.scrollTo(page.model.index(row, 0))


def test_delete_works_right_after_the_edit_dialog(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(EntryDialog, "ask", classmethod(
        lambda cls, parent, entry, labels, **_: entry.with_changes(note="edited")))
    go_to(page, 30)
    entry = page.current_entry()
    page.edit_button.click()  # the mouse, then the keyboard: no click on the list between
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert page.view.hasFocus() and page.current_entry().id == entry.id
    assert page.current_entry().note == "edited" and header_in_view(page)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert page.model.row_for_entry(entry.id) == -1
    assert page.current_entry() is not None and header_in_view(page)


def test_cancelled_edit_also_gives_the_list_back(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(EntryDialog, "ask",
                        classmethod(lambda cls, parent, entry, labels, **_: None))
    go_to(page, 10)
    entry = page.current_entry()
    QTest.keyClick(page.view, Qt.Key.Key_Return)  # Enter opens the edit dialog
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert page.view.hasFocus() and page.current_entry().id == entry.id
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert page.model.row_for_entry(entry.id) == -1


@pytest.mark.parametrize("row", [1, 3, 41, 95])  # first, last of a day, middle, near the end
def test_delete_lands_on_a_neighbour_with_its_day_in_view(qtbot, page, row) -> None:  # type: ignore[no-untyped-def]
    go_to(page, row)
    victim = page.current_entry()
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    neighbour = page.current_entry()
    assert neighbour is not None and neighbour.id != victim.id
    assert abs(neighbour.moment.utc - victim.moment.utc) <= timedelta(days=2)
    assert page.view.hasFocus() and header_in_view(page)


def test_undo_bar_brings_the_entry_back_and_selects_it(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    go_to(page, 6)
    victim = page.current_entry()
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert page.undo_bar.isVisible() and "deleted" in page.undo_bar.message.text()
    assert page.undo_bar.timer.isActive() and page.undo_bar.timer.interval() == SHOWN_MS
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert not page.undo_bar.isVisible()
    assert page.current_entry().id == victim.id and page.view.hasFocus()
    assert header_in_view(page)


def test_undo_bar_goes_after_ten_seconds_and_ctrl_z_still_works(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    go_to(page, 2)
    victim = page.current_entry()
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    page.undo_bar.timer.timeout.emit()  # ten seconds later
    assert not page.undo_bar.isVisible()
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.loading)  # the list reloads in the background
    assert page.current_entry().id == victim.id
