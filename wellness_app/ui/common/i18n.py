"""Load the interface translation for the system locale or the person's choice."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellness_app.resources import resource_path

log = logging.getLogger(__name__)
TRANSLATIONS_DIR = resource_path("translations")
# Call as translate("Context", "literal text"): pyside6-lupdate finds exactly this spelling.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate under `context` and return it untranslated, as Qt's macro
    does (whose PySide6 stub returns `object`, so a dict of marked strings would not type-check)."""
    return text


def available_languages() -> list[str]:
    """Language codes with a compiled translation, plus English (the source language)."""
    return ["en", *sorted(p.stem.split("_", 2)[-1] for p in
                          TRANSLATIONS_DIR.glob("wellness_app_*.qm"))]


def interface_locale(language: str = "system") -> QLocale:
    """The locale of the setting `language` ("system" or "": the system's; LANG=C: US)."""
    locale = QLocale.system() if language in {"", "system"} else QLocale(language)
    if locale.language() == QLocale.Language.C:  # LANG=C / unset: plain US English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def install_translators(app: QCoreApplication, language: str = "system") -> list[QTranslator]:
    """Install the app's and Qt's own translators; returns them (keep them alive)."""
    locale = interface_locale(language)
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "wellness_app", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    log.info("Interface language: %s (%d translator(s))", locale.name(), len(installed))
    return installed
