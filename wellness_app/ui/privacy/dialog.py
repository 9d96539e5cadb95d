"""The small "Privacy & data" dialog: encryption, auto-lock, backups, data folder, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_app.services import privacy
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.privacy.actions import PrivacyActions


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _=False: slot())
    return button


class PrivacyDialog(QDialog):
    def __init__(self, actions: PrivacyActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy_actions = actions
        self.setWindowTitle(translate("Privacy", "Privacy & data"))
        layout = QVBoxLayout(self)

        box = QGroupBox(translate("Privacy", "Encryption"))
        inner = QVBoxLayout(box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        inner.addWidget(self.status)
        row = QHBoxLayout()
        self.encrypt_button = _button(translate("Privacy", "Encrypt…"),
                                      translate("Privacy", "Encrypt the journal"), self._encrypt)
        self.change_button = _button(translate("Privacy", "Change passphrase…"),
                                     translate("Privacy", "Change passphrase"), self._change)
        self.decrypt_button = _button(translate("Privacy", "Decrypt…"),
                                      translate("Privacy", "Decrypt the journal"), self._decrypt)
        for button in (self.encrypt_button, self.change_button, self.decrypt_button):
            row.addWidget(button)
        inner.addLayout(row)
        form = QFormLayout()
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(translate("Privacy", "Never"))
        self.auto_lock.setSuffix(translate("Privacy", " min"))
        self.auto_lock.setAccessibleName(translate("Privacy", "Lock after idle minutes"))
        self.auto_lock.setValue(actions.ctx.settings.get(Keys.auto_lock_minutes))
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        form.addRow(translate("Privacy", "Lock after being idle for"), self.auto_lock)
        inner.addLayout(form)
        layout.addWidget(box)

        box = QGroupBox(translate("Privacy", "Backups"))
        inner = QVBoxLayout(box)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        inner.addWidget(self.folder)
        row = QHBoxLayout()
        row.addWidget(_button(translate("Privacy", "Back up now"),
                              translate("Privacy", "Back up now"), actions.backup_now))
        row.addWidget(_button(translate("Privacy", "Also back up into…"),
                              translate("Privacy", "Choose an extra backup folder"), self._folder))
        row.addWidget(_button(translate("Privacy", "Restore…"),
                              translate("Privacy", "Restore a backup"), actions.restore))
        inner.addLayout(row)
        layout.addWidget(box)

        row = QHBoxLayout()
        row.addWidget(_button(translate("Privacy", "Open data folder"),
                              translate("Privacy", "Open data folder"), actions.open_data_folder))
        row.addStretch(1)
        row.addWidget(_button(translate("Privacy", "Delete all my data…"),
                              translate("Privacy", "Delete all my data"), self._delete))
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        reason = privacy.encryption_unavailable_reason()
        encrypted = self.privacy_actions.encrypted
        if reason:
            self.status.setText(reason)
        elif encrypted:
            self.status.setText(translate("Privacy", "Your journal and its backups are "
                                          "encrypted with your passphrase."))
        else:
            self.status.setText(translate("Privacy", "Your journal is not encrypted: anyone who "
                                          "can read your files can read it."))
        self.encrypt_button.setEnabled(not reason and not encrypted)
        self.change_button.setEnabled(encrypted)
        self.decrypt_button.setEnabled(encrypted)
        self.auto_lock.setEnabled(encrypted)
        extra = self.privacy_actions.ctx.services.backups.extra_folder()
        backups = self.privacy_actions.ctx.data_dir / "backups"
        if extra:
            text = translate("Privacy", "A backup is made each day you use the app (7 daily, 4 "
                             "weekly and 12 monthly are kept) in {folder} and in {extra}.")
        else:
            text = translate("Privacy", "A backup is made each day you use the app (7 daily, 4 "
                             "weekly and 12 monthly are kept) in {folder}.")
        self.folder.setText(text.format(folder=backups, extra=extra))

    def _encrypt(self) -> None:
        self.privacy_actions.encrypt()
        self.refresh()

    def _change(self) -> None:
        self.privacy_actions.change_passphrase()

    def _decrypt(self) -> None:
        self.privacy_actions.decrypt()
        self.refresh()

    def _folder(self) -> None:
        self.privacy_actions.choose_extra_folder()
        self.refresh()

    def _delete(self) -> None:
        if self.privacy_actions.delete_all():
            self.accept()

    def _auto_lock_changed(self, minutes: int) -> None:
        self.privacy_actions.ctx.settings.set(Keys.auto_lock_minutes, minutes)
        self.privacy_actions.auto_lock_changed.emit(minutes)

    @classmethod
    def ask(cls, actions: PrivacyActions, parent: QWidget | None = None) -> None:
        cls(actions, parent).exec()
