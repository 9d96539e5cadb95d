"""The Medications page: name, dose (free text), start and stop dates, and which St John's
Wort caution class each name falls in (editable: the person's own table edits). A name the
table does not know reads "not in this app's list … ask your pharmacist", never "no caution"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.selfcare import Medication
from wellness_app.domain.timestamps import Moment
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.caution_text import class_label, name_summary
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.page import follow_changes
from wellness_app.ui.common.qt_dates import from_qdate
from wellness_app.ui.common.widgets.action_feedback import ActionFeedback
from wellness_app.ui.common.widgets.empty_state import EmptyState
from wellness_app.ui.common.widgets.row_delete import RowDeleter, records_of
from wellness_app.ui.common.widgets.undo_bar import UndoBar

_ROOT = QModelIndex()
MedicationRole = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("MedicationModel", "Name"),
    QT_TRANSLATE_NOOP("MedicationModel", "Dose"),
    QT_TRANSLATE_NOOP("MedicationModel", "Started"),
    QT_TRANSLATE_NOOP("MedicationModel", "Stopped"),
    QT_TRANSLATE_NOOP("MedicationModel", "St John's Wort caution"),
)


class MedicationModel(QAbstractTableModel):
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Medication, str]] = []

    def set_rows(self, rows: list[tuple[Medication, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("MedicationModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        med, caution = self._rows[index.row()]
        if role == MedicationRole:
            return med
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (med.name, med.dose, locale_format.short_date(med.start) if med.start else "",
                  locale_format.short_date(med.stop) if med.stop else "", caution)
        # one line per row; a text too long for its column is elided, in full as tooltip
        return values[index.column()] or None


class MedicationsPage(QWidget):
    key = "medications"
    title = QT_TRANSLATE_NOOP("pages", "Medications")
    purpose = QT_TRANSLATE_NOOP("pages", "Your medication list, kept on this computer "
                                 "for you and your prescriber.")
    shortcut = "Ctrl+8"
    shows = frozenset({Change.MEDICATION})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_changes(self, ctx.state)
        self.ctx = ctx
        self.meds = ctx.services.medications
        self.table_service = ctx.services.cautions
        outer = QVBoxLayout(self)
        self.feedback = ActionFeedback(ctx, Change.MEDICATION, self)
        self.banner, self.error = self.feedback.banner, self.feedback.error
        outer.addWidget(self.feedback)
        intro = QLabel(self.tr(
            "The list is used for the St John's Wort caution and, if you choose, in a report "
            "for your clinician. The app never suggests changing a medication."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.model = MedicationModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):  # the dates take what they need; the words share the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(self.tr("Medications"))
        self.empty_state = EmptyState(self.view, self.tr(
            "No medications listed yet. Add one below if you would like it in your journal."))
        outer.addWidget(self.view, 1)
        self.undo_bar = UndoBar(self)
        outer.addWidget(self.undo_bar)
        self.deleter: RowDeleter[Medication] = RowDeleter(
            self.view, self.undo_bar, self, record_at=records_of(self.model, MedicationRole),
            delete=lambda med: self.meds.delete(med.id or 0), restore=self.meds.restore,
            run=self._do, describe=lambda med: med.name,
            delete_name=self.tr("Delete the selected medication"))

        actions = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("Stopped today"))
        self.stop_button.setAccessibleName(self.tr("Mark the selected medication stopped today"))
        self.stop_button.clicked.connect(self.stop_selected)
        self.klass = QComboBox()
        for key, label in self.table_service.classes().items():
            self.klass.addItem(class_label(key, label), key)
        self.klass.addItem(self.tr("take this name off the caution list"), None)
        self.klass.setAccessibleName(self.tr("St John's Wort caution class"))
        # long class labels must not widen the page past a small screen
        self.klass.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.klass.setMinimumContentsLength(28)
        self.klass_button = QPushButton(self.tr("Set caution class"))
        self.klass_button.setAccessibleName(self.tr("Set the caution class of the selected name"))
        self.klass_button.clicked.connect(self.set_class)
        actions.addWidget(self.stop_button)
        actions.addStretch(1)
        actions.addWidget(self.klass)
        actions.addWidget(self.klass_button)
        outer.addLayout(actions)

        add_box = QGroupBox(self.tr("Add a medication, or select one above to edit it"))
        form = QFormLayout(add_box)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Medication name"))
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("free text, e.g. 50 mg in the morning"))
        self.dose.setAccessibleName(self.tr("Dose"))
        self.has_start = QCheckBox(self.tr("Started on"))
        self.has_start.setAccessibleName(self.tr("I know the start date"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(locale_format.date_pattern())
        self.start.setAccessibleName(self.tr("Start date"))
        self.start.setEnabled(False)
        self.has_start.toggled.connect(self.start.setEnabled)
        self.has_stop = QCheckBox(self.tr("Stopped on"))
        self.has_stop.setAccessibleName(self.tr("It has a stop date"))
        self.stop = QDateEdit(QDate.currentDate())
        self.stop.setCalendarPopup(True)
        self.stop.setDisplayFormat(locale_format.date_pattern())
        self.stop.setAccessibleName(self.tr("Stop date"))
        self.stop.setEnabled(False)
        self.has_stop.toggled.connect(self.stop.setEnabled)
        dates_row = QHBoxLayout()
        for date_widget in (self.has_start, self.start, self.has_stop, self.stop):
            dates_row.addWidget(date_widget)
        dates_row.addStretch(1)
        self.add_button = QPushButton(self.tr("Add medication"))
        self.add_button.setAccessibleName(self.tr("Add medication"))
        self.add_button.clicked.connect(self.add)
        self.update_button = QPushButton(self.tr("Save changes to selected"))
        self.update_button.setAccessibleName(self.tr("Save the form over the selected medication"))
        self.update_button.clicked.connect(self.update_selected)
        self.dose.returnPressed.connect(self.add)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button, 1)
        buttons_row.addWidget(self.update_button, 1)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Dose"), self.dose)
        form.addRow(dates_row)
        form.addRow(buttons_row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.load_selected())
        outer.addWidget(add_box)
        self.refresh()

    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        table = self.table_service.table()
        self.model.set_rows([(med, name_summary(table.is_herb(med.name),
                                                table.classes_of(med.name)))
                             for med in self.meds.list()])

    def _do(self, action: Callable[[], object], message: str) -> bool:
        return self.feedback.run(action, message)

    def selected(self) -> Medication | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(MedicationRole) if index.isValid() else None

    def _form(self, med_id: int | None = None, note: str = "") -> Medication:
        start = from_qdate(self.start.date()) if self.has_start.isChecked() else None
        stop = from_qdate(self.stop.date()) if self.has_stop.isChecked() else None
        return Medication(self.name.text(), self.dose.text(), start, stop,
                          note, med_id)

    def add(self) -> None:
        med = self._form()
        if self._do(lambda: self.meds.save(med), self.tr("Medication added")):
            self.name.clear()
            self.dose.clear()

    def load_selected(self) -> None:
        """Put the selected medication into the form to edit it."""
        med = self.selected()
        if med is None:
            return
        self.name.setText(med.name)
        self.dose.setText(med.dose)
        self.has_start.setChecked(med.start is not None)
        self.has_stop.setChecked(med.stop is not None)
        if med.start:
            self.start.setDate(QDate(med.start.year, med.start.month, med.start.day))
        if med.stop:
            self.stop.setDate(QDate(med.stop.year, med.stop.month, med.stop.day))
        self.name.setFocus()

    def update_selected(self) -> None:
        med = self.selected()
        if med is not None:
            edited = self._form(med.id, med.note)
            self._do(lambda: self.meds.save(edited), self.tr("Medication saved"))

    def stop_selected(self) -> None:
        med = self.selected()
        if med is not None:
            today = Moment.now().local_date
            stopped = Medication(med.name, med.dose, med.start, today, med.note, med.id)
            self._do(lambda: self.meds.save(stopped), self.tr("Marked stopped"))

    def set_class(self) -> None:
        med = self.selected()
        if med is not None:
            self._do(lambda: self.table_service.set_class(med.name, self.klass.currentData()),
                     self.tr("Caution class saved"))
