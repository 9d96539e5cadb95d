"""A small dialog to edit a crisis line or add one's own (name, number, note).

A line without a name or a number, or with a line break, is refused right here with one
clear sentence; the dialog stays open, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from wellness_app.domain.crisis_lines import CrisisLine, check_line
from wellness_app.domain.errors import ValidationError
from wellness_app.ui.common import theme
from wellness_app.ui.common.i18n import translate


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
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(translate("CrisisLineEditor", "Problem"))
        theme.set_tone(self.error, "error")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.label.text(), self.contact.text(), self.note.text()

    def _save(self) -> None:
        try:
            check_line(*self.values())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            (self.label if not self.label.text().strip() else self.contact).setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, line: CrisisLine | None
            ) -> tuple[str, str, str] | None:
        """(label, contact, note), or None when cancelled."""
        dialog = cls(line, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
