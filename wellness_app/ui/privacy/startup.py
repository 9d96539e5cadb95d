"""Opening the journal at GUI start: unlock if encrypted, quick-check, offer the newest good
backup when the file is damaged (it has been moved aside, never overwritten), daily backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wellness_app.domain.errors import UserError
from wellness_app.paths import AppPaths
from wellness_app.services import Database, DatabaseOpenError, privacy
from wellness_app.services.backup_restore import BackupFailure, restore_backup
from wellness_app.services.facade import Services
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.privacy.unlock import NewPassphraseDialog, UnlockDialog

log = logging.getLogger(__name__)


class CorruptJournalDialog:
    """Returns "restore", "new" or "quit"."""

    @classmethod
    def ask(cls, message: str, can_restore: bool, parent: QWidget | None = None) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("Privacy", "Your journal needs attention"),
                          message, QMessageBox.StandardButton.NoButton, parent)
        restore = box.addButton(translate("Privacy", "Restore the newest good backup"),
                                QMessageBox.ButtonRole.AcceptRole) if can_restore else None
        new = box.addButton(translate("Privacy", "Start a new, empty journal"),
                            QMessageBox.ButtonRole.ResetRole)
        box.addButton(translate("Privacy", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore and restore else "new" if clicked is new else "quit"


class FirstRunOffer:
    """At first run: a passphrase to encrypt the new journal with, or None ("Not now")."""

    @classmethod
    def ask(cls) -> str | None:
        answer = NewPassphraseDialog.ask(False, None, translate("Privacy",
            "Welcome. You can protect your journal with a passphrase, so nobody who gets "
            "your files can read it. This is optional and can be changed later under "
            "Privacy → Privacy & data. Cancel to continue without one."))
        return answer[1] if answer else None


class ErrorNotice:
    @classmethod
    def ask(cls, text: str) -> None:
        QMessageBox.critical(None, QCoreApplication.applicationName() or "Wellness", text)


class WarningNotice:
    @classmethod
    def ask(cls, text: str) -> None:
        QMessageBox.warning(None, QCoreApplication.applicationName() or "Wellness", text)


def ask_passphrase(path: Path, message: str = "") -> str | None:
    """The journal's key, derived once from the passphrase the person types (None: quit)."""
    keys: dict[str, str] = {}

    def check(text: str) -> str | None:
        try:
            keys[text] = privacy.unlock_key(path, text)
        except UserError:
            return translate("Privacy", "That passphrase is not right. Try again.")
        return None

    text = UnlockDialog.ask(check, message, None, Path(path).parent)
    if text is None:
        return None
    try:
        return keys.get(text) or privacy.unlock_key(path, text)
    except UserError:
        return text  # opening reports the problem clearly


def open_journal(paths: AppPaths, *, offer_encryption: bool = True,
                 backup_now: bool = True) -> Database | None:
    """The open journal, or None when the person quits (the file is never changed).

    `offer_encryption=False` when the first-run setup will offer the passphrase instead."""
    path = paths.db_path
    passphrase = None
    first_run = privacy.journal_kind(path) == "missing"
    if privacy.journal_kind(path) == "encrypted":
        reason = privacy.encryption_unavailable_reason()
        if reason:
            ErrorNotice.ask(reason)
            return None
        passphrase = ask_passphrase(path)
        if passphrase is None:
            return None
    try:
        db = privacy.open_checked(path, passphrase)
    except privacy.CorruptJournalError as exc:
        log.error("The journal was damaged and moved aside")
        best = exc.newest_backup
        choice = CorruptJournalDialog.ask(str(exc), best is not None)
        if choice == "quit":
            return None
        try:
            if choice == "restore" and best is not None:
                restore_backup(path, best.path, passphrase if best.encrypted else None)
                if not best.encrypted:
                    passphrase = None
            db = privacy.open_checked(path, passphrase, allow_new=choice == "new")
        except DatabaseOpenError as again:
            ErrorNotice.ask(str(again))
            return None
    except DatabaseOpenError as exc:
        log.error("Cannot open the journal")
        ErrorNotice.ask(str(exc))
        return None
    if privacy.encryption_interrupted(path):
        WarningNotice.ask(translate("Privacy", "An earlier encryption was interrupted: your "
                                  "journal is not encrypted yet and some backups may be. "
                                  "Choose Encrypt under Privacy & data again, with the same "
                                  "passphrase, to finish it."))
    if first_run and offer_encryption and not privacy.encryption_unavailable_reason():
        chosen = FirstRunOffer.ask()
        if chosen:
            try:
                privacy.encrypt_live(db, chosen)
            except UserError as exc:
                ErrorNotice.ask(str(exc))
    if backup_now:
        tell_backup_failure(daily_backup(db))
    return db


def daily_backup(db: Database) -> BackupFailure | None:
    """The day's automatic backup (at most one a day; may run off the GUI thread): a
    failure the person has not been told about yet, for `tell_backup_failure`."""
    service = Services(db).backups  # a fresh one: `failure` is this run's
    service.daily_if_due()
    failure = service.failure
    return failure if failure is not None and failure.first_time else None


def tell_backup_failure(failure: BackupFailure | None) -> None:
    """On the GUI thread: tell once that the daily backup failed (it is retried later)."""
    if failure is not None:
        BackupProblemNotice.ask(failure)


class BackupProblemNotice:
    """Tells the person once that the daily backup failed: where, why, what to do."""

    @classmethod
    def ask(cls, failure: BackupFailure) -> None:
        QMessageBox.warning(None, QCoreApplication.applicationName() or "Wellness",
                            backup_failure_text(failure))


def backup_failure_text(failure: BackupFailure) -> str:
    causes = {
        "full": translate("Privacy", "The disk is full. Free some space on it."),
        "permission": translate("Privacy", "The app may not write there. Check that "
                                "folder's permissions."),
        "read-only": translate("Privacy", "The folder is read-only. Make it writable."),
        "locked": translate("Privacy", "Another program held the journal. Close other "
                            "programs that use it."),
        "io": translate("Privacy", "The disk reported an error. Check the disk."),
        "extra": translate("Privacy", "The folder cannot be written: is the drive "
                           "connected? Connect it, or choose another folder under "
                           "Privacy & data."),
    }
    cause = causes.get(failure.cause) or translate(
        "Privacy", "Something went wrong; the log has the details.")
    return "\n\n".join([
        translate("Privacy", "Today's automatic backup could not be written to "
                  "{folder}.").format(folder=failure.folder),
        cause,
        translate("Privacy", "Your journal is safe and saving works. The backup is tried "
                  "again at every start; you are told again only if something else goes "
                  "wrong."),
    ])
