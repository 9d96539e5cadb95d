"""Rename the five mood levels (the words, not the scale)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from wellness_app.domain.errors import UserError
from wellness_app.services.facade import Services
from wellness_app.ui.common.display_names import display_labels


class MoodLabelsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moods = services.moods
        self._labels = display_labels(self._moods.labels())  # saved only when edited
        self.setWindowTitle(self.tr("Rename moods"))
        self.setMinimumWidth(340)
        form = QFormLayout(self)
        hint = QLabel(self.tr("Only the words change: 1 is always the lowest mood and 5 the "
                              "highest."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.edits: dict[int, QLineEdit] = {}
        for level in range(5, 0, -1):
            edit = QLineEdit(self._labels[level])
            edit.setMaxLength(24)
            edit.setAccessibleName(self.tr("Name for mood {level}").format(level=level))
            self.edits[level] = edit
            form.addRow(self.tr("Mood {level}").format(level=level), edit)
        self.message = QLabel()
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            for level, edit in self.edits.items():
                if edit.text().strip() != self._labels[level]:
                    self._moods.rename_label(level, edit.text())
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> bool:
        """Show the dialog; True if the labels were saved."""
        dialog = cls(services, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
