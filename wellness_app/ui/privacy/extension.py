"""WINDOW_EXTENSIONS entry: the Privacy menu, auto-lock, and picking up changes made by the
command line while the window was in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from wellness_app.domain.changes import ALL
from wellness_app.services import privacy
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.menus import window_menu
from wellness_app.ui.privacy.actions import PrivacyActions
from wellness_app.ui.privacy.lock import AutoLock

if TYPE_CHECKING:
    from wellness_app.ui.shell.main_window import MainWindow

MENU_NAME = "menu_privacy"


def install(window: MainWindow, ctx: UiContext) -> None:
    actions = PrivacyActions(window, ctx)
    window.privacy_actions = actions
    auto_lock = AutoLock(window, ctx)
    window.auto_lock = auto_lock
    actions.auto_lock_changed.connect(auto_lock.set_minutes)
    actions.lock_requested.connect(auto_lock.lock)
    menu = window_menu(window, MENU_NAME, translate("Privacy", "&Privacy"))

    def add(text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def open_dialog() -> None:
        from wellness_app.ui.privacy.dialog import PrivacyDialog

        PrivacyDialog.ask(actions, window)

    add(translate("Privacy", "Privacy && data…"), open_dialog)
    add(translate("Privacy", "Back up now"), actions.backup_now)
    add(translate("Privacy", "Restore a backup…"), actions.restore)
    lock_action = add(translate("Privacy", "Lock now"), auto_lock.lock, "Ctrl+L")
    menu.aboutToShow.connect(lambda: lock_action.setEnabled(actions.encrypted))
    add(translate("Privacy", "Open data folder"), actions.open_data_folder)
    menu.addSeparator()
    add(translate("Privacy", "Delete all my data…"), actions.delete_all)
    window.installEventFilter(ExternalChanges(window, ctx))
    reason = privacy.encryption_unavailable_reason()
    if reason:
        ctx.state.status_message.emit(reason)


class ExternalChanges(QObject):
    """When the window is activated and the journal changed on disk (e.g. a CLI write), ask
    every page to refresh."""

    def __init__(self, window: MainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.signature = privacy.data_signature(ctx.db.path)

    def check(self) -> bool:
        now = privacy.data_signature(self.ctx.db.path)
        if now == self.signature or getattr(self.window.auto_lock, "locked", False):
            return False
        self.signature = now
        self.ctx.state.announce(*ALL)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False
