"""What features add to the shared window and to Today, as typed hooks.

- WINDOW_FEATURES: `(window, ctx) -> None`, run once the journal is open, in order (menu
  actions, shortcuts, tray and reminders, privacy and auto-lock…). A feature the window or
  other code needs later is kept with `window.add_feature(obj)` and found again with
  `window.feature(Type)`; nothing is set on the window from outside.
- TODAY_BANNERS: `(ctx, parent) -> QWidget`, put above Today's check-in (escalation
  banner, questionnaire due…). A banner hides itself when it has nothing to say and
  re-checks on `state.changed`.

The crisis support button is not listed here: it is part of the window shell, on screen
from the first frame (`MainWindow.__init__`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from wellness_app.ui.care.crisis_support import phq9_due_banner
from wellness_app.ui.care.escalation_banner import make_banner as escalation_banner
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.crisis.support_line import install_setting as support_line_setting
from wellness_app.ui.desktop.tray import install_tray
from wellness_app.ui.io.actions import extend_window as import_export
from wellness_app.ui.onboarding.extension import install as onboarding
from wellness_app.ui.privacy.extension import install as privacy
from wellness_app.ui.report.extension import install as clinician_report
from wellness_app.ui.shell.language_menu import install as language_menu

if TYPE_CHECKING:
    from wellness_app.ui.shell.main_window import MainWindow

WindowHook = Callable[["MainWindow", UiContext], None]
BannerHook = Callable[[UiContext, QWidget], QWidget]

WINDOW_FEATURES: tuple[WindowHook, ...] = (
    import_export, privacy, install_tray, onboarding, language_menu,
    support_line_setting, clinician_report,
)
TODAY_BANNERS: tuple[BannerHook, ...] = (escalation_banner, phq9_due_banner)
