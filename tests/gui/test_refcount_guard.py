"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns
nothing (and to True/False on Signal.emit), so Python aborts after a few thousand calls.
pyproject.toml keeps Python 3.11 on PySide6 < 6.12; this catches a bad wheel coming back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class Emitter(QObject):
    flag = Signal(bool)


def test_void_qt_calls_and_emits_keep_singleton_refcounts(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        widget.setEnabled(True)
        emitter.flag.emit(True)
    received.clear()
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
