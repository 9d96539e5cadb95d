"""Crisis support is one keystroke or click away from everywhere: Ctrl+Shift+H on every
page and over a modal dialog, the tray menu, the quick check-in, the unlock screens (no
passphrase needed), at 1024×600, in English and German."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton

from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.services.safety_plan import SafetyPlanService
from wellness_app.ui.common.i18n import install_translators
from wellness_app.ui.crisis.dialog import CrisisDialog
from wellness_app.ui.shell.registry import PAGES

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(params=["en", "de"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    previous = QLocale()
    translators = install_translators(qapp, "de") if request.param == "de" else []
    if request.param == "de":
        assert translators, "the compiled German translation is missing"
        QLocale.setDefault(QLocale("de_DE"))
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    """Every crisis screen asked for: (parent, ctx, data_dir)."""
    calls: list[tuple[object, object, object]] = []

    def ask(cls, parent, ctx, intro="", *, data_dir=None):  # type: ignore[no-untyped-def]
        calls.append((parent, ctx, data_dir))

    monkeypatch.setattr(CrisisDialog, "ask", classmethod(ask))
    return calls


@pytest.fixture
def window(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def press_help(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_H, CTRL_SHIFT)


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_ctrl_shift_h_on_every_page(language, window, qtbot, opened, key: str) -> None:  # type: ignore[no-untyped-def]
    window.show_page(key)
    qtbot.waitUntil(lambda: window.current_page_key() == key)
    focus = QApplication.focusWidget() or window
    press_help(qtbot, focus)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0][0] is window and opened[0][1] is window.ctx


def test_ctrl_shift_h_over_a_modal_dialog(language, window, qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window.show_page("today")
    today = window.page("today")
    seen: dict[str, object] = {}

    def inside_the_dialog() -> None:
        modal = QApplication.activeModalWidget()
        seen["modal"] = modal
        press_help(qtbot, modal.focusWidget() or modal)
        QTimer.singleShot(100, modal.reject)

    QTimer.singleShot(0, inside_the_dialog)
    today.rename_moods_button.click()  # "Rename moods…" opens a modal dialog
    assert seen["modal"] is not None
    assert [call[0] for call in opened] == [seen["modal"]]


def test_the_tray_menu_has_crisis_support(language, window, qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    action = window.tray.menu.findChild(QAction, "trayCrisis")
    assert action.text() == ("Hilfe in der Krise" if language == "de" else "Crisis support")
    window.hide()  # also while the app sits in the tray
    action.trigger()
    assert opened == [(None, window.ctx, None)]


def test_the_quick_checkin_has_crisis_support(language, window, qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    quick = window.tray.open_quick_checkin()
    qtbot.addWidget(quick)
    button = quick.findChild(QPushButton, "quickCheckinCrisis")
    assert button.isVisible() and button.accessibleName()
    assert not button.autoDefault()  # Enter still saves the check-in
    button.click()
    assert opened == [(quick, window.ctx, None)]


def test_the_start_up_unlock_screen_offers_lines_without_the_passphrase(
        qtbot, opened, data_dir: Path, db, language) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.privacy.unlock import UnlockDialog

    CrisisLineService(db).set_country("AT")
    dialog = UnlockDialog(lambda text: None, data_dir=data_dir)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    panel = dialog.crisis
    assert "112 / 144" in panel.emergency_label.text()
    assert ("Passphrase" if language == "de" else "passphrase") in " ".join(
        w.text() for w in panel.findChildren(type(panel.emergency_label)))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press_help(qtbot, dialog.edit)
    assert opened == [(dialog, None, data_dir)]
    panel.crisis_button.click()
    assert len(opened) == 2


def test_start_up_unlock_is_given_the_data_folder(monkeypatch, tmp_path: Path) -> None:
    from wellness_app.ui.privacy import startup
    from wellness_app.ui.privacy.unlock import UnlockDialog

    given: list[object] = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(
        lambda cls, check, message, parent, data_dir: given.append(data_dir)))
    startup.ask_passphrase(tmp_path / "wellness.db")
    assert given == [tmp_path]


def test_the_auto_lock_screen_never_shows_the_plan(language, window, ui_ctx, qtbot,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    from wellness_app.ui.privacy.lock import LockScreen
    from wellness_app.ui.privacy.unlock import NewPassphraseDialog

    SafetyPlanService(ui_ctx.db).save(SafetyPlan({"coping": ("Cold water on my face",)},
                                                 (SafetyContact("Maya", "07700 900123"),)))
    CrisisLineService(ui_ctx.db).set_country("GB")
    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(lambda cls, *a: (None, "pw")))
    window.privacy_actions.encrypt()
    window.auto_lock.lock()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    assert "999 / 112" in screen.crisis.emergency_label.text()
    shown: list[CrisisDialog] = []

    def ask(cls, parent, ctx, intro="", *, data_dir=None):  # type: ignore[no-untyped-def]
        dialog = CrisisDialog(ctx, parent, intro, data_dir=data_dir)
        qtbot.addWidget(dialog)
        shown.append(dialog)

    monkeypatch.setattr(CrisisDialog, "ask", classmethod(ask))
    for open_it in (screen.crisis.crisis_button.click, window.crisis_action.trigger):
        open_it()
        dialog = shown[-1]
        assert dialog.locked and dialog.line_cards[0].number.text() == "116 123"
        assert "Cold water" not in dialog.plan_text() and "Maya" not in dialog.plan_text()


def test_the_screen_fits_1024x600_in_english_and_german(ui_ctx, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(SafetyPlan({"coping": ("Cold water on my face",)},
                                                 (SafetyContact("Maya", "07700 900123"),)))
    CrisisLineService(ui_ctx.db).set_country("DE")
    dialog = CrisisDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fit_screen(QRect(0, 0, 1024, 600))
    qtbot.waitUntil(lambda: dialog.height() <= 560)
    assert dialog.minimumSizeHint().width() <= 1024
    assert dialog.minimumSizeHint().height() <= 560
    strip = dialog.emergency_text.text()
    assert "112" in strip
    assert ("Ruf jetzt" in strip) if language == "de" else ("Call 112 now" in strip)
    assert dialog.close_button.text().replace("&", "") == (
        "Schließen" if language == "de" else "Close")
    assert dialog.line_cards[0].action_buttons["copy"].text() == (
        "Nummer kopieren" if language == "de" else "Copy number")
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0


def test_ctrl_shift_h_in_the_quick_checkin_window(window, qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    quick = window.tray.open_quick_checkin()
    qtbot.addWidget(quick)
    quick.activateWindow()
    qtbot.waitUntil(quick.isActiveWindow)
    press_help(qtbot, quick.tags)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0][0] is quick and quick.tags.text() == ""
