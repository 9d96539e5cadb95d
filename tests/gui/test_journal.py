"""The Journal: grouped model, search, edit, delete + undo/redo, empty states, open a day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wellness_app.domain.changes import Change
from wellness_app.domain.moods import JournalQuery
from wellness_app.domain.timestamps import Moment
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.journal_model import JournalModel, Roles


def at(days_ago: int, hour: int) -> Moment:
    now = datetime.now().astimezone()
    return Moment.from_aware((now - timedelta(days=days_ago)).replace(hour=hour, minute=0,
                                                                       second=0, microsecond=0))


@pytest.fixture
def filled(ui_ctx):  # type: ignore[no-untyped-def]
    moods = MoodService(ui_ctx.db)
    moods.log(2, moment=at(3, 8), tags=["walk"], note="Heavy morning, then a walk")
    moods.log(4, moment=at(3, 18), tags=["friends"], note="Dinner with Sam")
    moods.log(3, moment=at(1, 9), note="Rain all day")
    return ui_ctx


def make_page(qtbot, ctx):  # type: ignore[no-untyped-def]
    from wellness_app.ui.journal.page import JournalPage

    page = JournalPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    page.refresh()
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Wait for the page's background query (the Journal never queries on the GUI thread)."""
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)


def test_model_groups_days_newest_first(qtmodeltester, filled) -> None:  # type: ignore[no-untyped-def]
    model = JournalModel()
    entries = MoodService(filled.db).search(JournalQuery())
    model.set_entries(entries, MoodService(filled.db).labels())
    qtmodeltester.check(model)
    kinds = [model.index(r, 0).data(Roles.KIND) for r in range(model.rowCount())]
    assert kinds == ["day", "entry", "day", "entry", "entry"]
    assert model.index(0, 0).data(Roles.DAY) == at(1, 9).local_date
    assert model.index(2, 0).data(Roles.MEAN) == pytest.approx(3.0)
    assert "Dinner with Sam" in model.index(3, 0).data()
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_search_by_text_and_tag(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, filled)
    assert page.model.entry_count() == 3
    page.search.setText("walk")
    qtbot.waitUntil(lambda: page.model.entry_count() == 1, timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.entry_count() == 3, timeout=2000)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("friends"))
    settle(qtbot, page)
    assert page.model.entry_count() == 1
    page.search.setText("nothing like this")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=2000)
    assert "No entries match" in page.empty.text()


