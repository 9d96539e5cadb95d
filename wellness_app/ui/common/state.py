"""Application-wide signals: pages refresh only what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppState(QObject):
    """Emitted after a service call changed data, or to move between pages."""

    #: kind of data that changed: "mood", "tags", "light", "activity", "selfcare",
    #: "medication", "assessment", "treatment", "safety_plan", "mood_labels" (renamed),
    #: "all" (after an import)
    entries_changed = Signal(str)
    #: ask the main window to show a page: (page key, optional payload such as a date)
    navigate = Signal(str, object)
    #: a short confirmation for the status bar
    status_message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        #: set once the person chose Quit (or the session ends): closing then really closes
        self.quitting = False
