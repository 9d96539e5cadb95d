"""Mood entries as a flat list model: day header rows followed by that day's entries.

Newest day first. Custom roles give views and delegates the domain objects; the
DisplayRole text is a plain summary (used by accessibility and tests).
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from wellness_app.domain.moods import MoodEntry
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "day" or "entry"
    ENTRY = Qt.ItemDataRole.UserRole + 2  # MoodEntry (entry rows)
    DAY = Qt.ItemDataRole.UserRole + 3  # date (both kinds)
    MEAN = Qt.ItemDataRole.UserRole + 4  # float: the day's mean mood (header rows)
    COUNT = Qt.ItemDataRole.UserRole + 5  # int: entries that day (header rows)
    LABEL = Qt.ItemDataRole.UserRole + 6  # str: the mood label (entry rows)


def entry_summary(entry: MoodEntry, label: str) -> str:
    """One line a screen reader can read: time, mood, tags, note."""
    parts = [locale_format.time_of_day(entry.moment.local), f"{label} ({entry.mood}/5)"]
    if entry.mood_label:
        parts.append(translate("EntryDelegate", "imported as “{label}”").format(
            label=entry.mood_label))
    if entry.tags:
        parts.append(", ".join(entry.tags))
    if entry.note:
        parts.append(" ".join(entry.note.split())[:120])
    return " · ".join(parts)


class JournalModel(QAbstractListModel):
    def __init__(self, *, group_by_day: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self._group = group_by_day
        self._rows: list[tuple[str, date, Any]] = []  # (kind, day, entry-or-(mean, count))
        self._labels: dict[int, str] = {}

    # -- filling ------------------------------------------------------------------------
    def set_entries(self, entries: list[MoodEntry], labels: dict[int, str]) -> None:
        """Replace the content; `entries` newest first (as the service returns them)."""
        self.beginResetModel()
        self._labels = dict(labels)
        self._rows = []
        if self._group:
            by_day: dict[date, list[MoodEntry]] = {}
            for entry in entries:
                by_day.setdefault(entry.local_date, []).append(entry)
            for day, day_entries in by_day.items():
                mean = sum(e.mood for e in day_entries) / len(day_entries)
                self._rows.append(("day", day, (mean, len(day_entries))))
                self._rows.extend(("entry", day, e) for e in day_entries)
        else:
            self._rows = [("entry", e.local_date, e) for e in entries]
        self.endResetModel()

    # -- lookups ------------------------------------------------------------------------
    def entry_at(self, row: int) -> MoodEntry | None:
        if 0 <= row < len(self._rows) and self._rows[row][0] == "entry":
            return self._rows[row][2]
        return None

    def row_for_day(self, day: date) -> int:
        """Row of the day's header (or first entry); -1 if the day is not shown."""
        for row, (_kind, row_day, _payload) in enumerate(self._rows):
            if row_day == day:
                return row
        return -1

    def row_for_entry(self, entry_id: int) -> int:
        for row, (kind, _day, payload) in enumerate(self._rows):
            if kind == "entry" and payload.id == entry_id:
                return row
        return -1

    def entry_count(self) -> int:
        return sum(1 for kind, _d, _p in self._rows if kind == "entry")

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "day":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, day, payload = self._rows[index.row()]
        if role == Roles.KIND:
            return kind
        if role == Roles.DAY:
            return day
        if kind == "day":
            mean, count = payload
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                text = (translate("JournalModel", "{day} · mean {mean} · 1 entry") if count == 1
                        else translate("JournalModel", "{day} · mean {mean} · {count} entries"))
                return text.format(day=locale_format.long_date(day),
                                   mean=locale_format.number(mean, 1),
                                   count=locale_format.number(count))
            if role == Roles.MEAN:
                return mean
            if role == Roles.COUNT:
                return count
            return None
        label = self._labels.get(payload.mood, str(payload.mood))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_summary(payload, label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return payload.note[:600] or None
        if role == Roles.ENTRY:
            return payload
        if role == Roles.LABEL:
            return label
        return None
