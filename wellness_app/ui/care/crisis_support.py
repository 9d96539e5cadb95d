"""Crisis support is one click away on every screen: a toolbar button that is always
visible, and the Ctrl+Shift+H shortcut (window-wide). Also the "PHQ-9 due" Today banner."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from wellness_app.services.assessments import AssessmentService
from wellness_app.ui.care.crisis_dialog import SHORTCUT, CrisisDialog
from wellness_app.ui.context import UiContext
from wellness_app.ui.i18n import translate


def install_crisis_support(window: Any, ctx: UiContext) -> None:
    """WINDOW_EXTENSIONS hook: the "Crisis support" toolbar button and shortcut."""
    action = QAction(translate("CrisisSupport", "Crisis support"), window)
    action.setObjectName("crisis_support_action")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(translate("CrisisSupport",
                                "Your safety plan and crisis lines ({key})").format(
        key=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
    action.triggered.connect(lambda _checked=False: CrisisDialog.ask(window, ctx))
    toolbar = QToolBar(translate("CrisisSupport", "Crisis support"), window)
    toolbar.setObjectName("crisis_support_toolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.toggleViewAction().setEnabled(False)  # it cannot be switched off by accident
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setAccessibleName(translate("CrisisSupport", "Crisis support"))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.addAction(action)
    window.crisis_action = action


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
        self.setVisible(AssessmentService(self.ctx.db).phq9_due(today))

    def _on_changed(self, kind: str) -> None:
        if kind in ("assessment", "all"):
            self.refresh()
