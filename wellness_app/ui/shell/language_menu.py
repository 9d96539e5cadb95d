"""Settings › Language: follow the system, or one of the shipped translations.

The choice is saved in the settings file and applies from the next start (every window
would have to rebuild its text otherwise); the app offers to restart now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import available_languages, translate
from wellness_app.ui.common.menus import window_menu
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.shell.quitting import RESTART_PROPERTY, request_quit


def language_name(code: str) -> str:
    """A language named in itself, as people look for it: English, Deutsch."""
    if code == "en":  # the source language (Qt would say "American English")
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def install(window: Any, ctx: UiContext) -> None:
    """WINDOW_EXTENSIONS hook."""
    settings_menu = window_menu(window, "settingsMenu", translate("MainWindow", "&Settings"))
    menu = settings_menu.addMenu(translate("Language", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    current = ctx.settings.get(Keys.language) or "system"
    choices = [("system", translate("Language", "Follow the system"))]
    choices += [(code, language_name(code)) for code in available_languages()]
    for code, label in choices:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: _choose(window, ctx, c))
        group.addAction(action)


class RestartPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True for "Restart now", False for "Later"."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("Language", "Language"),
                          translate("Language", "The new language is used from the next start. "
                                    "Restart the app now? Everything you saved stays."),
                          parent=parent)
        restart = box.addButton(translate("Language", "Restart now"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Language", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        return box.clickedButton() is restart


def _choose(window: Any, ctx: UiContext, code: str) -> None:
    if code == (ctx.settings.get(Keys.language) or "system"):
        return
    ctx.settings.set(Keys.language, code)
    ctx.settings.sync()
    if RestartPrompt.ask(window):
        app = QApplication.instance()
        if app is not None:
            app.setProperty(RESTART_PROPERTY, True)  # app.run_gui starts it again on exit
        request_quit(window, ctx)
        return
    ctx.state.status_message.emit(translate(
        "Language", "The new language is used the next time you open the app."))
