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

WINDOW_EXTENSIONS: list[Callable[[Any, Any], None]] = []
TODAY_BANNERS: list[Callable[[Any, Any], Any]] = []


def _import_export(window: Any, ctx: Any) -> None:
    """File → Import… / Export… (issue 6); imported only when the window is built."""
    from wellness_app.ui.io.actions import extend_window

    extend_window(window, ctx)


WINDOW_EXTENSIONS.append(_import_export)
