"""File → Clinician report… (Ctrl+Shift+R): the report dialog from anywhere in the window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.menus import window_menu

SHORTCUT = "Ctrl+Shift+R"


def open_report(ctx: UiContext, window: QMainWindow) -> None:
    from wellness_app.ui.report.dialog import ReportDialog

    ReportDialog.ask(ctx, window)


def install(window: QMainWindow, ctx: UiContext) -> QAction:
    """WINDOW_EXTENSIONS hook: the action goes above Quit when the menu has one."""
    menu = window_menu(window, "fileMenu", translate("ClinicianReport", "&File"))
    action = QAction(translate("ClinicianReport", "Clinician &report…"), window)
    action.setObjectName("clinicianReportAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setStatusTip(translate("ClinicianReport",
                                  "Prepare a summary of your journal for your clinician"))
    action.triggered.connect(lambda: open_report(ctx, window))
    quit_action = next((a for a in menu.actions()
                        if a.menuRole() == QAction.MenuRole.QuitRole), None)
    if quit_action is not None:
        menu.insertAction(quit_action, action)
    else:
        menu.addAction(action)
    return action
