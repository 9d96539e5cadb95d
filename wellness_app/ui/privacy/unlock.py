"""The unlock dialog (start-up, after auto-lock) and passphrase entry dialogs.

The typed passphrase is handed to the caller and never stored, logged or put in settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wellness_app.ui.common import theme
from wellness_app.ui.common.i18n import translate


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class UnlockDialog(QDialog):
    """Asks for the passphrase until `check(passphrase)` returns None (or the person quits).

    `check` returns an error message to show, or None when the passphrase opens the journal.
    """

    def __init__(self, check: Callable[[str], str | None], message: str = "",
                 parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Privacy", "Unlock your journal"))
        self.setMinimumWidth(380)
        self._check = check
        self.passphrase: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(message or translate(
            "Privacy", "Your journal is encrypted. Enter your passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = _secret(translate("Privacy", "Passphrase"))
        layout.addWidget(self.edit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "error", "font-weight: bold; padding: 4px;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Privacy", "Unlock"))
        ok.setAccessibleName(translate("Privacy", "Unlock"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Privacy", "Quit"))
        cancel.setAccessibleName(translate("Privacy", "Quit"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from wellness_app.ui.crisis.button import SHORTCUT, locked_crisis_panel

        self.crisis = locked_crisis_panel(self, data_dir)
        layout.addWidget(self.crisis)
        shortcut = QShortcut(QKeySequence(SHORTCUT), self)
        shortcut.activated.connect(self.crisis.crisis_button.click)
        self.edit.setFocus()

    def _try(self) -> None:
        text = self.edit.text()
        problem = self._check(text) if text else translate("Privacy", "Enter your passphrase.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.edit.selectAll()
            return
        self.passphrase = text
        self.edit.clear()
        self.accept()

    @classmethod
    def ask(cls, check: Callable[[str], str | None], message: str = "",
            parent: QWidget | None = None, data_dir: Path | None = None) -> str | None:
        dialog = cls(check, message, parent, data_dir)
        return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None


MIN_PASSPHRASE = 10


class NewPassphraseDialog(QDialog):
    """A new passphrase typed twice (and the current one, when changing)."""

    def __init__(self, with_current: bool, parent: QWidget | None = None,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Privacy", "Choose a passphrase"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        note = QLabel(translate("Privacy", "There is no way to recover a forgotten passphrase: "
                                "without it the journal and its backups cannot be opened."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.current = _secret(translate("Privacy", "Current passphrase")) if with_current else None
        if self.current is not None:
            form.addRow(translate("Privacy", "Current passphrase"), self.current)
        self.first = _secret(translate("Privacy", "New passphrase"))
        self.second = _secret(translate("Privacy", "Repeat the new passphrase"))
        form.addRow(translate("Privacy", "New passphrase"), self.first)
        form.addRow(translate("Privacy", "Repeat"), self.second)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        if intro:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                translate("Privacy", "Not now"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _try(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.setText(translate("Privacy", "A passphrase needs at least {count} "
                                         "characters; a few unusual words are easy to "
                                         "remember.").format(count=MIN_PASSPHRASE))
        elif self.first.text() != self.second.text():
            self.error.setText(translate("Privacy", "The two passphrases differ."))
        else:
            self.accept()
            return
        self.error.show()

    @classmethod
    def ask(cls, with_current: bool, parent: QWidget | None = None,
            intro: str = "") -> tuple[str | None, str] | None:
        """(current or None, new), or None if cancelled."""
        dialog = cls(with_current, parent, intro)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        current = dialog.current.text() if dialog.current is not None else None
        return current, dialog.first.text()
