"""Help: User guide (F1, offline, from the README), Keyboard shortcuts, About, About Qt,
Licenses — in the order desktop users expect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellness_app.ui.common.i18n import translate
from wellness_app.ui.shell.help_text import guide_sections, readme_path, shortcut_table


def add_help_actions(menu: QMenu, window: QWidget, about: Callable[[], None]) -> None:
    guide = QAction(translate("Help", "&User guide"), window)
    guide.setObjectName("userGuideAction")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: HelpDialog.show_guide(window))
    keys = QAction(translate("Help", "&Keyboard shortcuts"), window)
    keys.setObjectName("shortcutsAction")
    keys.triggered.connect(lambda: HelpDialog.show_shortcuts(window))
    about_action = QAction(translate("MainWindow", "&About Wellness Journal"), window)
    about_action.setObjectName("aboutAction")
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(about)
    about_qt = QAction(translate("Help", "About &Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(lambda: QMessageBox.aboutQt(window))
    licenses = QAction(translate("Help", "&Licenses"), window)
    licenses.setObjectName("licensesAction")
    licenses.triggered.connect(lambda: _show_licenses(window))  # GPL + third-party notices
    for action in (guide, keys):
        menu.addAction(action)
    menu.addSeparator()
    for action in (about_action, about_qt, licenses):
        menu.addAction(action)


def _readme() -> str:
    path = readme_path()
    return path.read_text(encoding="utf-8") if path is not None else ""


class HelpDialog(QDialog):
    """A titled list of sections beside a text view (one section when there is one)."""

    def __init__(self, title: str, sections: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.sections = sections
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Help", "Sections"))
        self.list.addItems([name for name, _text in sections])
        self.list.setMaximumWidth(240)
        self.list.setVisible(len(sections) > 1)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(title)
        self.list.currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)
        if sections:
            self.list.setCurrentRow(0)
            self._show(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.text.setMarkdown(self.sections[row][1])

    @classmethod
    def show_guide(cls, parent: QWidget | None) -> None:
        sections = guide_sections(_readme()) or [(translate("Help", "User guide"), translate(
            "Help", "The user guide was not found in this installation."))]
        cls(translate("Help", "User guide"), sections, parent).exec()

    @classmethod
    def show_shortcuts(cls, parent: QWidget | None) -> None:
        table = shortcut_table(_readme()) or translate(
            "Help", "The list of shortcuts was not found in this installation.")
        cls(translate("Help", "Keyboard shortcuts"),
            [(translate("Help", "Keyboard shortcuts"), table)], parent).exec()



def _show_licenses(window: QWidget) -> None:
    """Imported when asked for: the notices read package metadata (not at start-up)."""
    from wellness_app.ui.shell.licenses import show_licenses

    show_licenses(window)
