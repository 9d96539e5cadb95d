"""Menus as desktop users expect them: File ends with Quit, Quick check-in is in File, Help
has User guide (F1, offline from the README), Keyboard shortcuts, About, About Qt and
Licenses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from wellness_app.ui.shell.help_menu import HelpDialog
from wellness_app.ui.shell.help_text import guide_sections, readme_path, shortcut_table
from wellness_app.ui.shell.licenses import LicensesDialog


@pytest.fixture
def window(main_window):  # type: ignore[no-untyped-def]
    return main_window


def shown_texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() if not a.isSeparator() else "—" for a in menu.actions()]


def test_file_and_help_menus_in_the_expected_order(window) -> None:  # type: ignore[no-untyped-def]
    file_items = shown_texts(window.file_menu)
    assert file_items[0] == "Quick check-in…" and file_items[-1] == "&Quit"
    assert file_items.index("&Import…") < file_items.index("&Export…")
    assert file_items[-2] == "—"
    assert shown_texts(window.help_menu) == [
        "&User guide", "&Keyboard shortcuts", "—", "&About Wellness Journal", "About &Qt",
        "&Licenses"]
    menus = [a.menu().objectName() for a in window.menuBar().actions()]
    assert menus[0] == "fileMenu" and menus[-1] == "helpMenu"


def test_f1_opens_the_user_guide_from_the_readme(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[HelpDialog] = []

    def record(dialog: QDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window.sidebar, Qt.Key.Key_F1)
    [guide] = opened
    titles = [guide.list.item(i).text() for i in range(guide.list.count())]
    assert "Today and Journal" in titles and "Your data and privacy" in titles
    assert "Command line" not in titles and "For developers" not in titles
    assert "setup" in guide.text.toPlainText()  # the first section ("First run"), rendered
    guide.list.setCurrentRow(titles.index("Your data and privacy"))
    assert guide.text.toPlainText().strip()


def test_keyboard_shortcuts_and_licenses(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[HelpDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    about_qt: list[bool] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda *args: about_qt.append(True))
    by_name = {a.objectName(): a for a in window.help_menu.actions()}
    by_name["shortcutsAction"].trigger()
    by_name["licensesAction"].trigger()
    next(a for a in window.help_menu.actions() if a.text() == "About &Qt").trigger()
    [shortcuts] = opened  # Licenses opens window-modal (LicensesDialog.open, no exec)
    assert "Ctrl+Shift+N" in shortcuts.text.toPlainText()
    licenses = window.findChild(LicensesDialog)
    assert licenses is not None and licenses.isVisible()
    assert "GNU GENERAL PUBLIC LICENSE" in licenses.app_text.toPlainText()
    assert about_qt == [True]


def test_guide_sections_are_read_from_the_readme() -> None:
    path = readme_path()
    assert path is not None
    readme = path.read_text(encoding="utf-8")
    sections = dict(guide_sections(readme))
    assert sections["Light"] and "| keys | where | what |" in shortcut_table(readme)
    assert guide_sections("# x\n## Using it\n### A\ntext a\n### Command line\ncli\n"
                          "## Your data and privacy\nprivate\n## For developers\ndev\n") == [
        ("A", "text a"), ("Your data and privacy", "private")]
