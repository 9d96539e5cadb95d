"""The calm light-therapy safety note (docs/clinical-sources.md, "Light"): shown on the Light
page until the person closes it, and again from the lamp timer's "Lamp safety" button."""

from __future__ import annotations

from html import escape

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

MAX_HEIGHT = 100  # px


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
        self.scroll = scroll = QScrollArea()  # a small screen scrolls the note instead of the page
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMaximumHeight(MAX_HEIGHT)
        scroll.setStyleSheet("background: transparent;")
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        """The note as rich text, in the interface language."""
        points = (
            self.tr("Bipolar disorder: only together with your clinician, because bright "
                    "light can trigger mania or hypomania."),
            self.tr("Eye disease (retina problems, macular degeneration, diabetic eye "
                    "disease): ask an eye doctor first."),
            self.tr("Some medicines make skin and eyes sensitive to light (for example "
                    "doxycycline, amiodarone, chlorpromazine, isotretinoin, "
                    "hydrochlorothiazide, lithium, St John's Wort): ask your doctor or "
                    "pharmacist."),
        )
        title = self.tr("Before using a light-therapy lamp")
        closing = self.tr("Headaches, eye strain, nausea or restlessness: stop and talk to "
                          "your clinician.")
        items = "".join(f"<li>{escape(p)}</li>" for p in points)
        return (f"<b>{escape(title)}</b><ul style='margin: 2px 0px; -qt-list-indent: 1;'>"
                f"{items}</ul>{escape(closing)}")

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the text, up to MAX_HEIGHT (then it scrolls)."""
        width = max(200, self.scroll.viewport().width())
        self.scroll.setMinimumHeight(min(MAX_HEIGHT, self.label.heightForWidth(width) + 4))
