"""File → Clinician report… (Ctrl+Shift+R): the report dialog from anywhere in the window."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.menus import window_menu

SHORTCUT = "Ctrl+Shift+R"


def open_report(ctx: UiContext, window: QWidget) -> None:
    from wellness_app.ui.report.dialog import ReportDialog

    ReportDialog.ask(ctx, window)


def answer_requests(ctx: UiContext, window: QWidget) -> None:
    """`state.report_requested` (the escalation banner, the Treatments page) opens it."""
    ctx.state.report_requested.connect(
        lambda parent: open_report(ctx, parent if isinstance(parent, QWidget) else window))


def install(window: QMainWindow, ctx: UiContext) -> None:
    """WINDOW_EXTENSIONS hook: the action goes above Quit when the menu has one."""
    menu = window_menu(window, "fileMenu", translate("ClinicianReport", "&File"))
    action = QAction(translate("ClinicianReport", "Clinician &report…"), window)
    action.setObjectName("clinicianReportAction")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setStatusTip(translate("ClinicianReport",
                                  "Prepare a summary of your journal for your clinician"))
    action.triggered.connect(lambda: open_report(ctx, window))
    answer_requests(ctx, window)
    quit_action = next((a for a in menu.actions()
                        if a.menuRole() == QAction.MenuRole.QuitRole), None)
    if quit_action is not None:
        menu.insertAction(quit_action, action)
    else:
        menu.addAction(action)
