"""The add/edit form for one treatment session (kind, when, clinic, moods, note)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.timestamps import Moment
from wellness_app.domain.treatments import ESKETAMINE_NOTE, TREATMENT_NAMES, TreatmentSession
from wellness_app.services.facade import Services
from wellness_app.ui.common import locale_format, theme
from wellness_app.ui.common.care_text import care_text, treatment_name
from wellness_app.ui.common.qt_dates import from_qdatetime, to_qdatetime


def _mood_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 5)
    box.setSpecialValueText("—")  # 0 = not recorded
    box.setAccessibleName(name)
    return box


class TreatmentForm(QWidget):
    """Emits `submitted(session)` with a TreatmentSession (id set when editing)."""

    submitted = Signal(object)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: TreatmentSession | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Treatment kind"))
        for key in TREATMENT_NAMES:
            self.kind.addItem(treatment_name(key), key)
        self.kind.setPlaceholderText(self.tr("Choose a treatment…"))  # none chosen at first
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(locale_format.date_time_pattern())
        self.when.setAccessibleName(self.tr("Date and time"))
        self.clinic = QLineEdit()
        self.clinic.setMaxLength(200)
        self.clinic.setAccessibleName(self.tr("Clinic"))
        self.before = _mood_box(self.tr("Mood before, 1 to 5"))
        self.after = _mood_box(self.tr("Mood after, 1 to 5"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.driving_note = QLabel(care_text(ESKETAMINE_NOTE))
        self.driving_note.setWordWrap(True)
        self.driving_note.setAccessibleName(self.tr("Esketamine note"))
        self.driving_note.setStyleSheet(
            "border-left: 3px solid palette(highlight); padding: 4px 8px;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "error")
        self.error.setAccessibleName(self.tr("Error"))
        self.save = QPushButton(self.tr("Save session"))
        self.save.setAccessibleName(self.tr("Save session"))
        self.save.setDefault(True)
        self.new = QPushButton(self.tr("New session"))
        self.new.setAccessibleName(self.tr("New session"))

        form = QFormLayout()
        form.addRow(self.tr("&Treatment"), self.kind)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Clinic"), self.clinic)
        moods = QHBoxLayout()
        moods.addWidget(QLabel(self.tr("before")))
        moods.addWidget(self.before)
        moods.addWidget(QLabel(self.tr("after")))
        moods.addWidget(self.after)
        moods.addStretch(1)
        form.addRow(self.tr("Mood (1–5)"), moods)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.driving_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._update_note)
        self.save.clicked.connect(self._submit)
        self.new.clicked.connect(self.new_requested)
        self.clear()

    @property
    def editing(self) -> TreatmentSession | None:
        return self._editing

    def keep_drafts(self, services: Callable[[], Services | None]) -> None:
        """Keep the note as a draft until saved (`services`: the open journal's)."""
        from wellness_app.ui.common.widgets.draft_keeper import DraftKeeper

        self.drafts = DraftKeeper(self.note, services)
        key = f"treatment.{self._editing.id}" if self._editing else "treatment.new"
        self.drafts.attach(key, self._editing.note if self._editing else "")

    def _switch_draft(self, key: str, baseline: str) -> None:
        drafts = getattr(self, "drafts", None)
        if drafts is not None:
            drafts.attach(key, baseline)

    def _flush_draft(self) -> None:
        drafts = getattr(self, "drafts", None)
        if drafts is not None:
            drafts.flush()

    def draft_saved(self) -> None:
        """The session was saved: its draft ends (the saved text is the new baseline)."""
        drafts = getattr(self, "drafts", None)
        if drafts is not None:
            drafts.discard()
            drafts.baseline = self.note.toPlainText()

    def clear(self) -> None:
        """A blank form for a new session, now."""
        self._flush_draft()  # the text typed for the previous session is kept
        self._editing = None
        self.heading.setText(self.tr("New session"))
        self.kind.setCurrentIndex(-1)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.clinic.clear()
        self.note.clear()
        self.before.setValue(0)
        self.after.setValue(0)
        self.error.clear()
        self._update_note()
        self._switch_draft("treatment.new", "")

    def load(self, item: TreatmentSession) -> None:
        self._flush_draft()
        self._editing = item
        self.heading.setText(self.tr("Edit session"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        local = item.moment.local.replace(tzinfo=None)
        self.when.setDateTime(to_qdatetime(local))
        self.clinic.setText(item.clinic)
        self.note.setPlainText(item.note)
        self.before.setValue(item.mood_before or 0)
        self.after.setValue(item.mood_after or 0)
        self.error.clear()
        self._update_note()
        self._switch_draft(f"treatment.{item.id}", item.note)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def current(self) -> TreatmentSession:
        when = from_qdatetime(self.when.dateTime())
        moment = Moment.from_local_naive(when)
        if (self._editing is not None
                and self._editing.moment.local.replace(tzinfo=None, second=0, microsecond=0)
                == when.replace(second=0, microsecond=0)):
            moment = self._editing.moment  # unchanged: keep the offset it was lived in
        values = {
            "moment": moment, "kind": self.kind.currentData(),
            "clinic": self.clinic.text(), "note": self.note.toPlainText(),
            "mood_before": self.before.value() or None, "mood_after": self.after.value() or None,
        }
        if self._editing is not None:
            return self._editing.with_changes(**values)
        return TreatmentSession(**values)

    def _update_note(self) -> None:
        self.driving_note.setVisible(self.kind.currentData() == "esketamine-nasal-spray")

    def _submit(self) -> None:
        self.error.clear()
        if self.kind.currentIndex() < 0:
            self.error.setText(self.tr("Choose which treatment this session was."))
            self.kind.setFocus()
            return
        self.submitted.emit(self.current())
