""""Where are you?": a country search list for the crisis screen (shown first while the
country is unknown, and behind "Change country…")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.crisis_lines import ELSEWHERE, SEARCH_ALIASES
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.i18n import translate


class CountryPicker(QWidget):
    chosen = Signal(str)

    def __init__(self, countries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel("<h3>{}</h3>".format(translate("CrisisCountry", "Where are you?")))
        self.hint = QLabel(translate(
            "CrisisCountry", "Choose your country to see its crisis lines. Type to search."))
        self.hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("CrisisCountry", "Search for a country"))
        self.search.setAccessibleName(translate("CrisisCountry", "Search for a country"))
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("CrisisCountry", "Countries"))
        self.list.setMinimumHeight(120)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(
            Qt.ItemDataRole.UserRole)))
        for code, name in countries:
            shown = care_text(name)
            label = shown if code == ELSEWHERE else f"{shown} ({code})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            words = " | ".join((shown, name, code, *SEARCH_ALIASES.get(code, ())))
            item.setData(Qt.ItemDataRole.UserRole + 1, words.casefold())
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.choose = QPushButton(translate("CrisisCountry", "&Use this country"))
        self.choose.setAccessibleName(translate("CrisisCountry", "Use this country"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self._choose_current)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.choose)
        for widget in (self.title, self.hint):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)

    def _filter(self, text: str) -> None:
        """Show the countries whose names contain the text; highlight an exact name or
        code first ("de" → Germany, not Sweden), else the first that starts with it."""
        needle = text.strip().casefold()
        best: tuple[int, int] | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            words = item.data(Qt.ItemDataRole.UserRole + 1).split(" | ")
            match = any(needle in word for word in words)
            item.setHidden(not match)
            if not match:
                continue
            rank = (0 if needle in words else 1 if any(w.startswith(needle) for w in words)
                    else 2)
            if best is None or rank < best[0]:
                best = (rank, row)
        if best is not None:
            self.list.setCurrentRow(best[1])

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search field chooses the highlighted country; arrows move."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_current()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.list.setFocus()
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)
