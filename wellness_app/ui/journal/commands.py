"""Undoable journal edits (QUndoStack commands): delete and edit a mood entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from wellness_app.domain.moods import MoodEntry
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.i18n import translate


class DeleteEntry(QUndoCommand):
    """Redo deletes; undo restores the entry with its original id."""

    def __init__(self, moods: MoodService, entry: MoodEntry,
                 changed: Callable[[], None]) -> None:
        super().__init__(translate("JournalCommands", "delete entry"))
        self._moods, self._entry, self._changed = moods, entry, changed

    @property
    def entry_id(self) -> int | None:
        return self._entry.id

    def redo(self) -> None:
        assert self._entry.id is not None
        self._entry = self._moods.delete(self._entry.id)
        self._changed()

    def undo(self) -> None:
        self._entry = self._moods.restore(self._entry)
        self._changed()


class EditEntry(QUndoCommand):
    """Redo saves the new version; undo puts the old one back."""

    def __init__(self, moods: MoodService, before: MoodEntry, after: MoodEntry,
                 changed: Callable[[], None]) -> None:
        super().__init__(translate("JournalCommands", "edit entry"))
        self._moods, self._before, self._after, self._changed = moods, before, after, changed

    @property
    def entry_id(self) -> int | None:
        return self._after.id

    def redo(self) -> None:
        self._after = self._moods.update(self._after)
        self._changed()

    def undo(self) -> None:
        self._before = self._moods.update(self._before)
        self._changed()
