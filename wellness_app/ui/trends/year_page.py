"""Year in pixels page: a year selector above the painted calendar; a day opens the Journal."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from wellness_app.ui.common import locale_format
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.trends.year_pixels import YearPixels


class YearPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.previous = QPushButton(translate("YearPage", "◀ &Previous year"))
        self.previous.setAccessibleName(translate("YearPage", "Previous year"))
        self.next = QPushButton(translate("YearPage", "&Next year ▶"))
        self.next.setAccessibleName(translate("YearPage", "Next year"))
        self.year_box = QSpinBox()
        self.year_box.setRange(1900, 2200)
        self.year_box.setValue(date.today().year)
        self.year_box.setAccessibleName(translate("YearPage", "Year"))
        label = QLabel(translate("YearPage", "&Year:"))
        label.setBuddy(self.year_box)
        self.pixels = YearPixels()
        self.pixels.activated.connect(self.open_day)
        self.summary = QLabel()
        hint = QLabel(translate("YearPage", "Click a day, or move with the arrow keys and "
                                "press Enter, to open it in the Journal."))
        hint.setWordWrap(True)
        hint.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(label)
        top.addWidget(self.year_box)
        top.addWidget(self.next)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pixels, 1)
        layout.addWidget(hint)
        self.previous.clicked.connect(lambda: self.year_box.setValue(self.year_box.value() - 1))
        self.next.clicked.connect(lambda: self.year_box.setValue(self.year_box.value() + 1))
        self.year_box.valueChanged.connect(lambda _v: self.load())
        ctx.state.entries_changed.connect(self._on_entries_changed)

    def refresh(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        """One small GROUP BY over a year's check-ins: fast enough for the GUI thread."""
        self._stale = False
        year = self.year_box.value()
        means = self.ctx.services.trends.year_moods(year)
        labels = display_labels(self.ctx.services.moods.labels())
        self.pixels.set_year(year, means, labels)
        text = (translate("YearPage", "1 day with a check-in in {year}") if len(means) == 1
                else translate("YearPage", "{count} days with a check-in in {year}"))
        self.summary.setText(text.format(count=locale_format.number(len(means)), year=year))

    def open_payload(self, payload: object) -> None:
        if isinstance(payload, date):
            self.year_box.setValue(payload.year)
            self.pixels.move_to(payload)

    def open_day(self, day: date) -> None:
        self.ctx.state.navigate.emit("journal", day)

    def _on_entries_changed(self, kind: str) -> None:
        if kind in ("mood", "all"):
            self._stale = True
            if self.isVisible():
                self.load()
