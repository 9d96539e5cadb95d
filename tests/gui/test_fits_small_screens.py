"""Every page and main dialog fits a 1024×600 screen, in English and in German: the window's
minimum size fits, no form scrolls sideways, and no label or button shows less than its
text. Pages are opened from View › Pages and dialogs from their menu or button, as a person
opens them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fit_check import clipped_text, sideways_scrolling
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from wellness_app import app as app_module
from wellness_app.paths import resolve_paths
from wellness_app.services.demo_data import DemoDataService
from wellness_app.ui.common.i18n import install_translators
from wellness_app.ui.desktop.quick_checkin import QuickCheckIn
from wellness_app.ui.shell.registry import PAGES

# a 1024×600 screen less a panel (~24 px) and a title bar (~30 px)
SMALL = QSize(1024, 546)


@pytest.fixture(params=["en", "de"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def small_window(qtbot, tmp_path: Path, language):  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path)
    paths.ensure()
    db = app_module.open_journal(paths)
    assert db is not None
    DemoDataService(db).fill(years=0.3, seed=3)
    window = app_module.build_main_window(db, paths)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    yield window
    window.close()
    db.close()


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def test_every_page_fits_1024x600(qtbot, small_window) -> None:  # type: ignore[no-untyped-def]
    window = small_window
    problems: list[str] = []
    for spec, action in zip(PAGES, window.pages_menu.actions(), strict=True):
        action.trigger()  # View › Pages, as the sidebar and Ctrl+N do
        settle(qtbot)
        assert window.current_page_key() == spec.key
        hint = window.minimumSizeHint()
        if hint.width() > SMALL.width() or hint.height() > SMALL.height():
            problems.append(f"{spec.key}: window needs {hint.toTuple()}")
        if window.size() != SMALL:
            problems.append(f"{spec.key}: window grew to {window.size().toTuple()}")
        page = window.page(spec.key)
        problems += [f"{spec.key}: scrolls sideways: {p}" for p in sideways_scrolling(window)]
        problems += [f"{spec.key}: {p}" for p in clipped_text(page)]
    assert not problems, "\n".join(problems)


def check_dialog(dialog: QDialog, problems: list[str], name: str) -> None:
    hint = dialog.minimumSizeHint()
    if hint.width() > SMALL.width() or hint.height() > SMALL.height():
        problems.append(f"{name}: needs {hint.toTuple()}")
    dialog.resize(dialog.size().boundedTo(SMALL))
    QApplication.processEvents()
    problems += [f"{name}: scrolls sideways: {p}" for p in sideways_scrolling(dialog)]
    problems += [f"{name}: {p}" for p in clipped_text(dialog)]


def menu_action(window, text: str):  # type: ignore[no-untyped-def]
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in menu.actions():
                shown = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                if text in (action.objectName(), shown):
                    return action
    raise AssertionError(f"no menu item {text}")


def test_main_dialogs_fit_1024x600(qtbot, small_window, language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = small_window
    problems: list[str] = []
    opened: list[str] = []

    def exec_and_check(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        name = type(dialog).__name__
        opened.append(name)
        check_dialog(dialog, problems, name)
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_and_check)
    names = {"en": ["Privacy & data…", "Reminders and start-up…"],
             "de": ["Datenschutz & Daten…", "Erinnerungen und Autostart…"]}[language]
    for text in [*names, "onboardingAction"]:
        menu_action(window, text).trigger()
    for action in window.actions():
        if action.shortcut().toString() == "Ctrl+Shift+H":
            action.trigger()
    today = window.page("today")
    window.show_page("today")
    today.edit_tags_button.click()
    today.rename_moods_button.click()
    window.show_page("journal")
    journal = window.page("journal")
    qtbot.waitUntil(lambda: journal.view.model().rowCount() > 1)
    journal.view.setCurrentIndex(journal.view.model().index(1, 0))
    journal.edit_current()
    menu_action(window, "quickCheckinAction").trigger()
    [quick] = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QuickCheckIn) and w.isVisible()]
    check_dialog(quick, problems, "QuickCheckIn")
    quick.close()
    assert {"PrivacyDialog", "ReminderSettingsDialog", "OnboardingWizard", "CrisisDialog",
            "TagCatalogDialog", "MoodLabelsDialog", "EntryDialog"} <= set(opened), opened
    assert not problems, "\n".join(problems)


def test_the_fit_checks_catch_cut_text_and_sideways_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("A sentence far too long for twenty pixels")
    label.setFixedWidth(20)
    button = QPushButton("Another long button text")
    button.setFixedWidth(30)
    area = QScrollArea()
    wide = QWidget()
    wide.setMinimumWidth(2000)
    area.setWidget(wide)
    for widget in (label, button, area):
        layout.addWidget(widget)
    root.resize(300, 300)
    root.show()
    qtbot.waitExposed(root)
    problems = clipped_text(root)
    assert any("far too long" in p for p in problems)
    assert any("Another long" in p for p in problems)
    assert sideways_scrolling(root)


def test_a_first_window_opens_within_the_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import fitting_size

    paths = resolve_paths(tmp_path)
    paths.ensure()
    db = app_module.open_journal(paths)
    window = app_module.build_main_window(db, paths)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    assert window.width() <= available.width() * 0.9
    assert window.height() <= available.height() * 0.9
    assert fitting_size(QSize(1024, 576)) == QSize(921, 518)
    assert fitting_size(QSize(1920, 1080)) == QSize(1100, 720)
    db.close()


def test_trends_titles_never_collide_insights_stay_narrow(qtbot, small_window) -> None:  # type: ignore[no-untyped-def]
    window = small_window
    window.show_page("trends")
    trends = window.page("trends")
    qtbot.waitUntil(lambda: trends.loaded and trends.insights_loaded, timeout=10_000)
    settle(qtbot)
    plots = trends.plots
    rects = {key: label.sceneBoundingRect() for key, label in plots.titles.items()}
    for key, rect in rects.items():
        assert plots.subplots[key].sceneBoundingRect().contains(rect), key
        assert plots.subplots[key].getAxis("left").labelText == ""  # no title along the axis
        for other, other_rect in rects.items():
            assert other == key or not rect.intersects(other_rect), (key, other)
    assert not trends.insights_view.horizontalScrollBar().isVisible()
    assert trends.insights_view.width() >= 220
