"""The safety plan never loses a word: it saves as the person types, when they leave the
page, and when they quit (Ctrl+Q or File › Quit) — reopened, the text is there."""

from __future__ import annotations

import pytest
from app_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wellness_app.services.safety_plan import SafetyPlanService


def open_plan_page(window):  # type: ignore[no-untyped-def]
    """View › Pages › Safety plan, as a person picks it."""
    action = next(a for a in window.pages_menu.actions() if a.text() == "Safety plan")
    action.trigger()
    page = window.page("safety")
    assert window.stack.currentWidget() is page
    return page


def type_into(editor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Typed key by key; a new line is the Return key."""
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(editor, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(editor, line)


def quit_by_ctrl_q(window) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def quit_by_file_menu(window) -> None:  # type: ignore[no-untyped-def]
    quit_action = next(a for a in window.file_menu.actions()
                       if a.text().replace("&", "") == "Quit")
    quit_action.trigger()


@pytest.mark.parametrize("quit_app", [quit_by_ctrl_q, quit_by_file_menu],
                         ids=["Ctrl+Q", "File › Quit"])
def test_a_quit_right_after_typing_keeps_every_word(qtbot, tmp_path, quit_app) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    page = open_plan_page(window)
    type_into(page.editors["coping"], "Cold water on my face")
    type_into(page.editors["worth_living_for"], "Ana")
    assert SafetyPlanService(db).plan().is_empty  # not yet saved: the person just typed
    quit_app(window)
    assert not window.isVisible()
    db.close()

    window2, db2 = open_window(qtbot, tmp_path)
    reopened = open_plan_page(window2)
    assert reopened.editors["coping"].toPlainText() == "Cold water on my face"
    assert reopened.editors["worth_living_for"].toPlainText() == "Ana"
    db2.close()


def test_it_saves_a_moment_after_typing_without_moving_the_cursor(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    page = open_plan_page(window)
    editor = page.editors["warning_signs"]
    type_into(editor, "Not sleeping\n\nCancelling plans\n")
    assert "Saving as you type" in page.status.text()
    qtbot.waitUntil(lambda: SafetyPlanService(db).plan().lines("warning_signs")
                    == ("Not sleeping", "Cancelling plans"), timeout=10_000)
    assert page.status.text() == "Saved."
    # the editor keeps exactly what was typed, cursor at the end, ready for more
    assert editor.toPlainText() == "Not sleeping\n\nCancelling plans\n"
    assert editor.textCursor().position() == len(editor.toPlainText())
    assert editor.hasFocus()
    db.close()


def test_leaving_the_page_saves_at_once(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    page = open_plan_page(window)
    type_into(page.editors["distraction"], "The library")
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # to Today
    assert SafetyPlanService(db).plan().lines("distraction") == ("The library",)
    db.close()


def test_a_contact_with_no_name_yet_does_not_stop_the_text_saving(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    page = open_plan_page(window)
    row = page.contacts.add_contact()
    page.contacts.setData(page.contacts.index(row, 1), "07700 900123")
    type_into(page.editors["coping"], "A walk round the block")
    quit_by_ctrl_q(window)
    plan = SafetyPlanService(db).plan()
    assert plan.lines("coping") == ("A walk round the block",)
    assert plan.contacts == ()
    assert "needs a name" in page.status.text()
    db.close()


def test_the_introduction_explains_how_to_write_the_plan(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    intro = open_plan_page(window).intro.text()
    for step in ("1. the warning signs", "2. what you can do on your own",
                 "3. people and places", "4. people you can ask for help",
                 "5. professionals and crisis lines", "6. how to make your surroundings safer"):
        assert step in intro
    assert "someone you trust or your clinician" in intro
    assert "saves itself as you type" in intro
    assert "only as far as you need" not in intro  # advice for using a plan, not writing one
    db.close()


def test_the_auto_lock_saves_the_plan_before_it_hides_it(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy.unlock import NewPassphraseDialog
    from wellness_app.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a: (None, "pw")))
    window.privacy_actions.encrypt()
    page = open_plan_page(window)
    type_into(page.editors["safe_environment"], "Sam keeps my tablets")
    window.auto_lock.lock()  # idle: the page goes, the journal is locked
    assert window.auto_lock.locked
    window.auto_lock._unlock("pw")
    assert SafetyPlanService(ui_ctx.db).plan().lines("safe_environment") == (
        "Sam keeps my tablets",)


def test_a_contact_being_typed_is_kept_on_quit(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    page = open_plan_page(window)
    add = next(b for b in page.findChildren(type(page.save_button))
               if b.accessibleName() == "Add contact")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)  # opens the name cell for typing
    editor = QApplication.focusWidget()
    assert page.contacts_view.isAncestorOf(editor)
    QTest.keyClicks(editor, "Maya")
    quit_by_ctrl_q(window)
    assert [c.name for c in SafetyPlanService(db).plan().contacts] == ["Maya"]
    db.close()
