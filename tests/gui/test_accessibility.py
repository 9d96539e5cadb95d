"""Every interactive widget on Today and Journal has an accessible name (screen readers)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit)) or \
                (parent is not None and isinstance(parent.parentWidget(), QComboBox)):
            continue  # inner editor, popup or clear button of a named field
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"{getattr(widget, 'text', lambda: '')()!r}")
    return missing


@pytest.mark.parametrize("target", ["wellness_app.ui.pages.today:TodayPage",
                                    "wellness_app.ui.pages.journal:JournalPage"])
def test_interactive_widgets_are_named(qtbot, ui_ctx, target) -> None:  # type: ignore[no-untyped-def]
    import importlib

    module, name = target.split(":")
    page = getattr(importlib.import_module(module), name)(ui_ctx)
    qtbot.addWidget(page)
    assert unnamed(page) == []
