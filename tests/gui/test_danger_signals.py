"""Every danger signal answered, the way a person gets there: question 9 by keyboard on the
Questionnaires page (Ctrl+9) leads to the banner on Today (Ctrl+1) despite an earlier
"Not now"; a check-in at mood 1 or with words of self-harm shows one calm line with a
button to crisis support; Settings switches the line off."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from app_window import open_window
from care_planting import plant_mood
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from wellness_app.domain.changes import ALL
from wellness_app.services.escalation import EscalationService
from wellness_app.services.moods import MoodService
from wellness_app.ui.crisis.dialog import CrisisDialog

LINE = "If things feel unbearable, your safety plan and crisis lines are here."


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    win, db = open_window(qtbot, tmp_path)
    yield win
    db.close()


@pytest.fixture
def crisis_opened(monkeypatch) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Every opening of the crisis screen (through the Ctrl+Shift+H entry point)."""
    calls: list[dict[str, object]] = []
    monkeypatch.setattr(CrisisDialog, "ask", classmethod(
        lambda cls, parent, ctx, intro="": calls.append({"parent": parent, "intro": intro})))
    return calls


def keys(widget, *presses) -> None:  # type: ignore[no-untyped-def]
    for key, modifier in presses:
        QTest.keyClick(widget, key, modifier)


CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def answer_phq9_by_keyboard(window: QMainWindow, digits: str) -> None:
    keys(window, (Qt.Key.Key_9, CTRL))
    page = window.page("questionnaires")
    assert window.stack.currentWidget() is page
    form = page.forms["phq9"]
    form.focus_first()
    for digit in digits:
        QTest.keyClick(QApplication.focusWidget(), digit)
    form.submit.setFocus()
    QTest.keyClick(form.submit, Qt.Key.Key_Space)


def test_question9_by_keyboard_brings_the_banner_on_today_despite_not_now(
        window, crisis_opened) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    for n in range(14):  # a long low stretch: the banner shows, and the person says Not now
        plant_mood(ctx.db, date.today() - timedelta(days=n + 1), 1)
    ctx.state.announce(*ALL)
    keys(window, (Qt.Key.Key_1, CTRL))
    banner = _banner(window)
    assert banner.isVisible()
    QTest.mouseClick(banner.not_now_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()

    answer_phq9_by_keyboard(window, "000000001")  # total 1, question 9 "Several days"
    page = window.page("questionnaires")
    assert len(crisis_opened) == 1 and "better off dead" in str(crisis_opened[0]["intro"])
    assert page.result_shown() and page.result.item9.isVisible()
    text = page.result.item9.text()
    assert "important to tell a doctor or someone you trust" in text
    assert "safe " not in text.lower().replace("safety", "")
    assert QApplication.focusWidget() is page.result.crisis_button
    QTest.keyClick(page.result.crisis_button, Qt.Key.Key_Space)  # offers the crisis screen
    assert len(crisis_opened) == 2 and crisis_opened[1]["parent"] is window

    keys(window, (Qt.Key.Key_1, CTRL))
    assert banner.isVisible()
    assert "better off dead" in banner.body.text()
    assert "important to tell a doctor or someone you trust soon" in banner.body.text()
    assert banner.crisis_button.isVisible()
    QTest.mouseClick(banner.crisis_button, Qt.MouseButton.LeftButton)
    assert len(crisis_opened) == 3
    assert EscalationService(ctx.db).check().reason_keys()[0] == "phq9_item9"


def test_question9_zero_shows_no_item9_message(window, crisis_opened) -> None:  # type: ignore[no-untyped-def]
    answer_phq9_by_keyboard(window, "100000000")
    page = window.page("questionnaires")
    assert crisis_opened == [] and page.result_shown()
    assert not page.result.item9.isVisible()
    keys(window, (Qt.Key.Key_1, CTRL))
    assert not _banner(window).isVisible()


def _banner(window):  # type: ignore[no-untyped-def]
    from wellness_app.ui.care.escalation_banner import EscalationBanner

    found = window.page("today").findChildren(EscalationBanner)
    assert len(found) == 1
    return found[0]


def save_checkin(window, mood_key: Qt.Key, note: str = "") -> None:  # type: ignore[no-untyped-def]
    keys(window, (Qt.Key.Key_1, CTRL))
    today = window.page("today")
    window.sidebar.setFocus()
    QTest.keyClick(window.sidebar, mood_key)
    if note:
        today.note.setFocus()
        QTest.keyClicks(today.note, note)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)


@pytest.mark.parametrize(("mood_key", "note", "shown"), [
    (Qt.Key.Key_1, "", True),
    (Qt.Key.Key_2, "", False),
    (Qt.Key.Key_4, "I want to kill myself", True),
    (Qt.Key.Key_3, "Ich will nicht mehr leben", True),
    (Qt.Key.Key_2, "I'm not suicidal, just worn out", False),
])
def test_a_hard_checkin_on_today_shows_one_calm_line(window, crisis_opened, mood_key,  # type: ignore[no-untyped-def]
                                                     note, shown) -> None:
    save_checkin(window, mood_key, note)
    today = window.page("today")
    assert MoodService(window.ctx.db).count() == 1
    assert today.message.text().startswith("Saved")
    assert today.support_line.isVisible() is shown
    assert QApplication.activeModalWidget() is None  # never a pop-up
    if shown:
        assert today.support_line.label.text() == LINE
        assert QApplication.focusWidget() is not today.support_line.button  # no focus grab
        QTest.mouseClick(today.support_line.button, Qt.MouseButton.LeftButton)
        assert len(crisis_opened) == 1 and crisis_opened[0]["parent"] is window


def test_the_line_shows_at_most_once_a_day(window) -> None:  # type: ignore[no-untyped-def]
    today = window.page("today")
    save_checkin(window, Qt.Key.Key_1)
    assert today.support_line.isVisible()
    save_checkin(window, Qt.Key.Key_1)
    assert not today.support_line.isVisible()
    assert MoodService(window.ctx.db).count() == 2


def test_settings_switch_the_line_off(window) -> None:  # type: ignore[no-untyped-def]
    menu = window.menuBar().findChild(QMenu, "settingsMenu")
    setting = next(a for a in menu.actions() if a.objectName() == "support_line_setting")
    assert setting.isChecked() and setting.text() == "Offer crisis support after a hard check-in"
    setting.trigger()
    assert not setting.isChecked()
    save_checkin(window, Qt.Key.Key_1, "I want to die")
    assert not window.page("today").support_line.isVisible()
    setting.trigger()
    save_checkin(window, Qt.Key.Key_1)
    assert window.page("today").support_line.isVisible()
