""""Manage lines…": check, edit, hide and add crisis lines; bring bundled ones back.

Emergency numbers are listed but cannot be edited or hidden (the service refuses and the
buttons say so)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.domain.errors import UserError
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.ui.common import theme
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.crisis.line_editor import CrisisLineEditor
from wellness_app.ui.crisis.lines_model import CrisisLinesModel


class ManageLinesDialog(QDialog):
    def __init__(self, service: CrisisLineService, country: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.code = country
        self.changed = False
        self.setWindowTitle(translate("CrisisDialog", "Manage crisis lines"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "CrisisDialog", "Crisis lines — {country}. Numbers change: check them, edit or "
            "hide a line, and add your own people and your clinician. The emergency number "
            "is always shown.").format(country=care_text(service.country_name(country))))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = CrisisLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("CrisisDialog", "Crisis lines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.edit_button = self._button(translate("CrisisDialog", "&Edit…"),
                                        translate("CrisisDialog", "Edit the selected line"),
                                        self._edit)
        self.hide_button = self._button(
            translate("CrisisDialog", "&Hide"),
            translate("CrisisDialog", "Hide or show the selected line"), self._toggle_hidden)
        self.add_button = self._button(translate("CrisisDialog", "&Add your own…"),
                                       translate("CrisisDialog", "Add your own line"), self._add)
        self.reset_button = self._button(
            translate("CrisisDialog", "&Reset"),
            translate("CrisisDialog", "Undo your change to this line"), self._reset)
        self.restore_button = self._button(
            translate("CrisisDialog", "Bring back &bundled lines"),
            translate("CrisisDialog", "Bring back every bundled line as shipped"),
            self._restore)
        self.show_hidden = QCheckBox(translate("CrisisDialog", "Show hidden lines"))
        self.show_hidden.setAccessibleName(translate("CrisisDialog", "Show hidden lines"))
        self.show_hidden.toggled.connect(lambda _c: self.load())
        for widget in (self.edit_button, self.hide_button, self.add_button, self.reset_button,
                       self.restore_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.show_hidden)
        layout.addLayout(row)
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._sync())
        self.load()

    @classmethod
    def ask(cls, parent: QWidget | None, service: CrisisLineService, country: str) -> bool:
        """True when anything changed (tests monkeypatch this)."""
        dialog = cls(service, country, parent)
        dialog.exec()
        return dialog.changed

    def load(self) -> None:
        self.model.set_lines(self.service.lines(self.code,
                                                include_hidden=self.show_hidden.isChecked()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._sync()

    def selected(self) -> CrisisLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    def _sync(self) -> None:
        line = self.selected()
        fixed = line is not None and line.emergency
        for button in (self.edit_button, self.hide_button, self.reset_button):
            button.setEnabled(line is not None and not fixed)
        if fixed:
            self.hide_button.setToolTip(translate("CrisisDialog", "The emergency number is "
                                                  "always shown."))

    def _edit(self) -> None:
        line = self.selected()
        if line is None or line.emergency:
            return
        answer = CrisisLineEditor.ask(self, line)
        if answer is not None:
            self._run(lambda: self.service.edit(self.code, line.label, *answer))

    def _add(self) -> None:
        answer = CrisisLineEditor.ask(self, None)
        if answer is not None:
            self._run(lambda: self.service.add(self.code, *answer))

    def _toggle_hidden(self) -> None:
        line = self.selected()
        if line is not None:
            self._run(lambda: self.service.set_hidden(self.code, line.label, not line.hidden))

    def _reset(self) -> None:
        line = self.selected()
        if line is not None:
            self._run(lambda: self.service.reset(self.code, line.label))

    def _restore(self) -> None:
        self._run(lambda: self.service.restore_all(self.code))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.changed = True
        self.load()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button
