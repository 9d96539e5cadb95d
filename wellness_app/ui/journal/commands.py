"""Undoable journal edits (QUndoStack commands): delete and edit a mood entry.

The writes themselves run off the GUI thread, one after another in the order asked
(`write` schedules them: `JournalPage._write`), so Ctrl+Z straight after Delete restores
what the delete removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from wellness_app.domain.moods import MoodEntry
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.i18n import translate

#: schedules a write (run off the GUI thread, in order); the page announces the change
Write = Callable[[Callable[[], object]], None]


class DeleteEntry(QUndoCommand):
    """Redo deletes; undo restores the entry with its original id."""

    def __init__(self, moods: MoodService, entry: MoodEntry, write: Write) -> None:
        super().__init__(translate("JournalCommands", "delete entry"))
        self._moods, self._entry, self._write = moods, entry, write

    @property
    def entry_id(self) -> int | None:
        return self._entry.id

    def redo(self) -> None:
        self._write(self._delete)

    def undo(self) -> None:
        self._write(self._restore)

    def _delete(self) -> None:  # on the write lane
        assert self._entry.id is not None
        self._entry = self._moods.delete(self._entry.id)

    def _restore(self) -> None:  # on the write lane
        self._entry = self._moods.restore(self._entry)


class EditEntry(QUndoCommand):
    """Redo saves the new version; undo puts the old one back."""

    def __init__(self, moods: MoodService, before: MoodEntry, after: MoodEntry,
                 write: Write) -> None:
        super().__init__(translate("JournalCommands", "edit entry"))
        self._moods, self._before, self._after, self._write = moods, before, after, write

    @property
    def entry_id(self) -> int | None:
        return self._after.id

    def redo(self) -> None:
        self._write(self._save_after)

    def undo(self) -> None:
        self._write(self._save_before)

    def _save_after(self) -> None:  # on the write lane
        self._after = self._moods.update(self._after)

    def _save_before(self) -> None:  # on the write lane
        self._before = self._moods.update(self._before)
