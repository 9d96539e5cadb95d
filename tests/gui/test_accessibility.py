"""Walk every page of the main window: every interactive control has an accessible name
(what a screen reader says) and can take keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from wellness_app.ui.shell.main_window import MainWindow
from wellness_app.ui.shell.registry import PAGES

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractSlider, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def unreachable_or_unnamed(page: QWidget) -> list[str]:
    problems = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QHeaderView | QScrollBar):
            continue  # parts of a view or scroll area that Qt names and drives itself
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,
                                                                          QAbstractSpinBox)):
            continue  # the editor inside a combo/spin box is named by its owner
        label = f"{type(widget).__name__}({widget.objectName() or '?'})"
        if not accessible_name(widget):
            problems.append(f"{label}: no accessible name")
        has_shortcut = isinstance(widget, QAbstractButton) and widget.shortcut().toString()
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not has_shortcut:
            problems.append(f"{label}: not reachable by keyboard")
    return problems


def test_every_page_names_its_controls_and_takes_focus(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    failures = {}
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        problems = unreachable_or_unnamed(page)
        if problems:
            failures[spec.key] = problems
    assert failures == {}
    assert accessible_name(window.sidebar)
