"""The Today check-in: keyboard-only logging, note limit, empty state, banners, dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolButton

from wellness_app.domain.moods import NOTE_MAX_CHARS
from wellness_app.services.moods import MoodService
from wellness_app.ui.shell import extensions


def make_page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from wellness_app.ui.today.page import TodayPage

    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)  # shortcuts act in the active window only
    return page


def test_check_in_entirely_by_keyboard(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ui_ctx)
    messages: list[str] = []
    ui_ctx.state.status_message.connect(messages.append)
    page.mood_buttons.buttons[1].setFocus()
    QTest.keyClick(page.focusWidget(), Qt.Key.Key_4)
    assert page.mood_buttons.value() == 4
    assert page.focusWidget() is page.mood_buttons.buttons[4]
    for _ in range(12):  # Tab past the mood buttons to the first tag chip
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        if isinstance(page.focusWidget(), QToolButton) and \
                page.focusWidget().objectName() == "tagChip":
            break
    chip = page.focusWidget()
    assert chip.objectName() == "tagChip"
    QTest.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked()
    for _ in range(40):  # on through the chips and buttons to the note
        if page.focusWidget() is page.note:
            break
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.note
    QTest.keyClicks(page.note, "Walked 2 km in the sun")
    QTest.keyClick(page.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    entries = MoodService(ui_ctx.db).for_day(date.today())
    assert len(entries) == 1
    assert entries[0].mood == 4
    assert entries[0].tags == (chip.text(),)
    assert entries[0].note == "Walked 2 km in the sun"  # the digit 2 went into the note
    assert page.message.text().startswith("Saved · good at ")
    assert messages and messages[-1] == page.message.text()
    assert page.mood_buttons.value() == 0 and page.note.toPlainText() == ""  # form reset
    assert page.entries_stack.currentWidget() is page.entries_view
    assert page.entries_model.entry_count() == 1


def test_ctrl_enter_on_keypad_and_more_fields(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ui_ctx)
    page.mood_buttons.buttons[2].setFocus()
    QTest.keyClick(page.mood_buttons.buttons[2], Qt.Key.Key_2)
    page.more_button.click()
    assert page.more.isVisible()
    page.energy.set_value(2)
    page.sleep.set_hours(6.5)
    QTest.keyClick(page.energy, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    (entry,) = MoodService(ui_ctx.db).for_day(date.today())
    assert (entry.mood, entry.energy, entry.anxiety, entry.sleep_hours) == (2, 2, None, 6.5)


def test_note_over_the_limit_blocks_save(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ui_ctx)
    page.mood_buttons.select(3)
    page.note.setPlainText("a" * (NOTE_MAX_CHARS + 1))
    assert not page.save_button.isEnabled()
    assert "limit is 10,000" in page.message.text()
    page.save()  # Ctrl+Enter path
    assert MoodService(ui_ctx.db).count() == 0
    page.note.setPlainText("a" * NOTE_MAX_CHARS)
    assert page.save_button.isEnabled() and page.message.text() == ""


def test_save_without_mood_asks_for_one(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ui_ctx)
    page.save()
    assert "Choose a mood" in page.message.text()
    assert MoodService(ui_ctx.db).count() == 0


def test_empty_state_on_first_run(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ui_ctx)
    assert page.entries_stack.currentWidget() is page.empty
    assert page.empty.isVisible()
    assert "Nothing logged yet today" in page.empty.text()


def test_banners_from_extensions_are_built(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(extensions, "TODAY_BANNERS",
                        [lambda ctx, parent: QLabel("Time for a walk?", parent)])
    import wellness_app.ui.today.page as today

    monkeypatch.setattr(today, "TODAY_BANNERS", extensions.TODAY_BANNERS)
    page = make_page(qtbot, ui_ctx)
    assert any(isinstance(w, QLabel) and w.text() == "Time for a walk?"
               for w in page.findChildren(QLabel))


def test_renamed_moods_show_on_buttons(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.dialogs.mood_labels import MoodLabelsDialog

    page = make_page(qtbot, ui_ctx)

    def rename(parent, services):  # type: ignore[no-untyped-def]
        services.moods.rename_label(5, "wonderful")
        return True

    monkeypatch.setattr(MoodLabelsDialog, "ask", rename)
    page.rename_moods_button.click()
    assert page.mood_buttons.buttons[5].text().startswith("wonderful")


def test_tag_catalogue_dialog_adds_renames_archives(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.tags import TagService
    from wellness_app.ui.common.dialogs.tag_catalog import TagCatalogDialog

    dialog = TagCatalogDialog(ui_ctx.services)
    qtbot.addWidget(dialog)
    dialog.name.setText("yoga")
    dialog.group.setCurrentText("activities")
    dialog.add_button.click()
    assert dialog.current_tag().name == "yoga"
    dialog.name.setText("gentle yoga")
    dialog.rename_button.click()
    dialog.group.setCurrentText("self-care")
    dialog.regroup_button.click()
    dialog.archive_button.click()
    assert dialog.changed
    active = {t.name: t.group for t in TagService(ui_ctx.db).all()}
    everything = {t.name: t.group for t in TagService(ui_ctx.db).all(include_archived=True)}
    assert "gentle yoga" not in active
    assert everything["gentle yoga"] == "self-care"
    dialog.name.setText("family")
    dialog.add_button.click()
    assert "already a tag" in dialog.message.text()


def test_a_save_pressed_before_the_journal_opens_lands_once_it_is(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.today_snapshot import today_snapshot
    from wellness_app.ui.today.page import TodayPage

    db = ui_ctx.db
    snapshot = today_snapshot(db.path)
    ui_ctx.db = None  # start-up: Today painted from the file, the journal not open yet
    page = TodayPage(ui_ctx, snapshot=snapshot)
    qtbot.addWidget(page)
    page._pick(3)
    page.save()  # e.g. "3, Ctrl+Enter" typed while the window was still appearing
    assert page.mood_buttons.value() == 3  # nothing lost, nothing saved yet
    ui_ctx.db = db
    page.journal_opened()
    qtbot.waitUntil(lambda: MoodService(db).count() == 1, timeout=2000)
    assert page.entries_model.rowCount() == 1 and page.mood_buttons.value() == 0
