"""Bring a window to the front (a second launch, the tray, a notification)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

TOKEN_ENV = "XDG_ACTIVATION_TOKEN"


def bring_to_front(window: QWidget, token: str = "") -> None:
    """Show `window` from the tray, the taskbar or behind others, keeping it maximised
    (or full screen) if it was; `token`: a Wayland activation token to present."""
    if token:
        os.environ[TOKEN_ENV] = token  # Qt's Wayland plugin presents it on activation
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state)
    window.show()
    window.raise_()
    window.activateWindow()
