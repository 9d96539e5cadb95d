"""Digits answer straight after Ctrl+9 (Questionnaires), with no Tab first: a QA run
found they did nothing until the focus reached a question."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wellness_app.services.assessments import AssessmentService

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    win, db = open_window(qtbot, tmp_path)
    yield win
    db.close()


def press(window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget() or window, key, modifier)


def digit(n: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + n)


@pytest.mark.parametrize("first", [0, 1, 2, 3])
def test_a_digit_right_after_ctrl_9_answers_the_first_question(window, first: int) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setFocus()
    press(window, Qt.Key.Key_9, CTRL)
    page = window.page("questionnaires")
    assert window.current_page_key() == "questionnaires"
    press(window, digit(first))
    assert page.forms["phq9"].answers() == [first, *[None] * 8]


def test_the_whole_phq9_by_digits_after_ctrl_9(window) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setFocus()
    press(window, Qt.Key.Key_9, CTRL)
    form = window.page("questionnaires").forms["phq9"]
    for value in (1, 2, 3, 0, 1, 2, 3, 0, 0):
        press(window, digit(value))
    assert form.answers() == [1, 2, 3, 0, 1, 2, 3, 0, 0]
    press(window, digit(1))  # the difficulty question, then the focus is on the button
    assert form.submit.isEnabled() and QApplication.focusWidget() is form.submit
    press(window, Qt.Key.Key_Space)
    record = AssessmentService(window.ctx.db).latest("phq9")
    assert record is not None and record.answers == (1, 2, 3, 0, 1, 2, 3, 0, 0)


def test_digits_answer_the_gad7_tab_and_never_other_pages(window) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setFocus()
    press(window, Qt.Key.Key_9, CTRL)
    page = window.page("questionnaires")
    page.tabs.setCurrentIndex(1)
    window.sidebar.setFocus()
    press(window, digit(3))
    assert page.forms["gad7"].answers()[0] == 3 and page.forms["phq9"].answers()[0] is None
    press(window, Qt.Key.Key_1, CTRL)  # Today: its own 1–5, the questionnaire is untouched
    window.sidebar.setFocus()
    press(window, digit(2))
    assert page.forms["gad7"].answers()[1] is None
