"""A read-only list model over domain records, shown through a formatting function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
RecordRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class RecordListModel(QAbstractListModel, Generic[T]):
    """Display text from `describe(record)`; the record itself under RecordRole."""

    def __init__(self, describe: Callable[[T], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(record)
        if role == RecordRole:
            return record
        return None
