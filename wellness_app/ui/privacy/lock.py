"""Auto-lock: after N idle minutes the window's contents are replaced by an unlock screen,
the pages (and the data they show) are destroyed and every connection is closed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wellness_app.domain.errors import UserError
from wellness_app.services import privacy
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.settings import Keys

if TYPE_CHECKING:
    from wellness_app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockScreen(QWidget):
    def __init__(self, on_unlock: Callable[[str], str | None], parent: QWidget | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._on_unlock = on_unlock
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(translate("Privacy", "Your journal is locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout.addWidget(title)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(translate("Privacy", "Passphrase"))
        self.edit.setPlaceholderText(translate("Privacy", "Passphrase"))
        self.edit.setMinimumWidth(260)
        self.edit.setMaximumWidth(340)
        self.edit.returnPressed.connect(self._try)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = QLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)
        button = QPushButton(translate("Privacy", "Unlock"))
        button.setAccessibleName(translate("Privacy", "Unlock"))
        button.clicked.connect(self._try)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        from wellness_app.ui.crisis.button import locked_crisis_panel

        self.crisis = locked_crisis_panel(self, data_dir)
        layout.addWidget(self.crisis, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def _try(self) -> None:
        problem = self._on_unlock(self.edit.text())
        self.edit.clear()
        self.error.setText(problem or "")


def _close_personal_windows(window: QWidget) -> None:
    """Close the quick check-in (its tag completer lists every tag) and similar windows."""
    from PySide6.QtWidgets import QApplication

    from wellness_app.ui.desktop.quick_checkin import QuickCheckIn

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QuickCheckIn) and widget is not window:
            widget.close()
            widget.deleteLater()


class AutoLock(QObject):
    """Watches input application-wide; locks the window after the idle time in settings."""

    def __init__(self, window: MainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.locked = False
        self._central: QWidget | None = None
        self._page = ""
        self._last_poke = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(ctx.settings.get(Keys.auto_lock_minutes))
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.interval() and not self.locked:
            now = time.monotonic()
            if now - self._last_poke > 1.0:  # restarting a timer per mouse move is wasteful
                self._last_poke = now
                if self.ctx.settings.get(Keys.auto_lock_minutes) > 0:
                    self.timer.start()
        return False

    def lock(self) -> None:
        """Hide everything behind the unlock screen (only meaningful when encrypted)."""
        if self.locked or not self.ctx.db.passphrase:
            return
        from wellness_app.ui.common.widgets.draft_keeper import flush_all

        flush_all()  # typed text is kept (encrypted) before the pages close
        self.locked = True
        self.ctx.journal_locked = True
        window = self.window
        self._page = window.current_page_key()
        for widget in list(window._pages.values()):  # the pages and the data they hold
            window.stack.removeWidget(widget)
            widget.deleteLater()
        window._pages.clear()
        self._central = window.takeCentralWidget()
        screen = LockScreen(self._unlock, data_dir=self.ctx.data_dir)
        window.setCentralWidget(screen)
        screen.edit.setFocus()
        window.menuBar().setEnabled(False)
        _close_personal_windows(window)
        privacy.lock(self.ctx.db)  # every connection closed, the key dropped
        log.info("Journal locked after being idle")

    def _unlock(self, passphrase: str) -> str | None:
        try:
            key = privacy.unlock_key(self.ctx.db.path, passphrase)  # derived once
        except UserError:
            return translate("Privacy", "That passphrase is not right. Try again.")
        privacy.reopen(self.ctx.db, key)
        self.locked = False
        self.ctx.journal_locked = False
        central, self._central = self._central, None
        if central is not None:  # taken by lock()
            self.window.setCentralWidget(central)
        self.window.menuBar().setEnabled(True)
        self.window.show_page(self._page)
        self.set_minutes(self.ctx.settings.get(Keys.auto_lock_minutes))
        return None
