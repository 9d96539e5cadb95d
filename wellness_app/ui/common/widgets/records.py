"""A read-only list model over domain records, shown through a formatting function, and
the box that lists today's records, each deletable with undo (light, movement, self-care)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QGroupBox, QListView, QVBoxLayout, QWidget

from wellness_app.ui.common.widgets.empty_state import EmptyState
from wellness_app.ui.common.widgets.row_delete import RowDeleter, records_of
from wellness_app.ui.common.widgets.undo_bar import UndoBar

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


class RecordsBox(QGroupBox, Generic[T]):
    """A titled list of today's records, `empty_text` in it while there is nothing yet.
    Each row deletes through its bin button, its context menu or the Delete key, and an
    "Deleted: … Undo" bar under the list takes it back (Ctrl+Z too, anywhere on `parent`,
    the page). `delete`, `restore` and `run` as in RowDeleter."""

    def __init__(self, title: str, describe: Callable[[T], str], list_name: str,
                 delete_name: str, *, delete: Callable[[T], T],
                 restore: Callable[[T], object],
                 run: Callable[[Callable[[], object], str], bool],
                 parent: QWidget | None = None, empty_text: str = "") -> None:
        super().__init__(title, parent)
        self.model: RecordListModel[T] = RecordListModel(describe, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(list_name)
        self.empty_state = EmptyState(self.list, empty_text) if empty_text else None
        self.undo_bar = UndoBar(self)
        self.deleter: RowDeleter[T] = RowDeleter(
            self.list, self.undo_bar, parent or self, record_at=records_of(self.model, RecordRole),
            delete=delete, restore=restore, run=run, describe=describe, delete_name=delete_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.undo_bar)
