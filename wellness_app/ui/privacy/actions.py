"""What the Privacy menu and the "Privacy & data" dialog do. Every dialog is asked through a
`@classmethod ask`, so tests monkeypatch them; errors the person caused are shown, not raised."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from wellness_app.domain.changes import ALL
from wellness_app.domain.errors import UserError
from wellness_app.paths import AppPaths
from wellness_app.services import privacy
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.settings import Key, Settings, T
from wellness_app.ui.privacy.restore import RestoreDialog
from wellness_app.ui.privacy.unlock import NewPassphraseDialog, UnlockDialog

log = logging.getLogger(__name__)


class Notice:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str, *, error: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        QMessageBox(icon, translate("Privacy", "Privacy & data"), text,
                    QMessageBox.StandardButton.Ok, parent).exec()


class Confirm:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, translate("Privacy", "Privacy & data"), text)
        return answer == QMessageBox.StandardButton.Yes


class TypedConfirmation:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> str:
        value, ok = QInputDialog.getText(parent, translate("Privacy", "Delete all my data"), text)
        return value if ok else ""


class FolderChooser:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent,
                                                  translate("Privacy", "Also back up into…"))
        return Path(chosen) if chosen else None


def app_paths(ctx: UiContext) -> AppPaths:
    return AppPaths(ctx.data_dir, ctx.log_dir, Path(ctx.settings.path).parent)


class PrivacyActions(QObject):
    auto_lock_changed = Signal(int)
    lock_requested = Signal()

    def __init__(self, window: QWidget, ctx: UiContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx

    @property
    def encrypted(self) -> bool:
        return bool(self.ctx.db.passphrase)

    def _run(self, work: Callable[[], object], done: str) -> bool:
        try:
            work()
        except UserError as exc:
            Notice.ask(self.window, str(exc), error=True)
            return False
        except OSError as exc:
            Notice.ask(self.window, translate("Privacy", "The file could not be written: "
                                              "{error}").format(error=exc.strerror),
                       error=True)
            return False
        if done:
            self.ctx.state.status_message.emit(done)
        return True

    def encrypt(self) -> bool:
        reason = privacy.encryption_unavailable_reason()
        if reason:
            Notice.ask(self.window, reason, error=True)
            return False
        answer = NewPassphraseDialog.ask(False, self.window)
        if answer is None:
            return False
        done: list[privacy.EncryptionReport] = []
        if not self._run(lambda: done.append(privacy.encrypt_live(self.ctx.db, answer[1])), ""):
            return False
        report = done[0]
        self.ctx.state.status_message.emit(translate(
            "Privacy", "Encrypted: the journal and {count} backup copies.").format(
                count=len(report.copies)))
        if report.left_plain and Confirm.ask(self.window, translate(
                "Privacy", "These copies are too damaged to encrypt and are still "
                "unencrypted. Delete them?") + "\n\n" + "\n".join(map(str, report.left_plain))):
            privacy.remove_copies(report.left_plain)
        return True

    def change_passphrase(self) -> bool:
        answer = NewPassphraseDialog.ask(True, self.window)
        if answer is None:
            return False
        old, new = answer
        return self._run(lambda: privacy.change_passphrase_live(self.ctx.db, old or "", new),
                         translate("Privacy", "Passphrase changed."))

    def decrypt(self) -> bool:
        if not Confirm.ask(self.window, translate("Privacy", "Store the journal unencrypted? "
                                                  "Anyone who can read your files could then "
                                                  "read it.")):
            return False
        key = self._ask_passphrase(
            translate("Privacy", "Enter your passphrase to decrypt the journal."))
        if key is None:
            return False
        return self._run(lambda: privacy.decrypt_live(self.ctx.db, key),
                         translate("Privacy", "The journal is no longer encrypted."))

    def backup_now(self) -> bool:
        made: list[Path] = []
        ok = self._run(lambda: made.extend(self.ctx.services.backups.backup_now()), "")
        if ok:
            self.ctx.state.status_message.emit(
                translate("Privacy", "Backed up to {path}").format(path=made[0]))
        return ok

    def choose_extra_folder(self) -> bool:
        folder = FolderChooser.ask(self.window)
        if folder is None:
            return False
        return self._run(lambda: self.ctx.services.backups.set_extra_folder(folder),
                         translate("Privacy", "Backups also go to {folder}").format(
                             folder=folder))

    def restore(self) -> bool:
        chosen = RestoreDialog.ask(self.ctx.services.backups.list(), self.window)
        if chosen is None:
            return False
        key = self.ctx.db.passphrase
        if chosen.encrypted and not privacy.opens(chosen.path, key):  # another key or salt
            key = self._ask_passphrase(
                translate("Privacy", "This backup is encrypted. Enter its passphrase."),
                chosen.path)
            if key is None:
                return False
        aside: list[Path | None] = []
        ok = self._run(lambda: aside.append(privacy.restore_live(self.ctx.db, chosen.path, key)),
                       translate("Privacy", "Journal restored from the backup."))
        if ok:
            self.ctx.state.announce(*ALL)
        return ok

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def delete_all(self) -> bool:
        typed = TypedConfirmation.ask(
            self.window, translate("Privacy", "This deletes your journal, every backup, the "
                                   "logs and settings. There is no undo. Type DELETE to "
                                   "confirm."))
        if typed != privacy.CONFIRM_WORD:
            if typed:
                Notice.ask(self.window, translate(
                    "Privacy", "Nothing was deleted (you did not type DELETE)."))
            return False
        extra = self.ctx.services.backups.extra_folder()
        self.ctx.db.close()
        privacy.delete_all_data(app_paths(self.ctx), typed, extra)
        self.ctx.settings = _NoSettings()  # closing must not rewrite the settings file
        Notice.ask(self.window, translate(
            "Privacy", "All your data was deleted. The app will now close."))
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(0)
        return True

    def _ask_passphrase(self, message: str, path: Path | None = None) -> str | None:
        target = path or self.ctx.db.path

        def check(text: str) -> str | None:
            try:
                privacy.check_passphrase(target, text)
            except UserError:
                return translate("Privacy", "That passphrase is not right. Try again.")
            return None

        return UnlockDialog.ask(check, message, self.window)


class _NoSettings(Settings):
    """After "Delete all my data": settings are read as defaults and never written again."""

    def __init__(self) -> None:  # no settings file behind it
        pass

    @property
    def path(self) -> str:
        return ""

    def get(self, key: Key[T]) -> T:
        return key.default

    def set(self, key: Key[T], value: T) -> None:
        pass

    def sync(self) -> None:
        pass
