"""Editable table model over the safety plan's contacts (name, phone, professional, note)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wellness_app.domain.safety_plan import SafetyContact
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
NAME, PHONE, PROFESSIONAL, NOTE = range(4)


class ContactsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
        QT_TRANSLATE_NOOP("ContactsModel", "Professional"),
        QT_TRANSLATE_NOOP("ContactsModel", "Note"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts: list[SafetyContact] = []

    def set_contacts(self, contacts: tuple[SafetyContact, ...] | list[SafetyContact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contacts(self) -> tuple[SafetyContact, ...]:
        return tuple(self._contacts)

    def add_contact(self, contact: SafetyContact | None = None) -> int:
        row = len(self._contacts)
        self.beginInsertRows(QModelIndex(), row, row)
        self._contacts.append(contact or SafetyContact(""))
        self.endInsertRows()
        return row

    def remove_contact(self, row: int) -> None:
        if 0 <= row < len(self._contacts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._contacts[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ContactsModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PROFESSIONAL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        column = index.column()
        if column == PROFESSIONAL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if contact.role == "professional"
                        else Qt.CheckState.Unchecked)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if contact.role == "professional":
                    return translate("ContactsModel", "professional")
                return translate("ContactsModel", "person")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return (contact.name, contact.phone, "", contact.note)[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return False
        contact = self._contacts[index.row()]
        column = index.column()
        if column == PROFESSIONAL and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            contact = replace(contact, role="professional" if checked else "person")
        elif column != PROFESSIONAL and role == Qt.ItemDataRole.EditRole:
            text = str(value)
            if column == NAME:
                contact = replace(contact, name=text)
            elif column == PHONE:
                contact = replace(contact, phone=text)
            else:
                contact = replace(contact, note=text)
        else:
            return False
        self._contacts[index.row()] = contact
        self.dataChanged.emit(index, index, [role])
        return True
