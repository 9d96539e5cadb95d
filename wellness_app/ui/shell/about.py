"""The About box: version, where the data lives, and what this app is not."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from wellness_app import APP_DISPLAY_NAME, __version__
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

NOT_A_MEDICAL_DEVICE = QT_TRANSLATE_NOOP("About", "This is a self-care journal, not a medical "
                                         "device. It does not diagnose or advise on treatment.")


def about_text(data_dir: object) -> str:
    """Rich text for the About box (tested directly)."""
    not_a_device = translate("About", NOT_A_MEDICAL_DEVICE)
    folder = translate("About", "Your data folder:")
    local = translate("About", "Everything stays on this computer; the app has no network code.")
    return (f"<h3>{html.escape(APP_DISPLAY_NAME)} {html.escape(__version__)}</h3>"
            f"<p>{html.escape(not_a_device)}</p>"
            f"<p>{html.escape(folder)}<br>"
            f"<code>{html.escape(str(data_dir))}</code></p>"
            f"<p>{html.escape(local)}</p>")


def show_about(parent: QWidget | None, data_dir: object) -> None:
    QMessageBox.about(parent, translate("About", "About {name}").format(
        name=APP_DISPLAY_NAME), about_text(data_dir))
