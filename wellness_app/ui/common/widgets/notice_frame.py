"""A calm inline notice (never a pop-up): a coloured edge, text that grows with its content
up to a limit and then scrolls (a small screen keeps its page), and a close button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)


class NoticeFrame(QFrame):
    """`label` holds the text; `close_button` hides the notice and emits `dismissed`."""

    dismissed = Signal()

    def __init__(self, name: str, accent: str, max_height: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_height = max_height
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{name} {{ background: palette(alternate-base); border: 1px solid "
            f"palette(mid); border-left: 4px solid {accent}; border-radius: 4px; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._close)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setMaximumHeight(max_height)
        self.scroll_area.setStyleSheet("background: transparent;")
        layout = QHBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """As tall as the text, up to `max_height` (then it scrolls)."""
        width = max(200, self.scroll_area.viewport().width())
        self.scroll_area.setMinimumHeight(min(self.max_height,
                                         self.label.heightForWidth(width) + 4))

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()
