"""Five large mood buttons (one exclusive choice), coloured from ui.mood_colors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.mood_colors import MOOD_HEX, MOOD_TEXT_HEX


class MoodButtons(QWidget):
    #: the chosen level (1–5), or 0 when cleared
    chosen = Signal(int)

    def __init__(self, labels: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QPushButton] = {}
        for level in range(1, 6):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(64)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setObjectName(f"mood{level}")
            button.setStyleSheet(
                f"QPushButton#mood{level} {{ background: {MOOD_HEX[level]};"
                f" color: {MOOD_TEXT_HEX[level]}; border: 3px solid transparent;"
                " border-radius: 10px; font-size: 15px; padding: 6px; }"
                f" QPushButton#mood{level}:checked {{ border: 3px solid palette(text);"
                " font-weight: bold; }"
                f" QPushButton#mood{level}:focus {{ border: 3px dashed palette(highlight); }}"
                f" QPushButton#mood{level}:checked:focus {{ border: 3px solid palette(highlight);"
                " }")
            self.group.addButton(button, level)
            self.buttons[level] = button
            layout.addWidget(button)
        self.group.idClicked.connect(self.chosen.emit)
        self.set_labels(labels)

    def set_labels(self, labels: dict[int, str]) -> None:
        for level, button in self.buttons.items():
            name = labels.get(level, str(level))
            checked = "✓ " if button.isChecked() else ""
            button.setText(f"{checked}{name}\n{level}")
            button.setAccessibleName(translate("MoodButtons", "Mood {level}: {name}").format(
                level=level, name=name))
            button.setToolTip(translate("MoodButtons", "Press {level}").format(level=level))
        self._labels = dict(labels)

    def value(self) -> int:
        return max(self.group.checkedId(), 0)

    def select(self, level: int) -> None:
        if level in self.buttons:
            self.buttons[level].setChecked(True)
            self.set_labels(self._labels)
            self.chosen.emit(level)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.set_labels(self._labels)
        self.chosen.emit(0)
