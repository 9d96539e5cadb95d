"""First-run setup: completed by keyboard, skipped, not repeated, reopened from Settings, and
the passphrase step really encrypting the journal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWizard

from wellness_app.paths import AppPaths
from wellness_app.services import Database, privacy
from wellness_app.services.crisis_lines import CrisisLineService, system_country
from wellness_app.services.moods import MoodService
from wellness_app.services.place import PlaceService
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.onboarding import first_run
from wellness_app.ui.onboarding.wizard import OnboardingWizard

SHOTS = os.environ.get("ONBOARDING_SHOTS")


@pytest.fixture
def wizard(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    wiz = OnboardingWizard(ui_ctx.services, ui_ctx.settings)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def press(qtbot, key: Qt.Key, text: str = "") -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key)


def next_page(qtbot, wizard: OnboardingWizard) -> None:  # type: ignore[no-untyped-def]
    before = wizard.currentId()
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == before + 1


def test_completes_by_keyboard_and_saves_each_choice(wizard, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert "not a medical device" in wizard.welcome.findChild(object, "notMedicalDevice").text()
    next_page(qtbot, wizard)  # welcome → place; the city field has focus
    assert QApplication.focusWidget() is wizard.place.fields.city
    press(qtbot, Qt.Key.Key_unknown, "oslo")
    popup = wizard.place.fields.city.completer().popup()
    assert popup.isVisible()  # offline suggestions while typing
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks the suggestion
    assert wizard.place.fields.city.text() == "Oslo, Norway" and not popup.isVisible()
    next_page(qtbot, wizard)  # → reminders
    press(qtbot, Qt.Key.Key_Space)  # "Remind me to check in"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.reminders.times
    wizard.reminders.times.selectAll()
    press(qtbot, Qt.Key.Key_unknown, "20:00, 8:30")
    next_page(qtbot, wizard)  # → passphrase (left empty: no encryption)
    next_page(qtbot, wizard)  # → country
    assert isinstance(QApplication.focusWidget(), QComboBox)
    press(qtbot, Qt.Key.Key_unknown, "Germany")
    assert wizard.country.country.currentData() == "DE"
    next_page(qtbot, wizard)  # → example data
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.demo is not None and wizard.demo.demo.isChecked()
    press(qtbot, Qt.Key.Key_Return)  # Finish
    assert not wizard.isVisible() and wizard.applied is not None

    db, settings = ui_ctx.db, ui_ctx.settings
    assert PlaceService(db).place().name == "Oslo, Norway"  # type: ignore[union-attr]
    assert settings.get(Keys.reminders_enabled) is True
    assert settings.get(Keys.reminder_times) == "08:30, 20:00"
    assert CrisisLineService(db).country() == "DE"
    assert MoodService(db).count() > 300  # two years of example check-ins
    assert settings.get(Keys.onboarding_done) is True
    assert privacy.journal_kind(db.path) == "plain"


def test_a_bad_city_or_time_stops_next_with_a_message(wizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    wizard.place.fields.city.setText("Atlantis")
    wizard.next()
    assert wizard.currentId() == 1 and "not in the offline city list" in wizard.place.error.text()
    wizard.place.fields.by_coords.setChecked(True)
    wizard.next()
    wizard.reminders.enabled.setChecked(True)
    wizard.reminders.times.setText("8 pm")
    wizard.next()
    assert wizard.currentId() == 2 and "HH:MM" in wizard.reminders.error.text()


def test_skip_marks_done_and_changes_nothing_else(wizard, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    skip = wizard.button(QWizard.WizardButton.CancelButton)
    assert skip.text() == "Skip setup"
    wizard.next()
    wizard.place.fields.city.setText("Oslo")
    wizard.next()
    wizard.reminders.enabled.setChecked(True)
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and wizard.applied is None
    db, settings = ui_ctx.db, ui_ctx.settings
    settings.sync()
    assert settings.get(Keys.onboarding_done) is True
    assert PlaceService(db).place() is None
    assert settings.get(Keys.reminders_enabled) is False
    assert "reminders" not in Path(settings.path).read_text(encoding="utf-8")
    assert CrisisLineService(db).country() == system_country()
    assert MoodService(db).count() == 0
    assert privacy.journal_kind(db.path) == "plain"


def test_escape_skips_from_any_step(wizard, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    wizard.next()
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and ui_ctx.settings.get(Keys.onboarding_done) is True


def test_shown_on_first_run_only(ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[Database] = []

    def fake_ask(cls, db, settings, parent=None):  # type: ignore[no-untyped-def]
        shown.append(db)
        settings.set(Keys.onboarding_done, True)

    monkeypatch.setattr(OnboardingWizard, "ask", classmethod(fake_ask))
    assert first_run.run_if_due(ui_ctx.db, ui_ctx.settings) is True
    assert first_run.run_if_due(ui_ctx.db, ui_ctx.settings) is False
    assert len(shown) == 1


def test_not_shown_for_a_journal_that_already_has_entries(ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(OnboardingWizard, "ask", classmethod(lambda cls, *a: pytest.fail()))
    MoodService(ui_ctx.db).log(3)
    assert first_run.run_if_due(ui_ctx.db, ui_ctx.settings) is False


def test_start_up_asks_about_a_passphrase_only_once(tmp_path: Path, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    from wellness_app import app
    from wellness_app.ui.privacy import startup

    paths = AppPaths(tmp_path, tmp_path / "logs", tmp_path / "config")
    paths.ensure()
    monkeypatch.setattr(startup.FirstRunOffer, "ask", classmethod(lambda cls: pytest.fail()))
    shown: list[bool] = []
    monkeypatch.setattr(OnboardingWizard, "ask",
                        classmethod(lambda cls, db, settings, parent=None: shown.append(True)))
    db = app.open_journal(paths)
    assert db is not None
    app._first_run_setup(db, paths)
    assert shown == [True]
    db.close()


def test_reopened_from_the_settings_menu(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    from wellness_app.ui.shell.main_window import MainWindow

    ui_ctx.settings.set(Keys.onboarding_done, True)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "settingsMenu")
    action = next(a for a in menu.actions() if a.text() == "Welcome and setup…")
    opened: list[object] = []
    monkeypatch.setattr(OnboardingWizard, "ask",
                        classmethod(lambda cls, db, settings, parent=None: opened.append(parent)))
    action.trigger()
    assert opened == [window]


def test_passphrase_step_encrypts_and_a_mismatch_blocks_next(wizard, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        wizard.next()
    page = wizard.passphrase
    assert wizard.currentPage() is page and QApplication.focusWidget() is page.first
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    press(qtbot, Qt.Key.Key_unknown, "quiet harbour lamp")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_unknown, "quiet harbor lamp")
    assert not next_button.isEnabled()
    assert page.error.isVisible() and page.error.text() == "The two passphrases differ."
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    if SHOTS:
        wizard.grab().save("/tmp/onboard8-mismatch.png")
    page.second.setText("quiet harbour lamp")
    assert next_button.isEnabled() and not page.error.isVisible()
    assert "Good length" in page.hint.text()
    wizard.next()
    wizard.next()
    wizard.accept()
    db = ui_ctx.db
    assert privacy.journal_kind(db.path) == "encrypted"
    MoodService(db).log(4)  # the open handle uses the new key
    privacy.check_passphrase(db.path, "quiet harbour lamp")


def test_passphrase_step_says_why_encryption_is_unavailable(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.onboarding import passphrase_page

    monkeypatch.setattr(passphrase_page.privacy, "encryption_unavailable_reason",
                        lambda: "Encryption needs the sqlcipher3 package, which is missing.")
    wiz = OnboardingWizard(ui_ctx.services, ui_ctx.settings)
    qtbot.addWidget(wiz)
    page = wiz.passphrase
    assert page.first is None and page.isComplete()
    texts = " ".join(label.text() for label in page.findChildren(passphrase_page.QLabel))
    assert "sqlcipher3 package" in texts and "skipped" in texts


def test_every_control_is_named_and_reachable(wizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLineEdit),
                       *page.findChildren(QComboBox)]:
            if isinstance(widget.parent(), QComboBox) or "spinbox" in widget.objectName():
                continue
            if not widget.accessibleName():
                problems.append(f"page {page_id}: {type(widget).__name__} has no name")
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                problems.append(f"page {page_id}: {type(widget).__name__} takes no focus")
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        assert wizard.button(which).accessibleName()
    assert problems == []
