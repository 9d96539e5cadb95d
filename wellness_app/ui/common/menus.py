"""Find a main-window menu by object name, creating it when no feature has yet."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


def window_menu(window: QMainWindow, object_name: str, title: str) -> QMenu:
    """The menu named `object_name` (e.g. "fileMenu", "settingsMenu"), created if missing.

    New menus go before the Help menu so Help stays last, as desktop users expect.
    """
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == object_name:
            return menu
    menu = QMenu(title, bar)
    menu.setObjectName(object_name)
    help_action = next((a for a in bar.actions()
                        if isinstance(a.menu(), QMenu) and a.menu().objectName() == "helpMenu"),
                       None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    return menu
