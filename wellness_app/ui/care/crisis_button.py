"""The "Crisis support" toolbar button and Ctrl+Shift+H, on screen from the first frame.

Installed before the journal is open (ui.extensions.EARLY_WINDOW_EXTENSIONS), so this
module imports no services; the crisis dialog loads when the button is first used.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from wellness_app.ui.context import UiContext
from wellness_app.ui.i18n import translate
from wellness_app.ui.icons import icon_later

SHORTCUT = "Ctrl+Shift+H"


def install_crisis_button(window: Any, ctx: UiContext) -> None:
    """The always-visible toolbar button and the window-wide shortcut."""
    action = QAction(translate("CrisisSupport", "Crisis support"), window)
    action.setObjectName("crisis_support_action")
    icon_later(action, "crisis")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    key = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(
        translate("CrisisSupport", "Your safety plan and crisis lines ({key})").format(key=key))
    action.triggered.connect(lambda _checked=False: open_crisis_dialog(window, ctx))
    toolbar = QToolBar(translate("CrisisSupport", "Crisis support"), window)
    toolbar.setObjectName("crisis_support_toolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.toggleViewAction().setEnabled(False)  # it cannot be switched off by accident
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setAccessibleName(translate("CrisisSupport", "Crisis support"))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.addAction(action)
    window.crisis_action = action


def open_crisis_dialog(window: Any, ctx: UiContext) -> None:
    """The safety plan and crisis lines; a press in the first moments of start-up, before
    the journal is open, is answered as soon as it is."""
    if ctx.db is None:
        QTimer.singleShot(50, lambda: open_crisis_dialog(window, ctx))
        return
    from wellness_app.ui.care.crisis_dialog import CrisisDialog

    CrisisDialog.ask(window, ctx)
