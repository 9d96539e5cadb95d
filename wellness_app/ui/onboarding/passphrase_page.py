"""The optional passphrase step: typed twice, a length hint, a plain warning that a lost
passphrase cannot be recovered. A mismatch keeps "Next" disabled and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wellness_app.services import Database, privacy
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.onboarding.choices import Choices
from wellness_app.ui.onboarding.steps import StepPage, error_label, paragraph


def strength_hint(passphrase: str) -> str:
    """A rough, honest hint based on length (word lists are the real strength)."""
    if not passphrase:
        return translate("Onboarding", "Optional: leave both fields empty to continue without "
                         "a passphrase.")
    if len(passphrase) < 8:
        return translate("Onboarding", "Very short: easy to guess. Several unrelated words are "
                         "stronger.")
    if len(passphrase) < 14:
        return translate("Onboarding", "Fair. Longer is stronger: try four unrelated words.")
    return translate("Onboarding", "Good length.")


class PassphrasePage(StepPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(translate("Onboarding", "A passphrase (optional)"))
        layout = QVBoxLayout(self)
        self.first: QLineEdit | None = None
        self.second: QLineEdit | None = None
        unavailable = privacy.encryption_unavailable_reason()
        if db.passphrase:
            layout.addWidget(paragraph(translate("Onboarding",
                "Your journal is already encrypted. You can change or remove the passphrase "
                "under Privacy → Privacy & data.")))
        elif unavailable:
            layout.addWidget(paragraph(translate("Onboarding",
                "Encryption is not available on this computer, so this step is skipped:")))
            layout.addWidget(paragraph(unavailable))
        else:
            self._build_fields(layout)
        layout.addStretch(1)

    def _build_fields(self, layout: QVBoxLayout) -> None:
        layout.addWidget(paragraph(translate("Onboarding",
            "With a passphrase, your journal and its backups are encrypted: nobody who gets "
            "your files can read them. You type it each time the app starts.")))
        warning = paragraph(translate("Onboarding",
            "Write it down somewhere safe. A lost passphrase cannot be recovered: without it "
            "the journal and its backups cannot be opened, by you or anyone else."))
        font = warning.font()
        font.setBold(True)
        warning.setFont(font)
        layout.addWidget(warning)
        self.first = QLineEdit()
        self.second = QLineEdit()
        form = QFormLayout()
        for edit, name in ((self.first, translate("Onboarding", "Passphrase")),
                           (self.second, translate("Onboarding", "Repeat the passphrase"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._changed)
            form.addRow(name, edit)
        layout.addLayout(form)
        self.hint = QLabel(strength_hint(""))
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("Onboarding", "Passphrase strength"))
        layout.addWidget(self.hint)
        self.error = error_label()
        layout.addWidget(self.error)

    def _problem(self) -> str:
        if self.first is None or self.second is None:
            return ""
        first, second = self.first.text(), self.second.text()
        if first == second:
            return ""
        if not second:
            return translate("Onboarding", "Repeat the passphrase to go on, or clear it to "
                             "continue without one.")
        return translate("Onboarding", "The two passphrases differ.")

    def _changed(self) -> None:
        if self.first is not None:
            self.hint.setText(strength_hint(self.first.text()))
        problem = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem() and super().isComplete()

    def store(self, choices: Choices) -> None:
        if self.first is not None and not self._problem():
            choices.passphrase = self.first.text() or None
