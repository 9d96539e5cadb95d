"""The `Page` protocol every sidebar page follows (registered in `ui/shell/registry.py`).

A page is a QWidget class with class attributes naming it and the kinds of change it
shows; the window builds it on first use with the open journal's context and calls
`refresh()` when it is shown; `follow_changes` (one line in the page's __init__) calls
`refresh(changes)` whenever a write announces a kind it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wellness_app.domain.changes import Change
from wellness_app.ui.common.state import AppState

if TYPE_CHECKING:
    from wellness_app.ui.common.context import UiContext


class Page(Protocol):
    # class attributes (not ClassVar here: mypy then rejects plain class-body values)
    key: str  # settings and `state.navigate` name it by this
    title: str  # QT_TRANSLATE_NOOP("pages", …): the sidebar and the header
    purpose: str  # QT_TRANSLATE_NOOP("pages", …): one sentence under the title
    shortcut: str  # e.g. "Ctrl+3", or ""
    shows: frozenset[Change]  # the kinds of change that make it refresh

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None: ...

    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        """Re-read what is shown; `changes` may be empty (the page was just shown)."""


@runtime_checkable
class TakesPayload(Protocol):
    """A page that `state.navigate.emit(key, payload)` can point somewhere (a day…)."""

    def open_payload(self, payload: object) -> None: ...


def follow_changes(page: QWidget, state: AppState) -> None:
    """Refresh `page` (a `Page`) whenever a write announces a kind it shows; the follower
    goes with the page. Pages that only re-read when visible check `isVisible()`."""
    _Follower(page, state)


class _Follower(QObject):
    def __init__(self, page: QWidget, state: AppState) -> None:
        super().__init__(page)
        self._page = cast(Page, page)
        state.changed.connect(self._on_changed)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & self._page.shows:
            self._page.refresh(changes)
