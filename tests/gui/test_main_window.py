"""Main window: persistence over the same file, remembered page and geometry, menus, About,
theme, and a clear refusal of a file that is not a journal."""

from __future__ import annotations

from pathlib import Path

import app_window
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from wellness_app import app as app_module
from wellness_app.paths import resolve_paths
from wellness_app.services import open_database
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.settings import Keys


def open_window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """The window as at start-up, at its own size (tests/app_window.py)."""
    return app_window.open_window(qtbot, data_dir, size=None, activate=False)


def test_entries_survive_closing_and_reopening(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    today = window.page("today")
    today.mood_buttons.select(5)
    today.note.setPlainText("A good day")
    today.save()
    window.close()
    db.close()
    window2, db2 = open_window(qtbot, tmp_path)
    page = window2.page("today")
    assert page.entries_model.entry_count() == 1
    assert page.entries_model.entry_at(0).note == "A good day"
    db2.close()


def test_mood_keys_work_right_after_start(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    window.sidebar.setFocus()  # focus is in the sidebar, not on the Today page
    QTest.keyClick(window.sidebar, Qt.Key.Key_3)
    assert window.page("today").mood_buttons.value() == 3
    QTest.keyClick(window.sidebar, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert MoodService(db).count() == 1
    window.show_page("journal")
    QTest.keyClick(window.page("journal").search, Qt.Key.Key_4)
    assert window.page("journal").search.text() == "4"  # typed, not a mood
    assert window.page("today").mood_buttons.value() == 0
    db.close()


def test_last_page_and_geometry_remembered(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    window.show_page("journal")
    window.setGeometry(QRect(20, 30, 760, 520))
    qtbot.wait(10)
    window.close()
    db.close()
    window2, db2 = open_window(qtbot, tmp_path)
    assert window2.current_page_key() == "journal"
    assert window2.stack.currentWidget() is window2.page("journal")
    assert (window2.width(), window2.height()) == (760, 520)
    db2.close()


def test_menus_pages_about_and_theme(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&View"] and titles[-1] == "&Help"
    assert len(titles) == len(set(titles))  # features add to menus, never a second File
    window.pages_menu.actions()[1].trigger()
    assert window.current_page_key() == "journal"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    [about] = [a for a in window.help_menu.actions() if a.objectName() == "aboutAction"]
    about.trigger()
    assert "not a medical device" in shown[0]
    assert "0.1.0" in shown[0] and str(window.ctx.data_dir) in shown[0]
    try:
        window.theme_actions["dark"].trigger()
        qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 80)
        assert window.ctx.settings.get(Keys.theme) == "dark"
    finally:
        window.theme_actions["light"].trigger()
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() > 200)
    db.close()


def test_non_sqlite_file_gives_message_and_is_never_overwritten(qapp, tmp_path,
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy import startup

    paths = resolve_paths(tmp_path)
    paths.ensure()
    content = b"these are my holiday notes, not a database\n" * 50
    paths.db_path.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(startup.CorruptJournalDialog, "ask",
                        classmethod(lambda cls, message, *a: shown.append(message) or "quit"))
    assert app_module.open_journal(paths) is None
    assert shown and "wellness.db" in shown[0] and "moved aside" in shown[0]
    [moved] = paths.data_dir.glob("wellness.db.corrupt-*")
    assert moved.read_bytes() == content  # moved aside whole, never overwritten


def test_saved_entries_visible_to_a_new_connection(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    window.page("today").mood_buttons.select(1)
    window.page("today").save()
    other = open_database(tmp_path / "wellness.db")
    assert MoodService(other).count() == 1
    other.close()
    db.close()


def test_theme_follows_the_system_scheme(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from wellness_app.ui.common import theme

    hints = QGuiApplication.styleHints()  # offscreen cannot switch it: simulate the OS
    theme.apply_theme(qapp, "system")
    choice = ["system"]
    theme.follow_system(qapp, lambda: choice[0])
    try:
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().window().color().lightness() < 80
        choice[0] = "light"  # a manual choice wins over the OS
        monkeypatch.setattr(theme, "system_is_dark", lambda: False)
        theme.apply_theme(qapp, "light")
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().window().color().lightness() > 200
    finally:
        theme.apply_theme(qapp, "light")


def test_app_icon_is_a_valid_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtSvg import QSvgRenderer
    from wellness_app.resources import resource_path

    renderer = QSvgRenderer(str(resource_path("icons", "app.svg")))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == 256


def test_language_menu_saves_the_choice_for_the_next_start(qtbot, tmp_path, qapp,
                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMenu

    from wellness_app.ui.common.i18n import install_translators
    from wellness_app.ui.common.settings import Settings
    from wellness_app.ui.shell.language_menu import RestartPrompt

    monkeypatch.setattr(RestartPrompt, "ask", classmethod(lambda cls, parent: False))  # Later
    window, db = open_window(qtbot, tmp_path)
    menu = window.findChild(QMenu, "languageMenu")
    labels = [a.text() for a in menu.actions()]
    assert labels == ["Follow the system", "English", "Deutsch"]
    assert [a.isChecked() for a in menu.actions()] == [True, False, False]
    messages: list[str] = []
    window.ctx.state.status_message.connect(messages.append)
    menu.actions()[2].trigger()
    assert messages == ["The new language is used the next time you open the app."]
    paths = resolve_paths(tmp_path)
    saved = Settings(paths.settings_file).get(Keys.language)
    assert saved == "de"
    translators = install_translators(qapp, saved)  # what the next start does with it
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Beenden"
    finally:  # (the GUI conftest puts the test locale back)
        for translator in translators:
            qapp.removeTranslator(translator)
    window.close()
    db.close()
