"""A calm, non-blocking inline message for St John's Wort and light cautions (never a
pop-up), in the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wellness_app.domain.cautions import Caution
from wellness_app.ui.caution_text import caution_text


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
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_cautions(self, cautions: Sequence[Caution]) -> None:
        if not cautions:
            return
        self.label.setText("\n\n".join(caution_text(c) for c in cautions))
        self.show()
