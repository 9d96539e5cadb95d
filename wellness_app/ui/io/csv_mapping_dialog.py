"""Generic CSV: say which column holds what, with the first rows previewed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.services.io.csv_generic import FIELDS, CsvSettings
from wellness_app.services.io.csv_values import DATE_FORMATS
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

FIELD_TITLES = {  # what a column can hold, in words (stored by key)
    "date": QT_TRANSLATE_NOOP("CsvFields", "Date"),
    "time": QT_TRANSLATE_NOOP("CsvFields", "Time"),
    "datetime": QT_TRANSLATE_NOOP("CsvFields", "Date and time"),
    "mood": QT_TRANSLATE_NOOP("CsvFields", "Mood"),
    "energy": QT_TRANSLATE_NOOP("CsvFields", "Energy"),
    "anxiety": QT_TRANSLATE_NOOP("CsvFields", "Anxiety"),
    "note": QT_TRANSLATE_NOOP("CsvFields", "Note"),
    "tags": QT_TRANSLATE_NOOP("CsvFields", "Tags"),
    "steps": QT_TRANSLATE_NOOP("CsvFields", "Steps"),
    "daylight_minutes": QT_TRANSLATE_NOOP("CsvFields", "Daylight (minutes)"),
    "activity_minutes": QT_TRANSLATE_NOOP("CsvFields", "Movement (minutes)"),
    "sleep_hours": QT_TRANSLATE_NOOP("CsvFields", "Sleep (hours)"),
    "kind": QT_TRANSLATE_NOOP("CsvFields", "Measure (one per row)"),
    "value": QT_TRANSLATE_NOOP("CsvFields", "Reading (one per row)"),
}


def field_title(field: str) -> str:
    return translate("CsvFields", FIELD_TITLES[field]) if field in FIELD_TITLES else field

IGNORE = ""
SCALES = ("1-5", "1-10", "0-10", "1-7", "0-4", "0-100")
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The CSV's first rows, read-only."""

    def __init__(self, header: list[str], rows: list[list[str]]) -> None:
        super().__init__()
        self._header, self._rows = header, rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if section < len(self._header) else None
        return str(section + 1)


def guess(column: str) -> str:
    """A first guess from the column name (`Date` → date, `Mood` → mood)."""
    name = column.strip().casefold().replace(" ", "_")
    return name if name in FIELDS else IGNORE


class CsvMappingDialog(QDialog):
    def __init__(self, header: list[str], rows: list[list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import CSV: columns"))
        self.resize(720, 480)
        intro = QLabel(self.tr("Choose what each column holds. A date (or date and time) "
                               "column is needed; columns left empty are ignored."))
        intro.setWordWrap(True)
        self.model = PreviewModel(header, rows)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("First rows of the file"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for column in header:
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for field in FIELDS:
                combo.addItem(field_title(field), field)
            combo.setCurrentIndex(max(0, combo.findData(guess(column))))
            combo.setAccessibleName(self.tr("Field for column {c}").replace("{c}", column))
            form.addRow(column, combo)
            self.combos[column] = combo
        choices = QFormLayout()  # outside the scrolled columns: always in view
        self._add_format_choices(choices)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        holder = QWidget()
        holder.setLayout(form)
        scroll = QScrollArea()  # many columns still fit a 600-pixel screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        table.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(scroll, 2)
        layout.addLayout(choices)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _add_format_choices(self, form: QFormLayout) -> None:
        """How dates, numbers and the mood are written (never guessed where it matters)."""
        self.date_format = QComboBox()
        self.date_format.addItem(self.tr("the one format every date fits"), "")
        for name in DATE_FORMATS:
            self.date_format.addItem(name, name)
        self.date_format.setAccessibleName(self.tr("Date format"))
        self.decimal = QComboBox()
        self.decimal.addItem(self.tr("only unmistakable numbers"), "")
        self.decimal.addItem(self.tr("point (7.5)"), ".")
        self.decimal.addItem(self.tr("comma (7,5)"), ",")
        self.decimal.setAccessibleName(self.tr("Decimal separator"))
        self.thousands = QComboBox()
        for label, sep in ((self.tr("none"), ""), (self.tr("comma (12,345)"), ","),
                           (self.tr("point (12.345)"), "."), (self.tr("space (12 345)"), " "),
                           (self.tr("apostrophe (12'345)"), "'")):
            self.thousands.addItem(label, sep)
        self.thousands.setAccessibleName(self.tr("Thousands separator"))
        self.scale = QComboBox()
        for scale in SCALES:
            self.scale.addItem(scale.replace("-", "–"), scale)
        self.scale.setAccessibleName(self.tr("Mood scale in the file"))
        form.addRow(self.tr("Date format"), self.date_format)
        form.addRow(self.tr("Decimal separator"), self.decimal)
        form.addRow(self.tr("Thousands separator"), self.thousands)
        form.addRow(self.tr("Mood scale in the file"), self.scale)

    def settings(self) -> CsvSettings:
        return CsvSettings(self.mapping(), self.date_format.currentData(),
                           self.decimal.currentData(), self.thousands.currentData(),
                           self.scale.currentData())

    def mapping(self) -> dict[str, str]:
        return {column: combo.currentData() for column, combo in self.combos.items()
                if combo.currentData()}

    def _accept(self) -> None:
        chosen = list(self.mapping().values())
        if not {"date", "datetime"} & set(chosen):
            self.error.setText(self.tr("Choose the column that holds the date."))
            return
        if len(chosen) != len(set(chosen)):
            self.error.setText(self.tr("Each field can come from one column only."))
            return
        if ("kind" in chosen) != ("value" in chosen):
            self.error.setText(self.tr("One row per reading needs both a kind and a value "
                                       "column."))
            return
        if self.decimal.currentData() and self.decimal.currentData() == \
                self.thousands.currentData():
            self.error.setText(self.tr("The decimal and thousands separators must differ."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, header: list[str],
            rows: list[list[str]]) -> CsvSettings | None:
        dialog = cls(header, rows, parent)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
