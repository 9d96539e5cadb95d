"""The About box: version, where the data lives, and what this app is not."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wellness_app import APP_DISPLAY_NAME, __version__

NOT_A_MEDICAL_DEVICE = ("This is a self-care journal, not a medical device. It does not "
                        "diagnose or advise on treatment.")


def about_text(data_dir: object) -> str:
    """Rich text for the About box (tested directly)."""
    tr = QCoreApplication.translate
    local = tr("About", "Everything stays on this computer; the app has no network code.")
    return (f"<h3>{html.escape(APP_DISPLAY_NAME)} {html.escape(__version__)}</h3>"
            f"<p>{html.escape(tr('About', NOT_A_MEDICAL_DEVICE))}</p>"
            f"<p>{html.escape(tr('About', 'Your data folder:'))}<br>"
            f"<code>{html.escape(str(data_dir))}</code></p>"
            f"<p>{html.escape(local)}</p>")


def show_about(parent: QWidget | None, data_dir: object) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About {name}").format(
        name=APP_DISPLAY_NAME), about_text(data_dir))
