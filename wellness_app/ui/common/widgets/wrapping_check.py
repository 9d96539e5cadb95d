"""A check box whose text wraps (a QCheckBox's own text never does, and is cut off in a
narrow column such as a German sentence beside the questionnaire)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _ClickableLabel(QLabel):
    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.toggle()
            self._check.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


def wrapping_check(check: QCheckBox, text: str) -> QWidget:
    """`check` (given no text of its own) beside `text` that wraps; clicking the text
    toggles it, as clicking a check box's own text does."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = _ClickableLabel(text, check)
    label.setWordWrap(True)
    if not check.accessibleName():
        check.setAccessibleName(text)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row
