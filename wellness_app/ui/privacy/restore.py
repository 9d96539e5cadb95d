"""The restore dialog: a table of backups (newest first); the chosen one is checked before
it replaces anything, and the current journal is kept aside."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.services.backup_restore import BackupInfo
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

PathRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


KINDS = {"auto": QT_TRANSLATE_NOOP("Privacy", "Daily (automatic)"),
         "manual": QT_TRANSLATE_NOOP("Privacy", "Made by you"),
         "pre-import": QT_TRANSLATE_NOOP("Privacy", "Before an import"),
         "before-restore": QT_TRANSLATE_NOOP("Privacy", "Before a restore"),
         "pre-migration": QT_TRANSLATE_NOOP("Privacy", "Before a migration")}


class BackupTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Privacy", "Taken"),
        QT_TRANSLATE_NOOP("Privacy", "Kind"),
        QT_TRANSLATE_NOOP("Privacy", "Size"),
        QT_TRANSLATE_NOOP("Privacy", "Encrypted"),
        QT_TRANSLATE_NOOP("Privacy", "Folder"),
    )

    def __init__(self, backups: list[BackupInfo], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(backups)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Privacy", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == PathRole:
            return str(info.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return fmt.date_and_time(info.taken_at.astimezone())
        if column == 1:
            kind = "pre-migration" if info.kind.startswith("pre-migration") else info.kind
            kind = KINDS.get(kind, kind)
            return translate("Privacy", kind)
        if column == 2:
            return QLocale().formattedDataSize(info.size)
        if column == 3:
            return translate("Privacy", "Yes") if info.encrypted else translate("Privacy", "No")
        return str(info.path.parent)

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Privacy", "Restore a backup"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        if backups:
            text = translate("Privacy", "Choose a backup. It is checked before it replaces "
                             "anything, and your current journal is kept aside in the data "
                             "folder.")
        else:
            text = translate("Privacy", "There are no backups yet. One is made automatically "
                             "each day you use the app.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupTableModel(backups, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Privacy", "Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        if backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Privacy", "Restore"))
        self.ok.setAccessibleName(translate("Privacy", "Restore the selected backup"))
        self.ok.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    @classmethod
    def ask(cls, backups: list[BackupInfo], parent: QWidget | None = None) -> BackupInfo | None:
        dialog = cls(backups, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
