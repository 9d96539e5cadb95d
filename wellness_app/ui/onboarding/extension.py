"""WINDOW_EXTENSIONS hook: Settings → "Welcome and setup…" opens the setup again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from wellness_app.domain.changes import ALL
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.menus import window_menu


def install(window: Any, ctx: UiContext) -> QAction:
    menu = window_menu(window, "settingsMenu",
                       QCoreApplication.translate("MainWindow", "&Settings"))
    action = QAction(QCoreApplication.translate("Onboarding", "Welcome and setup…"), window)
    action.setObjectName("onboardingAction")
    action.triggered.connect(lambda: open_setup(window, ctx))
    menu.addAction(action)
    return action


def open_setup(window: Any, ctx: UiContext) -> None:
    from wellness_app.ui.onboarding.wizard import OnboardingWizard

    choices = OnboardingWizard.ask(ctx.services, ctx.settings, window)
    if choices is None:
        return
    ctx.state.announce(*ALL)  # place, country or example data may have changed
