"""A visible "Entry deleted — Undo" bar: stays for 10 seconds (Ctrl+Z works as well), so a
person who missed the status line still sees what happened and can take it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

SHOWN_MS = 10_000


class UndoBar(QFrame):
    undo_requested = Signal()
    shown_changed = Signal(bool)  # shown or put away (not when only its page is hidden)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#undoBar { background: palette(alternate-base);"
                           " border: 1px solid palette(mid); border-radius: 4px; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self._undo)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close this message"))
        close.setToolTip(self.tr("Close this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignVCenter)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def setVisible(self, visible: bool) -> None:
        was = not self.isHidden()
        super().setVisible(visible)
        if visible != was:
            self.shown_changed.emit(visible)

    def show_message(self, text: str) -> None:
        """Show `text` with its Undo button for the next 10 seconds."""
        self.message.setText(text)
        self.show()
        self.timer.start()

    def _undo(self) -> None:
        self.timer.stop()
        self.undo_requested.emit()
        if not self.timer.isActive():  # unless the undo showed a message of its own
            self.hide()
