"""The calm light-therapy safety note (docs/clinical-sources.md, "Light"): shown on the Light
page until the person closes it, and again from the lamp timer's "Lamp safety" button."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class LightSafetyNote(QFrame):
    """Three things to check before bright light; never blocks anything."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lightSafetyNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#lightSafetyNote { background: palette(alternate-base); border: 1px solid "
            "palette(mid); border-left: 4px solid #4a90d9; border-radius: 4px; }")
        self.label = QLabel(self.text())
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Light-therapy safety"))
        self.close_button = QPushButton(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the light-therapy safety note"))
        self.close_button.clicked.connect(self._close)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        """The note as rich text, in the interface language."""
        points = (
            self.tr("Bipolar disorder: use bright light only together with your clinician, "
                    "because it can trigger mania or hypomania."),
            self.tr("Eye disease (retina problems, macular degeneration, diabetic eye "
                    "disease): ask an eye doctor first."),
            self.tr("Some medicines make skin and eyes sensitive to light, for example "
                    "doxycycline, amiodarone, chlorpromazine, isotretinoin, "
                    "hydrochlorothiazide, lithium and St John's Wort. Ask your doctor or "
                    "pharmacist; the app also shows a caution when a lamp session meets one "
                    "on your list."),
        )
        title = self.tr("Before using a light-therapy lamp")
        closing = self.tr("If a session brings headaches, eye strain, nausea or restlessness, "
                          "stop and talk to your clinician.")
        items = "".join(f"<li>{escape(p)}</li>" for p in points)
        return f"<b>{escape(title)}</b><ul>{items}</ul>{escape(closing)}"

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()