def test_edit_entry_through_dialog(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.dialogs.entry_dialog import EntryDialog

    page = make_page(qtbot, filled)
    page.open_payload(at(3, 8).local_date)
    settle(qtbot, page)
    original = page.current_entry()
    monkeypatch.setattr(EntryDialog, "ask", classmethod(
        lambda cls, parent, entry, labels, **_: entry.with_changes(mood=5, note="Edited",
                                                              tags=("tea",), energy=4)))
    page.edit_button.click()
    settle(qtbot, page)  # the write runs off the GUI thread
    saved = MoodService(filled.db).get(original.id)
    assert (saved.mood, saved.note, saved.tags, saved.energy) == (5, "Edited", ("tea",), 4)
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert MoodService(filled.db).get(original.id).note == original.note


def test_entry_dialog_keeps_offset_and_blocks_long_note(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.dialogs.entry_dialog import EntryDialog

    entry = MoodService(filled.db).search(JournalQuery())[0]
    dialog = EntryDialog(entry, MoodService(filled.db).labels())
    qtbot.addWidget(dialog)
    dialog.mood.setCurrentIndex(0)
    result = dialog.result_entry()
    assert result.mood == 1 and result.moment == entry.moment and result.id == entry.id
    dialog.note.setPlainText("x" * 10_001)
    assert "over 10,000" in dialog.message.text()


def test_delete_then_ctrl_z_restores_same_id(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, filled)
    moods = MoodService(filled.db)
    page.open_payload(at(1, 9).local_date)
    settle(qtbot, page)
    victim = page.current_entry()
    assert victim is not None and victim.note == "Rain all day"
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot, page)  # the write runs off the GUI thread, then the list reloads
    assert moods.count() == 2
    assert page.model.row_for_entry(victim.id) == -1
    assert page.current_entry() is not None  # the next entry is selected
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert moods.get(victim.id) == victim
    assert page.model.row_for_entry(victim.id) >= 0
    page.undo_stack.redo()
    settle(qtbot, page)
    assert moods.count() == 2


def test_first_run_empty_state(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ui_ctx)
    assert page.stack.currentWidget() is page.empty
    assert "journal is empty" in page.empty.text()
    assert not page.delete_button.isEnabled()


def test_refreshes_when_today_saves(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, filled)
    MoodService(filled.db).log(5, note="fresh")
    filled.state.announce(Change.MOOD)
    settle(qtbot, page)
    assert page.model.entry_count() == 4
    assert page.model.index(1, 0).data(Roles.ENTRY).note == "fresh"
    assert page.model.index(0, 0).data(Roles.DAY) == date.today()


def test_ctrl_f_focuses_search(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, filled)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_open_payload_jumps_to_an_old_day(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import wellness_app.ui.journal.page as journal

    monkeypatch.setattr(journal, "PAGE_SIZE", 2)
    MoodService(filled.db).log(1, moment=at(400, 12), note="A year ago")
    page = make_page(qtbot, filled)
    assert page.more_button.isVisible()
    page.open_payload(at(400, 12).local_date)
    settle(qtbot, page)
    assert page.current_entry().note == "A year ago"
    assert page.latest_button.isVisible() and not page.more_button.isVisible()
    page.latest_button.click()
    settle(qtbot, page)
    assert page.model.entry_count() == 2
    assert page.current_entry().note == "Rain all day"


def test_typing_fast_shows_only_the_newest_search(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, filled)
    for words in ("heavy", "dinner", "rain"):  # each asks at once; earlier answers are dropped
        page.search.setText(words)
        page.reload()
    settle(qtbot, page)
    qtbot.wait(300)  # the debounced reloads land too; all say "rain"
    settle(qtbot, page)
    assert [page.model.entry_at(r).note for r in range(page.model.rowCount())
            if page.model.entry_at(r)] == ["Rain all day"]


def test_a_stale_answer_never_replaces_a_newer_one(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, filled)
    page.search.setText("dinner")
    page.reload()
    stale = page._generation
    page.search.setText("rain")
    page.reload()
    settle(qtbot, page)
    page._loaded(stale, ([], {}), True)  # the older query answering late changes nothing
    assert page.model.entry_count() == 1 and page.stack.currentWidget() is page.view


def test_the_query_runs_off_the_gui_thread(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    page = make_page(qtbot, filled)
    threads = []
    original = page.moods.search
    monkeypatch.setattr(page.moods, "search",
                        lambda q: threads.append(threading.current_thread()) or original(q))
    page.search.setText("walk")
    qtbot.waitUntil(lambda: bool(threads) and not page.loading, timeout=5000)
    assert threads[0] is not threading.main_thread()
    assert page.model.entry_count() == 1


def test_delete_and_undo_write_off_the_gui_thread_in_order(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Delete then Ctrl+Z at once: both writes leave the GUI thread and run in order."""
    import threading

    page = make_page(qtbot, filled)
    page.open_payload(at(1, 9).local_date)
    settle(qtbot, page)
    victim = page.current_entry()
    threads: list[str] = []
    for name in ("delete", "restore"):
        original = getattr(page.moods, name)
        monkeypatch.setattr(page.moods, name, lambda *a, _o=original, _n=name: (
            threads.append(f"{_n}:{threading.current_thread() is threading.main_thread()}"),
            _o(*a))[1])
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert threads == ["delete:False", "restore:False"]
    assert MoodService(filled.db).get(victim.id) == victim
    assert page.model.row_for_entry(victim.id) >= 0


def test_a_failed_delete_says_why_and_keeps_the_entry(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.domain.errors import UserError

    page = make_page(qtbot, filled)
    page.open_payload(at(1, 9).local_date)
    settle(qtbot, page)
    victim = page.current_entry()
    messages: list[str] = []
    filled.state.status_message.connect(messages.append)

    def refuse(entry_id: int) -> None:
        raise UserError("The journal is locked by another program.")

    monkeypatch.setattr(page.moods, "delete", refuse)
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert "The journal is locked by another program." in messages
    assert MoodService(filled.db).get(victim.id) == victim
    assert page.model.row_for_entry(victim.id) >= 0 and not page.undo_stack.canUndo()
