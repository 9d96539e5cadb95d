"""The `Page` protocol every sidebar page follows (registered in `ui/shell/registry.py`).

A page is a QWidget class with class attributes naming it and the kinds of change it
shows; the window builds it on first use with the open journal's context, calls
`refresh(changes)` when it is shown (with what changed while it was hidden, possibly
nothing) and while it is shown, whenever a write announces a kind it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wellness_app.domain.changes import Change
    from wellness_app.ui.common.context import UiContext


class Page(Protocol):
    key: ClassVar[str]  # settings and `state.navigate` name it by this
    title: ClassVar[str]  # QT_TRANSLATE_NOOP("pages", …): the sidebar and the header
    purpose: ClassVar[str]  # QT_TRANSLATE_NOOP("pages", …): one sentence under the title
    shortcut: ClassVar[str]  # e.g. "Ctrl+3", or ""
    shows: ClassVar[frozenset[Change]]  # the kinds of change that make it refresh

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None: ...

    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        """Re-read what is shown; `changes` may be empty (the page was just shown)."""


@runtime_checkable
class TakesPayload(Protocol):
    """A page that `state.navigate.emit(key, payload)` can point somewhere (a day…)."""

    def open_payload(self, payload: object) -> None: ...
