"""Journal: every check-in, newest first and grouped by day; search, edit, delete, undo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import JournalQuery, MoodEntry, validate_entry
from wellness_app.domain.timestamps import check_not_future
from wellness_app.services.moods import MoodService
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.common.journal_model import JournalModel
from wellness_app.ui.common.operations import Failure, Operation
from wellness_app.ui.common.widgets.entry_delegate import EntryDelegate
from wellness_app.ui.common.widgets.undo_bar import UndoBar
from wellness_app.ui.journal.commands import DeleteEntry, EditEntry

PAGE_SIZE = 2000  # entries loaded at once; "Show older entries" loads more
SEARCH_DELAY_MS = 250
AROUND_DAYS = 14  # open_payload on an old day shows this many days either side
log = logging.getLogger(__name__)


def _entries_around(moods: MoodService, day: date) -> list[MoodEntry]:
    """The entries of the weeks around `day`, newest first (indexed day queries, so
    jumping ten years back does not load ten years of entries)."""
    entries: list[MoodEntry] = []
    for offset in range(AROUND_DAYS, -AROUND_DAYS - 1, -1):
        entries.extend(reversed(moods.for_day(day + timedelta(days=offset))))
    return entries


class JournalPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moods = ctx.services.moods
        self.tags = ctx.services.tags
        self.undo_stack = QUndoStack(self)
        self._limit = PAGE_SIZE
        self._around: date | None = None  # showing the weeks around a day (open_payload)
        self._dirty = True
        self._generation = 0  # of the newest query; older answers are dropped
        self._running: int | None = None
        self._writes = 0  # edits, deletes and undos still being written
        self._keep_id: int | None = None  # entry to select again after the load
        self._target_day: date | None = None  # open_payload's day, shown after the load
        self._select_row_after: int | None = None  # row to select after a delete
        self._focus_list = False  # after an edit or undo: the list takes the focus back
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.setMinimumWidth(160)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit entry"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.undo_button)
        layout.addLayout(bar)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.model = JournalModel(parent=self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)  # lay out rows a batch
        self.view.setBatchSize(100)  # at a time, so 2,000 entries never freeze the window
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Journal entries"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 15px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.more_button = QPushButton(self.tr("Show older entries"))
        self.more_button.setAccessibleName(self.tr("Show older entries"))
        self.more_button.setVisible(False)
        self.latest_button = QPushButton(self.tr("Back to the latest entries"))
        self.latest_button.setAccessibleName(self.tr("Back to the latest entries"))
        self.latest_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.latest_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._connect()
        self._fill_tag_filter()

    def _connect(self) -> None:
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo)
        self.undo_bar.undo_requested.connect(self.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.more_button.clicked.connect(self._load_more)
        self.latest_button.clicked.connect(self._back_to_latest)
        self.view.activated.connect(lambda _i: self.edit_current())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo),
                           (QKeySequence.StandardKey.Redo, self.redo),
                           (QKeySequence.StandardKey.Delete, self.delete_current),
                           (QKeySequence.StandardKey.Find, self.search.setFocus)):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)
        self.ctx.state.entries_changed.connect(self._on_changed)
        self._update_buttons()

    # -- loading (off the GUI thread; the newest request wins) --------------------------
    @property
    def loading(self) -> bool:
        """True while a query or a write runs in the background (tests and benchmarks
        wait on it)."""
        return self._running is not None or self._writes > 0

    def refresh(self) -> None:
        """Called when the page is shown: reload only if something changed meanwhile."""
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Ask for the entries in the background; an older answer arriving later is dropped."""
        tag = self.tag_filter.currentData()
        filtered = bool(self.search.text().strip() or tag)
        if filtered:
            self._around = None
        around = self._around
        query = JournalQuery(text=self.search.text(), tags=(tag,) if tag else (),
                             limit=self._limit)
        if self._keep_id is None:
            keep = self.current_entry()
            self._keep_id = keep.id if keep is not None else None
        self._generation += 1
        generation = self._generation
        self._running = generation
        moods = self.moods

        def fetch(_job: object) -> tuple[list[MoodEntry], dict[int, str]]:
            entries = _entries_around(moods, around) if around is not None else moods.search(query)
            return entries, moods.labels()

        Operation(self, fetch).on_success(
            lambda result: self._loaded(generation, result, filtered)).on_failure(
            lambda failure: self._failed(generation, failure)).run_in_background()

    def _failed(self, generation: int, failure: Failure) -> None:
        if generation != self._generation:
            return
        self._running = None
        message = failure.message if not failure.bug else self.tr(
            "The journal could not be read just now. Please try again.")
        log.warning("Journal query failed: %s", type(failure.error).__name__)
        self.ctx.state.status_message.emit(message)

    def _loaded(self, generation: int, result: tuple[list[MoodEntry], dict[int, str]],
                filtered: bool) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self._running = None
        entries, labels = result
        self.model.set_entries(entries, display_labels(labels))
        self.more_button.setVisible(self._around is None and len(entries) >= self._limit)
        self.latest_button.setVisible(self._around is not None)
        self._dirty = False
        if entries:
            self.stack.setCurrentWidget(self.view)
        elif filtered:
            self.empty.setText(self.tr("No entries match your search. Try another word or "
                                       "clear the tag filter."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(self.tr("Your journal is empty for now.\nLog your first "
                                       "check-in on the Today page (Ctrl+1) — it takes "
                                       "five seconds."))
            self.stack.setCurrentWidget(self.empty)
        self._restore_place()
        self._update_buttons()

    def _restore_place(self) -> None:
        """After a load: show the asked-for day, the row after a delete, or the kept entry."""
        keep_id, self._keep_id = self._keep_id, None
        if self._target_day is not None:
            day = self._target_day
            if (self.model.row_for_day(day) < 0 and self.more_button.isVisible()
                    and self._around is None):
                self._around = day  # older than what is loaded: show the weeks around it
                self.reload()
                return
            self._target_day = None
            self._show_day(day)
        elif self._select_row_after is not None:
            row, self._select_row_after = self._select_row_after, None
            self._focus_list = False
            self._keep_place(row)  # the neighbour, with its day header in view
        elif keep_id is not None:
            if self._focus_list:
                self._focus_list = False
                self._keep_entry(keep_id)
            else:
                self._select_row(self.model.row_for_entry(keep_id),
                                 hint=QAbstractItemView.ScrollHint.EnsureVisible)

    def _back_to_latest(self) -> None:
        self._around = None
        self._select_row_after = 1
        self.reload()

    def _load_more(self) -> None:
        self._limit += PAGE_SIZE
        self.reload()

    def _fill_tag_filter(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in sorted(self.tags.all(include_archived=True), key=lambda t: t.name.casefold()):
            self.tag_filter.addItem(tag.name, tag.name)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def _on_changed(self, kind: str) -> None:
        if kind in ("tags", "all"):
            self._fill_tag_filter()
        if kind in ("mood", "tags", "mood_labels", "all"):
            self._dirty = True
            if self.isVisible():
                self.reload()

    # -- selection and navigation -------------------------------------------------------
    def current_entry(self) -> MoodEntry | None:
        index = self.view.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _select_row(self, row: int, *,
                    hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.PositionAtTop
                    ) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index, hint)

    def _keep_place(self, row: int) -> None:
        """Select `row` (an entry, else its nearest neighbour) with its day header in view
        and the focus on the list, so Delete, Enter and Ctrl+Z work at once."""
        rows = self.model.rowCount()
        if rows == 0:
            self.view.setFocus()
            return
        row = min(max(row, 0), rows - 1)
        for candidate in (row, row + 1, row - 1, row - 2):
            if self.model.entry_at(candidate) is not None:
                row = candidate
                break
        entry = self.model.entry_at(row)
        if entry is not None:
            header = self.model.row_for_day(entry.local_date)
            self.view.scrollTo(self.model.index(header, 0),
                               QAbstractItemView.ScrollHint.EnsureVisible)
        self._select_row(row, hint=QAbstractItemView.ScrollHint.EnsureVisible)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_entry(self, entry_id: int | None) -> None:
        row = self.model.row_for_entry(entry_id) if entry_id is not None else -1
        if row >= 0:
            self._keep_place(row)

    def open_payload(self, payload: object) -> None:
        """Show a day (a `date`), clearing filters; a day older than what is loaded is shown
        with the weeks around it."""
        if not isinstance(payload, date):
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.tag_filter.setCurrentIndex(0)
        self._around = None
        self._target_day = payload
        self.reload()
        self.view.setFocus()

    def _show_day(self, day: date) -> None:
        row = self.model.row_for_day(day)
        if row >= 0:
            self._select_row(row + 1 if self.model.entry_at(row + 1) else row)
            self.view.scrollTo(self.model.index(row, 0),  # the day's header on top
                               QAbstractItemView.ScrollHint.PositionAtTop)

    def _update_buttons(self) -> None:
        has_entry = self.current_entry() is not None
        self.edit_button.setEnabled(has_entry)
        self.delete_button.setEnabled(has_entry)

    # -- edit, delete, undo -------------------------------------------------------------
    def _changed(self) -> None:
        self.ctx.state.announce(Change.MOOD)

    def _write(self, work: Callable[[], object]) -> None:
        """Run an undoable write off the GUI thread, after the ones before it."""
        self._writes += 1
        Operation(self, lambda _job: work()).in_order().on_success(
            lambda _r: self._written()).on_failure(self._write_failed).run_in_background()

    def _written(self) -> None:
        self._writes -= 1
        self._changed()

    def _write_failed(self, failure: Failure) -> None:
        """Nothing was changed: say why, forget the undo history, show what is saved."""
        self._writes -= 1
        self.undo_stack.clear()
        self.undo_bar.hide()
        self.ctx.state.status_message.emit(failure.message)
        self._dirty = True
        self.reload()

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        from wellness_app.ui.common.dialogs.entry_dialog import EntryDialog

        edited = EntryDialog.ask(self, entry, display_labels(self.moods.labels()),
                                 services=self.ctx.services)
        if edited is None or edited == entry:
            self._keep_entry(entry.id)  # back on the list: Delete works at once
            return
        try:  # validate first: a command that fails inside QUndoStack.push cannot be undone
            validate_entry(edited)
            check_not_future(edited.moment)
        except UserError as exc:
            self.ctx.state.status_message.emit(str(exc))
            self._keep_entry(entry.id)
            return
        self.undo_stack.push(EditEntry(self.moods, entry, edited, self._write))
        self._keep_after_load(entry.id)
        self.ctx.state.status_message.emit(self.tr("Entry saved · Ctrl+Z to undo"))
        self.undo_bar.show_message(self.tr("Entry saved."))

    def _keep_after_load(self, entry_id: int | None) -> None:
        """Select `entry_id` with the focus on the list now and once the reload (run in the
        background after a change) has arrived."""
        self._keep_entry(entry_id)
        self._keep_id = entry_id
        self._focus_list = True

    def undo(self) -> None:
        """Undo the last edit or delete and select that entry again."""
        self._step(self.undo_stack.undo, self.undo_stack.index() - 1)

    def redo(self) -> None:
        self._step(self.undo_stack.redo, self.undo_stack.index())

    def _step(self, run: Callable[[], None], index: int) -> None:
        command = self.undo_stack.command(index) if index >= 0 else None
        row = self.view.currentIndex().row()
        redo_of_delete = run == self.undo_stack.redo and isinstance(command, DeleteEntry)
        if redo_of_delete:
            self._select_row_after = row
        run()
        self.undo_bar.hide()
        if redo_of_delete:
            return
        if isinstance(command, (DeleteEntry, EditEntry)):
            self._keep_after_load(command.entry_id)
        else:
            self._select_row_after = row

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._select_row_after = self.view.currentIndex().row()
        self.undo_stack.push(DeleteEntry(self.moods, entry, self._write))
        self.ctx.state.status_message.emit(self.tr("Entry deleted · Ctrl+Z to undo"))
        self.undo_bar.show_message(self.tr("Entry deleted."))
