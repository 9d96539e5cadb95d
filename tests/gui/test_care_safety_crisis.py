"""Safety plan editor, the printable PDF card, the crisis dialog and its toolbar button."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.services.safety_plan import SafetyPlanService
from wellness_app.ui.care.safety_plan_page import SafetyPlanPage
from wellness_app.ui.crisis.button import SHORTCUT
from wellness_app.ui.crisis.dialog import CrisisDialog, save_card
from wellness_app.ui.crisis.line_editor import CrisisLineEditor
from wellness_app.ui.crisis.manage import ManageLinesDialog


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader would extract it (whitespace collapsed)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def plan_page(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    page = SafetyPlanPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    return page


def test_editor_saves_steps_and_contacts(plan_page, ui_ctx, qtbot, qtmodeltester):  # type: ignore[no-untyped-def]
    plan_page.editors["warning_signs"].setPlainText("Not sleeping\n\nCancelling plans")
    plan_page.editors["worth_living_for"].setPlainText("My daughter, Ana")
    assert "Saving as you type" in plan_page.status.text()
    row = plan_page.contacts.add_contact()
    model = plan_page.contacts
    model.setData(model.index(row, 0), "Dr Okafor")
    model.setData(model.index(row, 1), "020 7946 0000")
    model.setData(model.index(row, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)
    qtbot.keyClick(plan_page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    plan = SafetyPlanService(ui_ctx.db).plan()
    assert plan.lines("warning_signs") == ("Not sleeping", "Cancelling plans")
    assert plan.contacts == (SafetyContact("Dr Okafor", "020 7946 0000", "professional", "",
                                           plan.contacts[0].id),)
    assert plan_page.status.text() == "Saved."
    reopened = SafetyPlanPage(ui_ctx)
    qtbot.addWidget(reopened)
    assert reopened.contacts_view.verticalHeader().count() == 1  # the view shows it
    assert reopened.editors["worth_living_for"].toPlainText() == "My daughter, Ana"
    assert reopened.status.text() == ""  # loading is not an unsaved change


def test_contact_without_name_is_refused_inline(plan_page, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    row = plan_page.contacts.add_contact()
    plan_page.contacts.setData(plan_page.contacts.index(row, 1), "123")
    assert not plan_page.save()
    assert "needs a name" in plan_page.status.text()
    assert SafetyPlanService(ui_ctx.db).plan().is_empty


def test_pdf_card_holds_real_text_plan_first(ui_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(SafetyPlan(
        {"coping": ("Walk round the block",), "worth_living_for": ("My daughter, Ana",)},
        (SafetyContact("Maya", "07700 900123"),)))
    pages = save_card(ui_ctx, tmp_path / "card.pdf", "GB")
    text = pdf_text(tmp_path / "card.pdf")
    assert pages == 1
    assert "The one thing that is most important to me and worth living for" in text
    assert "Walk round the block" in text and "Maya — 07700 900123" in text
    assert text.index("My daughter, Ana") < text.index("Samaritans")
    assert "116 123" in text and "Last reviewed 12/2/2026" in text
    assert "999 / 112" in text  # the emergency numbers are on the card too


def test_manage_lines_edit_hide_add_and_bring_back(ui_ctx, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                   qtmodeltester) -> None:
    service = CrisisLineService(ui_ctx.db)
    dialog = ManageLinesDialog(service, "US")
    qtbot.addWidget(dialog)
    labels = lambda: [dialog.model.line(r).label for r in range(dialog.model.rowCount())]  # noqa: E731
    assert labels() == ["Emergency", "988 Suicide & Crisis Lifeline"]
    qtmodeltester.check(dialog.model)
    dialog.table.selectRow(0)  # the emergency number: shown, never editable or hideable
    assert not dialog.edit_button.isEnabled() and not dialog.hide_button.isEnabled()

    answers = iter([("988 Suicide & Crisis Lifeline", "988", "call, text or chat"),
                    ("Dr Rivera", "555 0100", "my psychiatrist")])
    monkeypatch.setattr(CrisisLineEditor, "ask",
                        classmethod(lambda cls, parent, line: next(answers)))
    dialog.table.selectRow(1)
    dialog.edit_button.click()
    assert dialog.model.line(1).note == "call, text or chat"
    dialog.add_button.click()
    assert labels()[-1] == "Dr Rivera"
    dialog.table.selectRow(1)
    dialog.hide_button.click()
    assert labels() == ["Emergency", "Dr Rivera"]
    dialog.show_hidden.setChecked(True)
    assert "988 Suicide & Crisis Lifeline" in labels()
    # the person's changes are what the CLI shows too
    assert [line.label for line in CrisisLineService(ui_ctx.db).lines("US")] == [
        "Emergency", "Dr Rivera"]
    dialog.restore_button.click()
    assert [line.note for line in CrisisLineService(ui_ctx.db).lines("US")][:2] == ["", ""]
    assert dialog.changed


def test_crisis_button_on_every_screen_and_shortcut(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    opened: list[object] = []
    monkeypatch.setattr(CrisisDialog, "ask",
                        classmethod(lambda cls, parent, ctx, intro="": opened.append(parent)))
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    toolbar = window.findChild(QToolBar, "crisis_support_toolbar")
    assert toolbar is not None and toolbar.isVisible()
    assert window.crisis_action.text() == "Crisis support"
    assert window.crisis_action.shortcut().toString() == SHORTCUT
    toolbar.widgetForAction(window.crisis_action).click()
    assert opened == [window]
    window.show_page("safety")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.page("safety").editors["coping"]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == [window, window]
    assert toolbar.isVisible()  # still there on another page
