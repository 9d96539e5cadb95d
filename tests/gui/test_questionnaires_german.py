"""The German interface shows the validated German PHQ-9 (PHQ-D) and GAD-7 wording and
German band names — reached the way a person gets there (Ctrl+9), answered by keyboard —
and the English interface keeps the English wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_window import german_interface, open_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from wellness_app.domain.questionnaire_wording import wording
from wellness_app.ui.crisis.dialog import CrisisDialog


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    with german_interface(qapp):
        yield


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(CrisisDialog, "ask", classmethod(lambda cls, *a, **k: None))
    win, db = open_window(qtbot, tmp_path)
    yield win
    db.close()


def shown_texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    return {label.text() for label in widget.findChildren(QLabel)}


def answer(window, kind: str, digits: str) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    page = window.page("questionnaires")
    page.tabs.setCurrentIndex(("phq9", "gad7").index(kind))
    form = page.forms[kind]
    form.focus_first()
    for digit in digits:
        QTest.keyClick(QApplication.focusWidget(), digit)
    form.submit.setFocus()
    QTest.keyClick(form.submit, Qt.Key.Key_Space)


@pytest.mark.parametrize("kind", ["phq9", "gad7"])
def test_the_german_form_shows_the_validated_wording(german, window, kind: str) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    form = window.page("questionnaires").forms[kind]
    texts = shown_texts(form)
    words = wording(kind, "de")
    assert f"<b>{words.stem}</b>" in texts
    for item in words.items:
        assert item in texts
    for english in wording(kind, "en").items:
        assert english not in texts
    headers = " ".join(texts)
    for option in words.answers:
        assert option in headers
    first = form.groups[0].button(0)
    assert first.accessibleName() == f"{words.items[0]}: Überhaupt nicht"


def test_german_result_and_history_name_the_band_in_german(german, window) -> None:  # type: ignore[no-untyped-def]
    answer(window, "phq9", "2222220000")  # total 12, question 9 "Überhaupt nicht"
    page = window.page("questionnaires")
    assert page.result_shown()
    assert "mittelgradig" in page.result.total.text()
    assert "moderate" not in page.result.total.text()
    assert "„mittelgradig“" in page.result.explanation.text()
    assert page.model.index(0, 3).data() == "mittelgradig"
    assert page.model.index(0, 4).data() == "Überhaupt nicht"
    answer(window, "gad7", "3333333")
    assert "schwer" in page.result.total.text()


def test_the_english_interface_keeps_the_english_wording(window) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    texts = shown_texts(window.page("questionnaires").forms["phq9"])
    assert ("<b>Over the last 2 weeks, how often have you been bothered by any of the "
            "following problems?</b>") in texts
    assert "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten" not in texts
