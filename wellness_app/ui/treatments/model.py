"""A table model over a list of treatment sessions (newest first): when, which, where,
and the mood before → after in one narrow column (the table fits half a 1024 px window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from wellness_app.domain.treatments import TreatmentSession
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import treatment_name
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP

SessionRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("TreatmentTableModel", "Date and time"),
           QT_TRANSLATE_NOOP("TreatmentTableModel", "Treatment"),
           QT_TRANSLATE_NOOP("TreatmentTableModel", "Clinic"),
           QT_TRANSLATE_NOOP("TreatmentTableModel", "Mood"))
MOOD = 3  # the column "before → after"
Index = QModelIndex | QPersistentModelIndex


def _mood(value: int | None) -> str:
    return "—" if value is None else str(value)


class TreatmentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[TreatmentSession] = []

    def set_items(self, items: list[TreatmentSession]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda s: s.moment.utc, reverse=True)
        self.endResetModel()

    def item(self, row: int) -> TreatmentSession:
        return self._items[row]

    def row_of(self, session_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.id == session_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TreatmentTableModel", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == MOOD:
            return QCoreApplication.translate("TreatmentTableModel",
                                              "Mood before → after the session (1–5)")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == SessionRole:
            return item
        column = index.column()
        before, after = (_mood(item.mood_before), _mood(item.mood_after))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == MOOD:
            return QCoreApplication.translate(
                "TreatmentTableModel", "mood before {before}, after {after}").format(
                    before=before, after=after)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return fmt.date_and_time(item.moment.local)
            if column == 1:
                return treatment_name(item.kind)
            if column == 2:
                return item.clinic
            return f"{before} → {after}"
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole name and clinic when elided
            shown = " · ".join(part for part in (treatment_name(item.kind), item.clinic) if part)
            return "\n".join(part for part in (shown, item.note[:300]) if part)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MOOD:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
