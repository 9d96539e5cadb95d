"""Every keyboard shortcut a main window binds, with where it applies (tests only)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

GLOBAL = "anywhere"


class Binding(NamedTuple):
    keys: str  # portable text, e.g. "Ctrl+Shift+E"
    scope: str  # GLOBAL, a page key, or "widget:<id>" for a widget-only shortcut
    page: str  # the page it lives on, or GLOBAL
    what: str


def _binding(keys: QKeySequence, window: QWidget, pages: dict[int, str],
             widget: QWidget | None, context: Qt.ShortcutContext, what: str) -> Binding:
    page = _page(window, pages, widget)
    local = context in (Qt.ShortcutContext.WidgetShortcut,
                        Qt.ShortcutContext.WidgetWithChildrenShortcut)
    scope = f"widget:{id(widget)}" if local and widget is not None else page
    return Binding(keys.toString(QKeySequence.SequenceFormat.PortableText), scope, page, what)


def _page(window: QWidget, pages: dict[int, str], widget: QWidget | None) -> str:
    node = widget
    while node is not None and node is not window:
        if id(node) in pages:
            return pages[id(node)]
        node = node.parentWidget()
    return GLOBAL


def bindings(window: QWidget, pages: dict[str, QWidget]) -> list[Binding]:
    """Shortcuts of actions, QShortcuts and buttons in `window` (menus included)."""
    by_id = {id(widget): key for key, widget in pages.items()}
    found: list[Binding] = []
    actions = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update(widget.actions())
    for action in actions:
        holders = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        places = [h for h in holders if not isinstance(h, QMenu)] or [window]
        for sequence in action.shortcuts():
            for place in places:
                found.append(_binding(sequence, window, by_id, place,
                                      action.shortcutContext(), action.text()))
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            found.append(_binding(sequence, window, by_id, _widget(shortcut.parent()),
                                  shortcut.context(), "QShortcut"))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            found.append(_binding(button.shortcut(), window, by_id, button,
                                  Qt.ShortcutContext.WindowShortcut, button.text()))
    return [b for b in found if b.keys and not b.keys.startswith("Alt+")]


def duplicates(found: list[Binding]) -> list[str]:
    """Keys bound twice where both could fire: the same scope, or a page and anywhere."""
    seen: dict[tuple[str, str], Binding] = {}
    problems = []
    for binding in sorted(set(found), key=lambda b: (b.scope != GLOBAL, b)):
        clash = seen.get((binding.keys, binding.scope)) or (
            seen.get((binding.keys, GLOBAL)) if not binding.scope.startswith("widget:")
            else None)
        if clash is not None and clash != binding:
            problems.append(f"{binding.keys}: {clash.what!r} ({clash.scope}) and "
                            f"{binding.what!r} ({binding.scope})")
        seen.setdefault((binding.keys, binding.scope), binding)
    return problems


def _widget(obj: object) -> QWidget | None:
    return obj if isinstance(obj, QWidget) else None
