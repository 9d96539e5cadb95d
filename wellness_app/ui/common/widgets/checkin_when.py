"""When a check-in happened: now (the default), or earlier today, yesterday or another day
and time — so yesterday's mood is logged as yesterday's, as Daylio does on its entry screen.
Keyboard: Alt+W (the label's mnemonic) reaches the choice, Tab the date and time."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from wellness_app.domain.timestamps import Moment
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.qt_dates import from_qdatetime, to_qdatetime

NOW, EARLIER_TODAY, YESTERDAY, OTHER = range(4)
EARLIER_BY = timedelta(hours=1)  # "earlier today" starts an hour back, then adjust


class CheckinWhen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.addItems([self.tr("Now"), self.tr("Earlier today"), self.tr("Yesterday"),
                              self.tr("Another day")])
        self.choice.setAccessibleName(self.tr("When: now or earlier"))
        self.editor = QDateTimeEdit()
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat(locale_format.date_time_pattern())
        self.editor.setAccessibleName(self.tr("Date and time of the check-in"))
        self.editor.setVisible(False)
        label = QLabel(self.tr("&When"))
        label.setBuddy(self.choice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.choice)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        now = datetime.now().replace(second=0, microsecond=0)
        self.editor.setMaximumDateTime(to_qdatetime(now + timedelta(minutes=1)))
        if index == EARLIER_TODAY:
            earlier = max(now - EARLIER_BY, now.replace(hour=0, minute=0))
            self.editor.setDateTime(to_qdatetime(earlier))
        elif index == YESTERDAY:
            self.editor.setDateTime(to_qdatetime(now - timedelta(days=1)))
        elif index == OTHER and self.editor.dateTime() > to_qdatetime(now):
            self.editor.setDateTime(to_qdatetime(now))
        self.editor.setVisible(index != NOW)

    def moment(self) -> Moment | None:
        """None for "now" (the time of saving); otherwise the chosen local date and time."""
        if self.choice.currentIndex() == NOW:
            return None
        chosen = from_qdatetime(self.editor.dateTime())
        return Moment.from_local_naive(chosen.replace(second=0, microsecond=0))

    def set_moment(self, when: datetime, choice: int = OTHER) -> None:
        """Pick `choice` and the local date-time `when` (for tests and tools)."""
        self.choice.setCurrentIndex(choice)
        self.editor.setDateTime(to_qdatetime(when))

    def reset(self) -> None:
        self.choice.setCurrentIndex(NOW)
