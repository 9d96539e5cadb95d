"""Edit one check-in: mood, time, tags, note, energy, anxiety and sleep."""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wellness_app.domain.moods import NOTE_MAX_CHARS, MoodEntry
from wellness_app.domain.timestamps import Moment
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.qt_dates import from_qdatetime, to_qdatetime
from wellness_app.ui.common.widgets.draft_keeper import DraftKeeper
from wellness_app.ui.common.widgets.scales import ScaleCombo, SleepSpin

if TYPE_CHECKING:
    from wellness_app.services.facade import Services


class EntryDialog(QDialog):
    def __init__(self, entry: MoodEntry, labels: dict[int, str],
                 parent: QWidget | None = None, services: Services | None = None) -> None:
        super().__init__(parent)
        self._entry = entry
        self.setWindowTitle(self.tr("Edit entry"))
        self.resize(520, 460)
        form = QFormLayout(self)
        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("Mood"))
        for level in range(1, 6):
            self.mood.addItem(f"{level} · {labels.get(level, level)}", level)
        self.mood.setCurrentIndex(entry.mood - 1)
        form.addRow(self.tr("&Mood"), self.mood)
        self.when = QDateTimeEdit(to_qdatetime(entry.moment.local.replace(tzinfo=None)))
        self.when.setDisplayFormat(locale_format.date_time_pattern())
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        form.addRow(self.tr("&Time"), self.when)
        self.tags = QLineEdit(", ".join(entry.tags))
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("walk, friends, tea"))
        form.addRow(self.tr("T&ags"), self.tags)
        self.energy = ScaleCombo(self.tr("Energy"), entry.energy)
        form.addRow(self.tr("&Energy"), self.energy)
        self.anxiety = ScaleCombo(self.tr("Anxiety"), entry.anxiety)
        form.addRow(self.tr("A&nxiety"), self.anxiety)
        self.sleep = SleepSpin(entry.sleep_hours)
        form.addRow(self.tr("Hours &slept"), self.sleep)
        self.note = QPlainTextEdit(entry.note)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("N&ote"), self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.note.textChanged.connect(self._check_note)
        self.drafts = DraftKeeper(self.note, lambda: services)
        if entry.id is not None and self.drafts.attach(f"journal.entry.{entry.id}", entry.note):
            self.message.setText(self.tr("Your unsaved changes to the note are back."))

    def _check_note(self) -> None:
        too_long = len(self.note.toPlainText()) > NOTE_MAX_CHARS
        self.message.setText(self.tr("The note is over {limit} characters; shorten it to save.")
                             .format(limit=locale_format.number(NOTE_MAX_CHARS))
                             if too_long else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not too_long)

    def result_entry(self) -> MoodEntry:
        """The edited entry (same id, same UTC offset as when it was lived)."""
        offset = timezone(timedelta(minutes=self._entry.moment.offset_minutes))
        local = from_qdatetime(self.when.dateTime()).replace(tzinfo=offset)
        return self._entry.with_changes(
            mood=int(self.mood.currentData()),
            moment=Moment.from_aware(local),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            note=self.note.toPlainText(),
            energy=self.energy.value(),
            anxiety=self.anxiety.value(),
            sleep_hours=self.sleep.hours(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, entry: MoodEntry,
            labels: dict[int, str], services: Services | None = None) -> MoodEntry | None:
        """Show the dialog; the edited entry, or None if cancelled. The note is kept as a
        draft while the dialog is open (a quit or crash loses nothing); Save or Cancel
        ends the draft."""
        dialog = cls(entry, labels, parent, services)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            result = dialog.result_entry() if accepted else None
            dialog.drafts.discard()
            return result
        finally:
            dialog.deleteLater()
