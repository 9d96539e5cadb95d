"""Words are never lost: typed text in Today's note, the Journal's edit dialog and a
treatment's note is kept as a draft in the journal (encrypted with it) across a quit, a
crash or a lock, and put back the next time; saving ends the draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from wellness_app.services.drafts import DraftService
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.dialogs.entry_dialog import EntryDialog
from wellness_app.ui.common.widgets.draft_keeper import DraftKeeper

WORDS = "the words I typed before the power cut"


def _window(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    return window


def test_todays_note_survives_a_crash_and_ends_when_saved(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(ui_ctx, qtbot)
    window.show_page("today")
    today = window.page("today")
    qtbot.keyClicks(today.note, WORDS)
    qtbot.waitUntil(lambda: DraftService(ui_ctx.db).get("today.note") == WORDS)
    # a crash: the window is gone without saving; the next start builds Today again
    again = _window(ui_ctx, qtbot)
    again.show_page("today")
    page = again.page("today")
    assert page.note.toPlainText() == WORDS
    assert "before" in page.message.text()
    page.mood_buttons.select(3)
    page.save()
    assert MoodService(ui_ctx.db).count() == 1
    assert DraftService(ui_ctx.db).get("today.note") is None


def test_a_quit_keeps_the_text_typed_a_moment_ago(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(ui_ctx, qtbot)
    window.show_page("today")
    today = window.page("today")
    today.note.setPlainText(WORDS)  # no time for the timer: the app quits right away
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.emit()
    assert DraftService(ui_ctx.db).get("today.note") == WORDS


def test_the_journal_edit_dialog_keeps_unsaved_changes(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    entry = MoodService(ui_ctx.db).log(2, note="saved text")
    labels = {n: str(n) for n in range(1, 6)}
    dialog = EntryDialog(entry, labels, services=ui_ctx.services)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("saved text, and more I had not saved")
    dialog.drafts.flush()
    dialog.close()  # the app crashed with the dialog open
    reopened = EntryDialog(entry, labels, services=ui_ctx.services)
    qtbot.addWidget(reopened)
    assert reopened.note.toPlainText() == "saved text, and more I had not saved"
    assert "back" in reopened.message.text()
    other = MoodService(ui_ctx.db).log(4, note="untouched")
    fresh = EntryDialog(other, labels, services=ui_ctx.services)
    qtbot.addWidget(fresh)
    assert fresh.note.toPlainText() == "untouched"


def test_a_treatment_note_is_kept_until_saved(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(ui_ctx, qtbot)
    window.show_page("treatments")
    page = window.page("treatments")
    page.form.note.setPlainText(WORDS)
    page.form.drafts.flush()
    again = _window(ui_ctx, qtbot)
    again.show_page("treatments")
    assert again.page("treatments").form.note.toPlainText() == WORDS


def test_locking_keeps_the_draft_encrypted_with_the_journal(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy.unlock import NewPassphraseDialog

    window = _window(ui_ctx, qtbot)
    monkeypatch.setattr(NewPassphraseDialog, "ask",
                        classmethod(lambda cls, *a: (None, "drafts-passphrase")))
    assert window.privacy_actions.encrypt()
    window.show_page("today")
    window.page("today").note.setPlainText(WORDS)
    window.auto_lock.lock()  # the draft is stored before the key is dropped
    raw = b"".join(p.read_bytes() for p in ui_ctx.db.path.parent.glob("wellness.db*"))
    assert WORDS.encode() not in raw
    screen = window.centralWidget()
    screen.edit.setText("drafts-passphrase")
    screen._try()
    assert DraftService(ui_ctx.db).get("today.note") == WORDS


def test_a_full_disk_never_loses_the_text_in_the_editor(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage.sqlite_errors import EnvironmentProblem, Fault

    def full(*_a: object) -> None:
        raise EnvironmentProblem("The disk is full.", Fault.FULL)

    monkeypatch.setattr(DraftService, "keep", full)
    window = _window(ui_ctx, qtbot)
    window.show_page("today")
    today = window.page("today")
    today.note.setPlainText(WORDS)
    keeper: DraftKeeper = today.drafts
    keeper.flush()  # logged, not raised
    assert today.note.toPlainText() == WORDS
