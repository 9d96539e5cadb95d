"""Help › Licenses shows the app's GPL and the third-party notices (Qt's LGPL, SQLCipher,
OpenSSL, the Python packages), reached from the menu as a person would."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from tests.gui.test_main_window import open_window
from wellness_app.ui.shell.licenses import LicensesDialog


def test_help_licenses_shows_the_gpl_and_every_third_party_licence(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    action = window.help_menu.findChild(QAction, "licensesAction") or next(
        a for a in window.help_menu.actions() if a.objectName() == "licensesAction")
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, LicensesDialog) and w.isVisible())
    qtbot.waitExposed(dialog)
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.app_text.toPlainText()
    qtbot.waitUntil(lambda: "SQLAlchemy" in dialog.third_party.toPlainText(), timeout=30_000)
    notices = dialog.third_party.toPlainText()
    for needed in ("GNU LESSER GENERAL PUBLIC LICENSE", "SQLCipher", "OpenSSL", "Apache License",
                   "PySide6", "SQLAlchemy", "numpy", "pyqtgraph"):
        assert needed in notices, needed
    screen = QApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= min(screen.width(), 1024) and dialog.height() <= 600 - 40
    dialog.close()
    db.close()
