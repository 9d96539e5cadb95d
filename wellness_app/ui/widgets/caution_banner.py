"""A calm, non-blocking inline message for St John's Wort and light cautions (never a
pop-up), in the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from wellness_app.domain.cautions import Caution
from wellness_app.ui.caution_text import caution_text

MAX_HEIGHT = 160  # px: about eight lines; more scrolls


class CautionBanner(QFrame):
    """Hidden until there is something to say; the person closes it when they have read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cautionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#cautionBanner { background: palette(alternate-base); border: 1px solid "
            "palette(mid); border-left: 4px solid #c9a227; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Caution"))
        self.close_button = QPushButton(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the caution"))
        self.close_button.clicked.connect(self.hide)
        # several cautions at once scroll instead of pushing the page off a small screen
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumHeight(MAX_HEIGHT)
        scroll.setStyleSheet("background: transparent;")
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_cautions(self, cautions: Sequence[Caution]) -> None:
        if not cautions:
            return
        self.label.setText("\n\n".join(caution_text(c) for c in cautions))
        self.show()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the text, up to MAX_HEIGHT (then it scrolls)."""
        width = max(200, self.scroll.viewport().width())
        self.scroll.setMinimumHeight(min(MAX_HEIGHT, self.label.heightForWidth(width) + 4))
