"""Application-wide signals: pages refresh only what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wellness_app.domain.changes import ALL, Change


class AppState(QObject):
    """Emitted after a service call changed data, or to move between pages."""

    #: what a write changed: a frozenset[Change] (use `announce`)
    changed = Signal(object)
    #: legacy string kinds (being replaced by `changed`): "mood", "tags", "light", …, "all"
    entries_changed = Signal(str)
    #: ask the main window to show a page: (page key, optional payload such as a date)
    navigate = Signal(str, object)
    #: a short confirmation for the status bar
    status_message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        #: set once the person chose Quit (or the session ends): closing then really closes
        self.quitting = False

    def announce(self, *changes: Change) -> None:
        """Tell every screen what a write changed (pages refresh only for kinds they show)."""
        kinds = frozenset(changes)
        self.changed.emit(kinds)
        # LEGACY (delete with `entries_changed` once no page listens to it): the old string
        # kinds, "all" once for everything
        for kind in (["all"] if kinds == ALL else sorted(kinds)):
            self.entries_changed.emit(str(kind))
