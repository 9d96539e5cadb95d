"""PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call; the guard
applied on importing wellness_app.ui keeps the app alive past a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

import wellness_app.ui  # noqa: F401  (applies the guard)


def test_many_void_qt_calls_do_not_abort_python(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # None starts with ~5,000 references: unguarded, this aborts
        widget.setEnabled(True)
    assert sys.getrefcount(None) > 1_000_000
    assert before - sys.getrefcount(None) < 25_000
