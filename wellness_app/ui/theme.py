"""Calm light and dark palettes on the Fusion style, following the OS colour scheme.

The setting `Keys.theme` is "system" (default: follow the OS, also when it changes
while the app runs), "light" or "dark".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_LIGHT = {
    "Window": "#f4f5f2", "WindowText": "#1f2421", "Base": "#ffffff",
    "AlternateBase": "#eceee9", "Text": "#1f2421", "Button": "#e8eae5",
    "ButtonText": "#1f2421", "Highlight": "#3a6e8f", "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffff", "ToolTipText": "#1f2421", "PlaceholderText": "#5f6661",
    "Link": "#2d5d7b", "Mid": "#b9bdb6", "Light": "#ffffff", "Dark": "#9ea39b",
    "BrightText": "#b3261e",
}
_DARK = {
    "Window": "#1e2124", "WindowText": "#e3e5e2", "Base": "#25292d",
    "AlternateBase": "#2c3136", "Text": "#e3e5e2", "Button": "#30353a",
    "ButtonText": "#e3e5e2", "Highlight": "#6fa3c4", "HighlightedText": "#101315",
    "ToolTipBase": "#30353a", "ToolTipText": "#e3e5e2", "PlaceholderText": "#a3aaa6",
    "Link": "#8cbad6", "Mid": "#4a5056", "Light": "#3a4046", "Dark": "#15181a",
    "BrightText": "#ff8a80",
}


def make_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role_name, colour in (_DARK if dark else _LIGHT).items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    muted = QColor("#7d837f") if dark else QColor("#8a8f8a")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    return system_is_dark()


def apply_theme(app: QApplication, choice: str = "system") -> bool:
    """Apply Fusion with the light or dark palette; returns True if dark."""
    dark = is_dark(choice if choice in THEMES else "system")
    app.setStyle("Fusion")
    app.setPalette(make_palette(dark))
    return dark


_choice_getter: list[Callable[[], str]] = []


def follow_system(app: QApplication, current_choice: Callable[[], str]) -> None:
    """Re-apply when the OS switches light/dark while the setting (read through
    `current_choice()`) is "system". Connects once per process; later calls swap the getter."""
    first = not _choice_getter
    _choice_getter[:] = [current_choice]
    if not first:
        return

    def changed(_scheme: Qt.ColorScheme) -> None:
        if _choice_getter and _choice_getter[0]() == "system":
            apply_theme(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
