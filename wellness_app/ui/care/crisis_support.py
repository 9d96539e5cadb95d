"""The "PHQ-9 due" Today banner. (The always-visible "Crisis support" button and its
Ctrl+Shift+H shortcut are in ui/care/crisis_button.py.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate


def phq9_due_banner(ctx: UiContext, parent: QWidget) -> QWidget:
    """TODAY_BANNERS hook: "A PHQ-9 check-in is due" when the reminder is on and due."""
    return Phq9DueBanner(ctx, parent)


class Phq9DueBanner(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel(translate("CrisisSupport", "A PHQ-9 check-in is due"))
        self.label.setWordWrap(True)
        self.open_button = QPushButton(translate("CrisisSupport", "Answer &now"))
        self.open_button.setAccessibleName(translate("CrisisSupport", "Answer the PHQ-9 now"))
        self.open_button.clicked.connect(
            lambda: ctx.state.navigate.emit("questionnaires", "phq9"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        ctx.state.entries_changed.connect(self._on_changed)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        self.setVisible(self.ctx.services.assessments.phq9_due(today))

    def _on_changed(self, kind: str) -> None:
        if kind in ("assessment", "all"):
            self.refresh()
