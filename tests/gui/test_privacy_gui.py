"""Privacy & data in the GUI: unlock, encrypt/decrypt, auto-lock, restore, single instance."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from wellness_app.domain.changes import ALL, Change
from wellness_app.paths import AppPaths
from wellness_app.services import open_database
from wellness_app.services.backup_restore import BackupService
from wellness_app.services.moods import MoodService
from wellness_app.services.privacy import encrypt, journal_kind
from wellness_app.ui.privacy import actions as actions_mod
from wellness_app.ui.privacy import startup
from wellness_app.ui.privacy.restore import BackupTableModel, RestoreDialog
from wellness_app.ui.privacy.unlock import NewPassphraseDialog, UnlockDialog
from wellness_app.ui.shell.single_instance import SingleInstance


@pytest.fixture
def window(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    return win


def test_privacy_menu_is_added(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    menu = window.menuBar().findChild(QMenu, "menu_privacy")
    texts = [a.text() for a in menu.actions()]
    assert "Privacy && data…" in texts and "Delete all my data…" in texts


def test_encrypt_and_decrypt_from_the_gui(window, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    MoodService(ui_ctx.db).log(4, note="kept")
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a: (None, "pw")))
    assert window.privacy_actions.encrypt()
    assert journal_kind(ui_ctx.db.path) == "encrypted"
    assert MoodService(ui_ctx.db).for_day(date.today())[0].note == "kept"  # still usable
    monkeypatch.setattr(actions_mod.Confirm, "ask", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(UnlockDialog, "ask",
                        classmethod(lambda cls, check, *a: check("bad") and None))
    assert not window.privacy_actions.decrypt()  # cancelled at the passphrase
    monkeypatch.setattr(UnlockDialog, "ask",
                        classmethod(lambda cls, check, *a: "pw" if check("pw") is None else None))
    assert window.privacy_actions.decrypt()
    assert journal_kind(ui_ctx.db.path) == "plain"
    assert MoodService(ui_ctx.db).count() == 1


def test_unlock_dialog_shows_an_error_for_a_wrong_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UnlockDialog(lambda text: None if text == "right" else "That is not right.")
    qtbot.addWidget(dialog)
    dialog.edit.setText("wrong")
    dialog._try()
    assert not dialog.error.isHidden() and "not right" in dialog.error.text()
    assert dialog.passphrase is None
    dialog.edit.setText("right")
    dialog._try()
    assert dialog.passphrase == "right"


def test_auto_lock_hides_the_journal_until_unlocked(window, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy.lock import LockScreen

    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a: (None, "pw")))
    window.privacy_actions.encrypt()
    window._page_before = window.centralWidget()
    window.auto_lock.lock()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    assert window._pages == {}
    assert not window.menuBar().isEnabled()
    screen.edit.setText("wrong")
    screen._try()
    assert "not right" in screen.error.text()
    assert window.auto_lock.locked
    monkeypatch.setattr(window, "show_page", lambda key: None)
    screen.edit.setText("pw")
    screen._try()
    assert not window.auto_lock.locked
    assert window.centralWidget() is window._page_before
    assert MoodService(ui_ctx.db).count() == 0


def test_restore_dialog_model_and_restore(window, ui_ctx, monkeypatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    MoodService(ui_ctx.db).log(2, note="old")
    BackupService(ui_ctx.db).backup_now()
    MoodService(ui_ctx.db).log(5, note="new")
    backups = BackupService(ui_ctx.db).list()
    model = BackupTableModel(backups)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "Made by you"
    changed = []
    ui_ctx.state.changed.connect(changed.append)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, items, *a: items[0]))
    assert window.privacy_actions.restore()
    assert [e.note for e in MoodService(ui_ctx.db).for_day(date.today())] == ["old"]
    assert changed == [ALL]
    assert list(ui_ctx.data_dir.glob("wellness.db.before-restore-*"))


def test_delete_all_my_data_needs_the_typed_word(window, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    BackupService(ui_ctx.db).backup_now()
    notices: list[str] = []
    monkeypatch.setattr(actions_mod.Notice, "ask",
                        classmethod(lambda cls, parent, text, **k: notices.append(text)))
    monkeypatch.setattr(actions_mod.TypedConfirmation, "ask", classmethod(lambda cls, *a: "yes"))
    assert not window.privacy_actions.delete_all()
    assert ui_ctx.db.path.exists()
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication.instance(), "exit", exits.append)
    monkeypatch.setattr(actions_mod.TypedConfirmation, "ask",
                        classmethod(lambda cls, *a: "DELETE"))
    assert window.privacy_actions.delete_all()
    assert not ui_ctx.db.path.exists()
    assert not (ui_ctx.data_dir / "backups").exists()
    assert exits == [0]
    window.close()  # closing must not write settings back
    assert not (ui_ctx.data_dir / "settings.ini").exists()


def test_cli_writes_are_picked_up_when_the_window_is_activated(window, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy.extension import ExternalChanges

    watcher = ExternalChanges(window, ui_ctx)
    changed: list[frozenset[Change]] = []
    ui_ctx.state.changed.connect(changed.append)
    assert not watcher.check()
    other = open_database(ui_ctx.db.path)  # another process, e.g. `wellness-app log mood`
    MoodService(other).log(3)
    other.close()
    assert watcher.check()
    assert changed == [ALL]
    assert MoodService(ui_ctx.db).count() == 1


def test_second_instance_asks_the_first_to_come_forward(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path, tmp_path / ".lock")
    second = SingleInstance(tmp_path, tmp_path / ".lock")
    assert first.acquire()
    first.listen()
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_first_to_raise()
    first.release()
    assert second.acquire()
    second.release()


def test_a_stale_lock_from_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    (tmp_path / ".lock").write_text(f"999999\nwellness-app\n{os.uname().nodename}\n")
    instance = SingleInstance(tmp_path, tmp_path / ".lock")
    assert instance.acquire()
    instance.release()


def _paths(root: Path) -> AppPaths:
    return AppPaths(root, root / "logs", root / "config")


def test_start_up_unlocks_an_encrypted_journal(tmp_path: Path, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    paths = _paths(tmp_path)
    db = open_database(paths.db_path)
    MoodService(db).log(3)
    db.close()
    encrypt(paths.db_path, "pw")
    seen: list[str | None] = []

    def fake(cls, check, *a):  # type: ignore[no-untyped-def]
        seen.append(check("wrong"))
        return "pw" if check("pw") is None else None

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(fake))
    opened = startup.open_journal(paths)
    assert opened is not None and MoodService(opened).count() == 1
    assert seen and "not right" in (seen[0] or "")
    assert [b.encrypted for b in BackupService(opened).list()] == [True]  # the daily backup
    opened.close()


def test_start_up_offers_the_newest_good_backup_for_a_damaged_file(
        tmp_path: Path, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    paths = _paths(tmp_path)
    db = open_database(paths.db_path)
    MoodService(db).log(3)
    BackupService(db).backup_now()
    db.close()
    paths.db_path.write_bytes(b"\x00garbage" * 700)
    offers: list[bool] = []
    monkeypatch.setattr(startup.CorruptJournalDialog, "ask",
                        classmethod(lambda cls, msg, can, *a: offers.append(can) or "restore"))
    opened = startup.open_journal(paths)
    assert offers == [True]
    assert opened is not None and MoodService(opened).count() == 1
    assert list(tmp_path.glob("wellness.db.corrupt-*"))
    opened.close()


def test_privacy_dialog_renders(window, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy.dialog import PrivacyDialog

    dialog = PrivacyDialog(window.privacy_actions, window)
    qtbot.addWidget(dialog)
    assert dialog.encrypt_button.isEnabled() and not dialog.decrypt_button.isEnabled()
    assert "not encrypted" in dialog.status.text()
    dialog.auto_lock.setValue(5)
    from wellness_app.ui.common.settings import Keys

    assert ui_ctx.settings.get(Keys.auto_lock_minutes) == 5
    assert window.auto_lock.timer.interval() == 5 * 60_000
    if os.environ.get("PRIVACY_SHOTS"):
        dialog.grab().save("/tmp/privacy7-dialog.png")


def test_first_run_offers_encryption(tmp_path: Path, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(startup.FirstRunOffer, "ask", classmethod(lambda cls: "chosen"))
    opened = startup.open_journal(_paths(tmp_path))
    assert opened is not None and opened.passphrase  # the key derived once from "chosen"
    assert opened.passphrase.startswith("x'") and "chosen" not in opened.passphrase
    assert journal_kind(opened.path) == "encrypted"
    MoodService(opened).log(3)
    opened.close()
    asked: list[int] = []
    monkeypatch.setattr(startup.FirstRunOffer, "ask", classmethod(lambda cls: asked.append(1)))
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(lambda cls, check, *a: "chosen"))
    again = startup.open_journal(_paths(tmp_path))
    assert again is not None and MoodService(again).count() == 1 and asked == []
    again.close()


def test_open_data_folder_opens_a_local_file_url(window, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(actions_mod.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    assert window.privacy_actions.open_data_folder()
    assert opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == ui_ctx.data_dir
