"""The "Crisis support" toolbar button and Ctrl+Shift+H, on screen from the first frame.

Installed before the journal is open (ui.extensions.EARLY_WINDOW_EXTENSIONS), so this
module imports no services; the crisis dialog loads when the button is first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.icons import icon_later

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
    install_crisis_keys(window, ctx)


class CrisisKeys(QObject):
    """Ctrl+Shift+H in every window of the app, modal dialogs included: a key press that
    no shortcut took (Qt blocks the main window's shortcut while a dialog is modal) opens
    the crisis screen over the active window."""

    def __init__(self, window: Any, ctx: UiContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.sequence = QKeySequence(SHORTCUT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        if pressed.matches(self.sequence) != QKeySequence.SequenceMatch.ExactMatch:
            return False
        if event.isAutoRepeat():
            return True
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        if active is not None and active.objectName() == "crisisScreen":
            return True  # already open
        QTimer.singleShot(0, lambda: open_crisis_dialog(active or self.window, self.ctx))
        return True


def install_crisis_keys(window: Any, ctx: UiContext) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        keys = CrisisKeys(window, ctx)
        app.installEventFilter(keys)
        window.crisis_keys = keys


def open_crisis_dialog(window: Any, ctx: UiContext | None, *,
                       data_dir: Path | None = None) -> None:
    """The crisis screen. While the journal is locked (the unlock dialog or the auto-lock
    screen is up) it opens at once with the bundled lines; a press in the first moments
    of start-up, before an unencrypted journal is open, is answered as soon as it is."""
    from wellness_app.ui.crisis.dialog import CrisisDialog

    if ctx is None or ctx.journal_locked:
        CrisisDialog.ask(window, None, data_dir=data_dir or (ctx.data_dir if ctx else None))
        return
    if ctx.db is None:
        if QApplication.activeModalWidget() is not None:  # the unlock dialog
            CrisisDialog.ask(window, None, data_dir=ctx.data_dir)
            return
        QTimer.singleShot(50, lambda: open_crisis_dialog(window, ctx))
        return
    CrisisDialog.ask(window, ctx)


class LockedCrisisPanel(QFrame):
    """The unlock screens' crisis panel; its button is also reached by the shortcut."""

    crisis_button: QPushButton
    emergency_label: QLabel


def locked_crisis_panel(parent: QWidget, data_dir: Path | None) -> LockedCrisisPanel:
    """For the unlock screens: the emergency number and a Crisis support button (bundled
    lines, no passphrase needed; the person's own plan needs the unlock)."""
    from wellness_app.services.facade import bundled_crisis_lines
    from wellness_app.ui.crisis.cards import emergency_numbers

    panel = LockedCrisisPanel(parent)
    panel.setObjectName("lockedCrisisPanel")
    layout = QVBoxLayout(panel)
    service = bundled_crisis_lines(data_dir)
    numbers = emergency_numbers(service.lines())
    text = (translate("CrisisSupport", "In immediate danger? Call {numbers} now.").format(
                numbers=translate("CrisisSupport", " or ").join(numbers)) if numbers
            else translate("CrisisSupport", "In immediate danger? Call your local emergency "
                           "number now."))
    label = QLabel(f"<b>{text}</b>")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note = QLabel(translate("CrisisSupport", "Crisis lines need no passphrase. Your own "
                            "safety plan is shown after you unlock."))
    note.setWordWrap(True)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    button = QPushButton(translate("CrisisSupport", "Crisis support"))
    button.setObjectName("lockedCrisisButton")
    button.setAccessibleName(translate("CrisisSupport", "Crisis support"))
    button.setAutoDefault(False)
    button.setToolTip(QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
    button.clicked.connect(lambda _c=False: open_crisis_dialog(parent.window(), None,
                                                               data_dir=data_dir))
    layout.addWidget(label)
    layout.addWidget(note)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    panel.crisis_button = button
    panel.emergency_label = label
    return panel
