"""The calm line under Today's "Saved" after a hard check-in (mood 1, or words of
self-harm in the note), with a button to the crisis screen. Never a pop-up, never takes
the focus, at most once a day, and Settings › "Offer crisis support after a hard
check-in" switches it off (rule: domain/distress.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from wellness_app.domain.moods import MoodEntry
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.menus import window_menu


class SupportLineRow(QFrame):
    """The line and its button; `open_requested` when the button is pressed. Hidden until
    shown (Today's SupportLine below, and the quick check-in)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportLine")
        self.label = QLabel(translate("SupportLine", "If things feel unbearable, your safety "
                                      "plan and crisis lines are here."))
        self.label.setWordWrap(True)
        self.button = QPushButton(translate("SupportLine", "Open crisis support"))
        self.button.setAccessibleName(translate("SupportLine", "Open crisis support"))
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()


class SupportLine(SupportLineRow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_requested.connect(self._open_crisis)

    def after_checkin(self, entry: MoodEntry) -> None:
        """Shown under this save's confirmation when the check-in calls for it (hidden
        again by the next save that does not)."""

        self.setVisible(self.ctx.services.support_line.after_checkin(entry))

    def _open_crisis(self) -> None:
        from wellness_app.ui.crisis.button import open_crisis_dialog

        open_crisis_dialog(self.window(), self.ctx)


def install_setting(window: QMainWindow, ctx: UiContext) -> None:
    """WINDOW_EXTENSIONS hook: Settings › Offer crisis support after a hard check-in."""

    menu = window_menu(window, "settingsMenu", translate("MainWindow", "&Settings"))
    action = QAction(translate("SupportLine", "Offer crisis support after a hard check-in"),
                     window)
    action.setObjectName("support_line_setting")
    action.setCheckable(True)
    action.setChecked(ctx.services.support_line.enabled())
    action.setToolTip(translate("SupportLine", "After a check-in at the lowest mood, or with "
                                "words of self-harm in the note, Today shows one calm line "
                                "with a button to crisis support (at most once a day)."))
    action.toggled.connect(lambda on: ctx.services.support_line.set_enabled(on))
    menu.addAction(action)
