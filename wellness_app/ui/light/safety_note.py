"""The calm light-therapy safety note (docs/clinical-sources.md, "Light"): shown on the Light
page until the person closes it, and again from the lamp timer's "Lamp safety" button."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wellness_app.ui.common.widgets.notice_frame import NoticeFrame

MAX_HEIGHT = 100  # px; more scrolls


class LightSafetyNote(NoticeFrame):
    """Three things to check before bright light; never blocks anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lightSafetyNote", "#4a90d9", MAX_HEIGHT, parent)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(self.text())
        self.label.setAccessibleName(self.tr("Light-therapy safety"))
        self.close_button.setText(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the light-therapy safety note"))

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
