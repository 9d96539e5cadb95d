"""Daylio custom mood names → levels 1–5, asked once per import."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class MoodMapDialog(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daylio moods"))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("Your Daylio export uses mood names this app does not know. "
                               "Choose a level for each: 1 = awful … 5 = great."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for name in names:
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(3)
            spin.setAccessibleName(self.tr("Level for {name}").replace("{name}", name))
            form.addRow(name, spin)
            self.spins[name] = spin
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, int]:
        return {name.casefold(): spin.value() for name, spin in self.spins.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> dict[str, int] | None:
        dialog = cls(names, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
