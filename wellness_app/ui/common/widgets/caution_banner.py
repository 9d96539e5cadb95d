"""A calm, non-blocking inline message for St John's Wort and light cautions (never a
pop-up), in the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from wellness_app.domain.cautions import Caution
from wellness_app.ui.common.caution_text import caution_text
from wellness_app.ui.common.widgets.notice_frame import NoticeFrame

MAX_HEIGHT = 160  # px: about eight lines; more scrolls


class CautionBanner(NoticeFrame):
    """Hidden until there is something to say; the person closes it when they have read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cautionBanner", "#c9a227", MAX_HEIGHT, parent)
        self.label.setAccessibleName(self.tr("Caution"))
        self.close_button.setText(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the caution"))
        self.hide()

    def show_cautions(self, cautions: Sequence[Caution]) -> None:
        if not cautions:
            return
        self.label.setText("\n\n".join(caution_text(c) for c in cautions))
        self.show()
        self.fit()
