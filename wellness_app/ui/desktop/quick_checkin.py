"""A small keyboard-first check-in window: a digit for the mood, type tags, Enter saves,
Esc closes. Reachable from the tray on low-energy days."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.errors import UserError
from wellness_app.services.facade import Services
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.crisis.support_line import SupportLineRow


class QuickCheckIn(QDialog):
    """Digit 1–5 picks the mood (while the tag field is empty), Enter saves, Esc closes.
    After a hard check-in (mood 1; it has no note) the window stays
    open with Today's calm support line and a way to crisis support instead of closing."""

    saved = Signal(int)  # entry id
    crisis_requested = Signal()  # the "Crisis support" button

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moods = services.moods
        self._support = services.support_line
        self.setWindowTitle(self.tr("Quick check-in"))
        self.setAccessibleName(self.tr("Quick check-in"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        labels = display_labels(self._moods.labels())

        prompt = QLabel(self.tr("How are you feeling? Press 1–5, add tags, then Enter."))
        prompt.setWordWrap(True)
        self.mood_group = QButtonGroup(self)
        self.mood_group.setExclusive(True)
        row = QHBoxLayout()
        for level in range(1, 6):
            button = QPushButton(f"{level}\n{labels[level]}")
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.setAccessibleName(self.tr("Mood {0}: {1}").format(level, labels[level]))
            self.mood_group.addButton(button, level)
            row.addWidget(button)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("tags, separated by commas (optional)"))
        self.tags.setAccessibleName(self.tr("Tags"))
        names = [tag.name for tag in services.tags.all()]
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.tags.installEventFilter(self)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Check-in status"))
        save = QPushButton(self.tr("Save"))
        save.setDefault(True)
        save.setAccessibleName(self.tr("Save check-in"))
        save.clicked.connect(self.save)
        self.save_button = save
        self.support_line = SupportLineRow()  # Today's calm line (ui/care/support_line.py)
        self.support_line.setObjectName("quickCheckinSupportLine")
        self.support_line.open_requested.connect(self.crisis_requested)
        self.support_label = self.support_line.label
        self.support_button = self.support_line.button

        self.crisis_button = QPushButton(self.tr("Crisis support"))
        self.crisis_button.setObjectName("quickCheckinCrisis")
        self.crisis_button.setAccessibleName(self.tr("Crisis support"))
        self.crisis_button.setToolTip(self.tr("Your safety plan and crisis lines "
                                              "(Ctrl+Shift+H)"))
        self.crisis_button.setAutoDefault(False)
        self.crisis_button.clicked.connect(self.crisis_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(row)
        layout.addWidget(self.tags)
        layout.addWidget(self.message)
        layout.addWidget(self.support_line)
        bottom = QHBoxLayout()
        bottom.addWidget(self.crisis_button)
        bottom.addStretch(1)
        bottom.addWidget(save)
        layout.addLayout(bottom)
        self.tags.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tags and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if not self.tags.text() and event.text() in {"1", "2", "3", "4", "5"}:
                self.select_mood(int(event.text()))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.support_line.isVisible():  # saved already: digits log nothing more
            super().keyPressEvent(event)
            return
        if event.text() in {"1", "2", "3", "4", "5"}:
            self.select_mood(int(event.text()))
            return
        super().keyPressEvent(event)

    def select_mood(self, level: int) -> None:
        self.mood_group.button(level).setChecked(True)
        self.message.setText("")

    def save(self) -> None:
        level = self.mood_group.checkedId()
        if level < 1:
            self.message.setText(self.tr("Pick a mood first: press 1 to 5."))
            return
        tags = [t for t in self.tags.text().split(",") if t.strip()]
        try:
            entry = self._moods.log(level, tags=tags)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        assert entry.id is not None
        self.saved.emit(entry.id)
        if self._support.after_checkin(entry):
            self._show_support_line()
        else:
            self.accept()

    def _show_support_line(self) -> None:
        """Saved; stay open with the line (never a pop-up). Enter or Esc closes."""
        self.message.setText(self.tr("Saved."))
        for button in self.mood_group.buttons():
            button.setEnabled(False)
        self.tags.setEnabled(False)
        self.save_button.clicked.disconnect(self.save)
        self.save_button.clicked.connect(self.accept)
        self.save_button.setText(self.tr("Close"))
        self.save_button.setAccessibleName(self.tr("Close"))
        self.support_line.show()
        self.save_button.setFocus()
