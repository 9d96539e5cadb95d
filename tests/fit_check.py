"""What "fits the screen" means, checked on real widgets (tests/gui/test_fits_small_screens.py
and .ci/make-screenshots): the window's minimum size fits, no form scrolls sideways, and no
label, button or check box shows less than its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QWidget,
)


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0


def sideways_scrolling(root: QWidget) -> list[str]:
    """Scroll areas (forms, pages) that show a horizontal scroll bar."""
    return [_name(area) for area in root.findChildren(QScrollArea)
            if _visible(area, root) and area.horizontalScrollBar().isVisible()]


def clipped_text(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or, wrapped, lower) than their text needs."""
    problems = []
    for label in root.findChildren(QLabel):
        if not _visible(label, root) or not label.text() or (label.pixmap() is not None \
                and not label.pixmap().isNull()):
            continue
        if label.parent() is not None and type(label.parent()).__name__ in {
                "QToolTip", "QTipLabel"}:
            continue
        width = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"{_name(label)}: needs {needed}px high, has {label.height()}")
        elif label.textFormat() != Qt.TextFormat.RichText and not QtGuiQt.mightBeRichText(
                label.text()):
            text = label.text()
            if label.buddy() is not None:  # "&Year:" shows as "Year:"
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = max(label.fontMetrics().horizontalAdvance(line)
                         for line in text.split("\n"))
            if needed > width + 1:
                problems.append(f"{_name(label)}: needs {needed}px, has {width}")
        else:
            needed = label.minimumSizeHint().width()
            if needed > label.width() + 1:
                problems.append(f"{_name(label)}: needs {needed}px, has {label.width()}")
    for button in root.findChildren(QAbstractButton):
        if not _visible(button, root) or not button.text():
            continue
        if isinstance(button, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            needed = button.sizeHint().width()
            if needed > button.width() + 1:
                problems.append(f"{_name(button)}: needs {needed}px, has {button.width()}")
    return problems


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()[:40]
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 4:
        path.append(type(node).__name__)
        node = node.parentWidget()
    return f"{'<'.join(path)} {text!r}"
