"""A list model over domain insights (one sentence per row) and its wrapping delegate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wellness_app.domain.insights import Insight

InsightRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class InsightListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Insight] = []

    def set_items(self, items: list[Insight]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.sentence
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "InsightListModel",
                "Welch 95 % interval; a pattern is claimed only when the interval adjusted "
                "for the number of comparisons excludes zero.")
        if role == InsightRole:
            return item
        return None


class WrappingDelegate(QStyledItemDelegate):
    """Row height from the wrapped sentence at the view's current width (the default
    delegate measures before the width is known and clips the last line)."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        width = max(120, view.viewport().width() - 24) if view is not None else 300
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, rect.height() + self.PADDING)
