"""Daylio custom mood names → levels 1–5, pre-filled with the app's proposals."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_app.services.io.daylio_moods import Proposal


class MoodMapDialog(QDialog):
    def __init__(self, proposals: list[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daylio moods"))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("Your Daylio export uses mood names of your own. The app "
                               "proposes a level for each (1 = awful … 5 = rad): check them "
                               "and change any that are wrong. Each entry keeps its name."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for proposal in proposals:
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(proposal.level)
            spin.setAccessibleName(self.tr("Level for {name}").replace("{name}", proposal.name))
            row = QHBoxLayout()
            row.addWidget(spin)
            if proposal.reason == "guess":
                row.addWidget(QLabel(self.tr("(a guess: please check)")))
            row.addStretch(1)
            form.addRow(proposal.name, row)
            self.spins[proposal.name] = spin
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()  # a file with twenty names still fits a 600-pixel screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, int]:
        return {name.casefold(): spin.value() for name, spin in self.spins.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, proposals: list[Proposal]) -> dict[str, int] | None:
        dialog = cls(proposals, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
