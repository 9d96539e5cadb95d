"""A time-of-day editor for "when did it happen today" (defaults to now)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QTimeEdit, QWidget

from wellness_app.domain.timestamps import Moment


class WhenEdit(QTimeEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(QTime.currentTime(), parent)
        # the locale's clock: 9:05 PM · 21:05
        self.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.setAccessibleName(accessible_name)
        self.setMaximumWidth(160)

    def moment(self) -> Moment:
        """Today at the chosen time, in this computer's zone."""
        t = self.time()
        when = datetime.combine(datetime.now().date(), time(t.hour(), t.minute()))
        return Moment.from_local_naive(when)

    def reset(self) -> None:
        self.setTime(QTime.currentTime())
