"""Hooks that let features add to shared screens without editing them.

- WINDOW_EXTENSIONS: `(window: MainWindow, ctx: UiContext) -> None`, called at the end of
  MainWindow.__init__ (toolbar buttons, menu actions, shortcuts, tray…).
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


def _crisis_support(window: Any, ctx: Any) -> None:
    from wellness_app.ui.care.crisis_support import install_crisis_support

    install_crisis_support(window, ctx)


def _onboarding(window: Any, ctx: Any) -> None:
    from wellness_app.ui.onboarding.extension import install

    install(window, ctx)


def _escalation_banner(ctx: Any, parent: Any) -> Any:
    from wellness_app.ui.care.escalation_banner import make_banner

    return make_banner(ctx, parent)


def _phq9_due_banner(ctx: Any, parent: Any) -> Any:
    from wellness_app.ui.care.crisis_support import phq9_due_banner

    return phq9_due_banner(ctx, parent)


WINDOW_EXTENSIONS: list[Callable[[Any, Any], None]] = [
    _import_export, _privacy, _crisis_support, _install_tray, _onboarding,
]
TODAY_BANNERS: list[Callable[[Any, Any], Any]] = [_escalation_banner, _phq9_due_banner]
