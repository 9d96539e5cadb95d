"""A small dialog to edit a crisis line or add one's own (name, number, note)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.ui.i18n import translate


class CrisisLineEditor(QDialog):
    def __init__(self, line: CrisisLine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrisisLineEditor", "Edit crisis line") if line
                            else translate("CrisisLineEditor", "Add your own line"))
        self.label = QLineEdit(line.label if line else "")
        self.contact = QLineEdit(line.contact if line else "")
        self.note = QLineEdit(line.note if line else "")
        self.label.setPlaceholderText(
            translate("CrisisLineEditor", "e.g. my therapist, Dr Okafor"))
        self.contact.setPlaceholderText(
            translate("CrisisLineEditor", "phone number, text number or other contact"))
        for widget, name in ((self.label, translate("CrisisLineEditor", "Name")),
                             (self.contact, translate("CrisisLineEditor", "Number or contact")),
                             (self.note, translate("CrisisLineEditor", "Note"))):
            widget.setAccessibleName(name)
        form = QFormLayout(self)
        form.addRow(translate("CrisisLineEditor", "&Name"), self.label)
        form.addRow(translate("CrisisLineEditor", "Number or &contact"), self.contact)
        form.addRow(translate("CrisisLineEditor", "N&ote"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, line: CrisisLine | None
            ) -> tuple[str, str, str] | None:
        """(label, contact, note), or None when cancelled."""
        dialog = cls(line, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.label.text(), dialog.contact.text(), dialog.note.text()
