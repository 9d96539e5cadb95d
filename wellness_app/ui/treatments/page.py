"""Treatments page: sessions list, add/edit/delete form, and a before/after summary per
series (observations only, never advice)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.treatments import ESKETAMINE_NOTE, TreatmentSession
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import care_text, treatment_name
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.outcome_text import observations, series_heading
from wellness_app.ui.common.widgets.caution_banner import CautionBanner
from wellness_app.ui.common.widgets.row_delete import RowDeleter, records_of
from wellness_app.ui.common.widgets.undo_bar import UndoBar
from wellness_app.ui.treatments.form import TreatmentForm
from wellness_app.ui.treatments.model import SessionRole, TreatmentTableModel


class TreatmentsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.treatments
        self.model = TreatmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Treatment sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # a long name elides instead of breaking into "K…"
        for column in (0, 3):  # the date and "3 → 4" fit
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr(
            "No treatment sessions yet. Add one on the right: the kind, when, the clinic, "
            "and how you felt before and after."))
        self.empty.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Prepare a report…"))
        self.report_button.setAccessibleName(self.tr("Prepare a report for your clinician"))
        self.form = TreatmentForm()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setAccessibleName(self.tr("Before and after summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        self.undo_bar = UndoBar(self)
        left_layout.addWidget(self.undo_bar)
        self.deleter: RowDeleter[TreatmentSession] = RowDeleter(
            self.table, self.undo_bar, self, record_at=records_of(self.model, SessionRole),
            delete=lambda item: self.service.delete(item.id or 0),
            restore=self.service.restore, run=self._run,
            describe=lambda item: f"{fmt.date_and_time(item.moment.local)} "
                                  f"{treatment_name(item.kind)}",
            delete_name=self.tr("Delete session"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.report_button)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form)
        title = QLabel(self.tr("Before and after each series"))
        title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        right_layout.addWidget(title)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        self.banner = CautionBanner(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.form.submitted.connect(self._save)
        self.form.new_requested.connect(self._new)
        self.report_button.clicked.connect(self._open_report)
        ctx.state.entries_changed.connect(self._on_changed)
        self.form.keep_drafts(lambda: self.ctx.services)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_items(self.service.sessions())
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        if select_id is not None and (row := self.model.row_of(select_id)) >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_summary()

    def _show_summary(self) -> None:
        outcomes = self.service.outcomes()
        if not outcomes:
            self.summary.setText(self.tr("A summary appears here once you log a session."))
            return
        parts = []
        for outcome in outcomes:
            parts.append(f"<p><b>{escape(series_heading(outcome.series))}</b></p><ul>"
                         + "".join(f"<li>{escape(line)}</li>" for line in observations(outcome))
                         + "</ul>")
            if outcome.series.first.needs_driving_note:
                parts.append(f"<p><i>{escape(care_text(ESKETAMINE_NOTE))}</i></p>")
        self.summary.setText("".join(parts))

    def _on_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.form.load(self.model.item(index.row()))

    def _save(self, item: TreatmentSession) -> None:
        try:
            result = self.service.save(item)
        except UserError as exc:
            self.form.show_error(str(exc))
            return
        saved = result.value
        self.banner.show_cautions(result.cautions)
        self.form.draft_saved()
        self.ctx.state.announce(Change.TREATMENT)
        self.ctx.state.status_message.emit(self.tr("Treatment session saved."))
        self.refresh(select_id=saved.id)
        self.form.load(saved)

    def _new(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.form.clear()
        self.form.kind.setFocus()

    def _run(self, action: Callable[[], object], message: str) -> bool:
        """A delete or its undo (RowDeleter): the change announced, the list refreshed."""
        try:
            action()
        except UserError as exc:
            self.ctx.state.status_message.emit(str(exc))
            return False
        self.form.clear()
        self.ctx.state.announce(Change.TREATMENT)
        self.ctx.state.status_message.emit(message)
        self.refresh()
        return True

    def _open_report(self) -> None:
        from wellness_app.ui.report.dialog import ReportDialog

        ReportDialog.ask(self.ctx, self)

    def _on_changed(self, kind: str) -> None:
        if kind in ("mood", "assessment", "all") and self.isVisible():
            self.refresh()
