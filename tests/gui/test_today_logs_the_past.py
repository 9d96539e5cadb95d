"""Today logs the past: a date and time control (now by default; earlier today, yesterday,
another day) reached by keyboard, and a status line that follows later edits."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wellness_app.domain.changes import Change
from wellness_app.domain.moods import JournalQuery
from wellness_app.services.moods import MoodService
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.common.widgets.checkin_when import EARLIER_TODAY, OTHER, YESTERDAY


@pytest.fixture
def today(main_window):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    assert QTest.qWaitForWindowActive(main_window)
    QTest.keyClick(main_window.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    return main_window.page("today")


def ctrl_enter() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)


def test_now_is_the_default(today) -> None:  # type: ignore[no-untyped-def]
    before = datetime.now().astimezone() - timedelta(seconds=1)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    ctrl_enter()
    [entry] = MoodService(today.ctx.db).search(JournalQuery())
    assert entry.moment.utc >= before and "Saved" in today.message.text()


def test_yesterday_by_keyboard_only(today) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert today.when.choice.hasFocus()
    QTest.keyClick(today.when.choice, Qt.Key.Key_Down)
    QTest.keyClick(today.when.choice, Qt.Key.Key_Down)
    assert today.when.choice.currentIndex() == YESTERDAY and today.when.editor.isVisible()
    ctrl_enter()
    [entry] = MoodService(today.ctx.db).search(JournalQuery())
    yesterday = date.today() - timedelta(days=1)
    assert entry.mood == 2 and entry.local_date == yesterday
    assert locale_format.day_with_weekday(yesterday) in today.message.text()
    assert today.entries_model.entry_count() == 0  # Today lists today's entries only
    assert today.when.moment() is None  # back to "now" for the next check-in


def test_earlier_today_and_another_day(today) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(today.ctx.db)
    today.when.choice.setCurrentIndex(EARLIER_TODAY)
    chosen = today.when.editor.dateTime().toPython()
    assert chosen.date() == date.today() and chosen <= datetime.now()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    ctrl_enter()
    assert moods.search(JournalQuery())[0].moment.local.replace(tzinfo=None) == chosen
    long_ago = datetime.now().replace(second=0, microsecond=0) - timedelta(days=40)
    today.when.set_moment(long_ago, OTHER)
    today.mood_buttons.select(5)
    today.save()
    assert any(e.moment.local.replace(tzinfo=None) == long_ago
               for e in moods.search(JournalQuery()))


def test_the_future_cannot_be_chosen(today) -> None:  # type: ignore[no-untyped-def]
    today.when.choice.setCurrentIndex(OTHER)
    today.when.editor.setDateTime(QDateTime(datetime.now() + timedelta(days=3)))
    assert today.when.editor.dateTime().toPython() <= datetime.now() + timedelta(minutes=2)


def test_status_line_follows_later_edits(today) -> None:  # type: ignore[no-untyped-def]
    moods = MoodService(today.ctx.db)
    today.mood_buttons.select(4)
    today.save()
    [entry] = moods.search(JournalQuery())
    moved = entry.with_changes(mood=1, moment=entry.moment.__class__.from_local_naive(
        datetime.now().replace(second=0, microsecond=0) - timedelta(days=1)))
    moods.update(moved)
    today.ctx.state.announce(Change.MOOD)  # as the Journal's edit does
    label = display_labels(moods.labels())[1]
    assert label in today.message.text()
    assert locale_format.day_with_weekday(moved.local_date) in today.message.text()
    moods.delete(entry.id)
    today.ctx.state.announce(Change.MOOD)
    assert today.message.text() == ""
