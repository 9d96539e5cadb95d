"""Table model over the crisis lines of one country (shipped, edited, own, hidden)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.ui.common.care_text import shown_line
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

LineRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CrisisLinesModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("CrisisLinesModel", "Name"),
        QT_TRANSLATE_NOOP("CrisisLinesModel", "Number or contact"),
        QT_TRANSLATE_NOOP("CrisisLinesModel", "Note"),
        QT_TRANSLATE_NOOP("CrisisLinesModel", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[CrisisLine] = []

    def set_lines(self, lines: list[CrisisLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> CrisisLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CrisisLinesModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            shown = shown_line(line)
            numbers = " / ".join((shown.contact, *shown.also))
            return (shown.label, numbers, shown.note, self._status(line))[index.column()]
        if role == LineRole:
            return line
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and line.hidden:
            from PySide6.QtGui import QPalette

            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    @staticmethod
    def _status(line: CrisisLine) -> str:
        if line.emergency:
            return translate("CrisisLinesModel", "always shown")
        if line.hidden:
            return translate("CrisisLinesModel", "hidden")
        return {"shipped": translate("CrisisLinesModel", "as shipped"),
                "edited": translate("CrisisLinesModel", "edited by you"),
                "own": translate("CrisisLinesModel", "your own")}.get(line.origin, "")
