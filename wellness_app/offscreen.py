"""Top-level wiring for Qt work without a window (like boot.py, it may know every layer).

The CLI's `report` command needs Qt to write the PDF (QTextDocument/QPdfWriter), but the
cli package never imports Qt or ui (an import-linter contract). It imports this module
lazily, only when a report is written; this starts an offscreen QGuiApplication if none
exists and hands the Qt-free report model to ui.report.render.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from wellness_app.services.report.model import ClinicianReport

_app: Any = None  # keeps the offscreen application alive for the process
_translators: list[Any] = []


def render_report_pdf(report: ClinicianReport, path: Path, paper: str | None = None) -> Path:
    """Write the PDF; `paper` None follows the system locale (Letter in the US and Canada)."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        from wellness_app.ui.common.i18n import install_translators

        _app = QGuiApplication([sys.argv[0] or "wellness-app", "-platform", "offscreen"])
        # the PDF is for people: the system's language, dates and numbers (LANG=C: en_US)
        _translators.extend(install_translators(_app, "system"))
    from wellness_app.ui.report.render import default_paper, render_pdf

    report.paper = paper or default_paper()
    render_pdf(report, path)
    return path


def demo_words(language: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(locale name, starter tag names, self-care names) for the CLI's `demo` in the
    setting `language` ("system": the system's), the words the GUI's first run uses. Read
    from the translation file directly: no application object (nor its locale) is made."""
    from PySide6.QtCore import QTranslator

    from wellness_app.ui.common.display_names import default_tag_names
    from wellness_app.ui.common.display_names import demo_words as interface_words
    from wellness_app.ui.common.i18n import TRANSLATIONS_DIR, interface_locale

    locale = interface_locale(language)
    translator = QTranslator()
    translator.load(locale, "wellness_app", "_", str(TRANSLATIONS_DIR))

    def words(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    name, selfcare = interface_words(words, locale.name())
    return name, default_tag_names(words), selfcare
