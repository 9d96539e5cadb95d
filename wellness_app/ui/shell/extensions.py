"""Hooks that let features add to shared screens without editing them.

- EARLY_WINDOW_EXTENSIONS: like WINDOW_EXTENSIONS, but installed in MainWindow.__init__
  even before the journal is open (at start-up, before the window is first shown): they
  must be cheap and import no services (the crisis support button).
- WINDOW_EXTENSIONS: `(window: MainWindow, ctx: UiContext) -> None`, called once the journal
  is open (toolbar buttons, menu actions, shortcuts, tray…).
- TODAY_BANNERS: `(ctx: UiContext, parent: QWidget) -> QWidget`, built by the Today page
  into its banner area above the check-in (escalation banner, questionnaire due…).
  A banner hides itself when it has nothing to say and re-checks on `entries_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _install_tray(window: Any, ctx: Any) -> None:
    from wellness_app.ui.desktop.tray import install_tray

    install_tray(window, ctx)


def _privacy(window: Any, ctx: Any) -> None:
    from wellness_app.ui.privacy.extension import install

    install(window, ctx)


def _import_export(window: Any, ctx: Any) -> None:
    from wellness_app.ui.io.actions import extend_window

    extend_window(window, ctx)


def _crisis_button(window: Any, ctx: Any) -> None:
    from wellness_app.ui.crisis.button import install_crisis_button

    install_crisis_button(window, ctx)


def _onboarding(window: Any, ctx: Any) -> None:
    from wellness_app.ui.onboarding.extension import install

    install(window, ctx)


def _language_menu(window: Any, ctx: Any) -> None:
    from wellness_app.ui.shell.language_menu import install

    install(window, ctx)


def _clinician_report(window: Any, ctx: Any) -> None:
    from wellness_app.ui.report.extension import install

    install(window, ctx)


def _support_line_setting(window: Any, ctx: Any) -> None:
    from wellness_app.ui.crisis.support_line import install_setting

    install_setting(window, ctx)


def _escalation_banner(ctx: Any, parent: Any) -> Any:
    from wellness_app.ui.care.escalation_banner import make_banner

    return make_banner(ctx, parent)


def _phq9_due_banner(ctx: Any, parent: Any) -> Any:
    from wellness_app.ui.care.crisis_support import phq9_due_banner

    return phq9_due_banner(ctx, parent)


EARLY_WINDOW_EXTENSIONS: list[Callable[[Any, Any], None]] = [_crisis_button]
WINDOW_EXTENSIONS: list[Callable[[Any, Any], None]] = [
    _import_export, _privacy, _install_tray, _onboarding, _language_menu,
    _support_line_setting, _clinician_report,
]
TODAY_BANNERS: list[Callable[[Any, Any], Any]] = [_escalation_banner, _phq9_due_banner]
