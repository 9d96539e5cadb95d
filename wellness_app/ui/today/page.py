"""Today: a quick check-in (mood in one key, tags, optional note) and today's entries."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import NOTE_MAX_CHARS, MoodEntry
from wellness_app.ui.common import locale_format, theme
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.display_names import display_labels
from wellness_app.ui.common.journal_model import JournalModel
from wellness_app.ui.common.page import follow_changes
from wellness_app.ui.common.widgets.checkin_when import CheckinWhen
from wellness_app.ui.common.widgets.draft_keeper import DraftKeeper
from wellness_app.ui.common.widgets.entry_delegate import EntryDelegate
from wellness_app.ui.common.widgets.mood_buttons import MoodButtons
from wellness_app.ui.common.widgets.scales import ScaleCombo, SleepSpin
from wellness_app.ui.common.widgets.tag_chips import TagChips
from wellness_app.ui.crisis.support_line import SupportLine
from wellness_app.ui.today.preview import PURPOSE, TITLE

log = logging.getLogger(__name__)


class TodayPage(QWidget):
    """Built once the journal is open; until then `ui/today/preview.py` stands in."""

    key = "today"
    title = TITLE
    purpose = PURPOSE
    shortcut = "Ctrl+1"
    shows = frozenset({Change.MOOD, Change.TAGS, Change.MOOD_LABELS})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the Save row's place is settled once per event-loop turn, and never after the
        # page is gone (a timer it owns dies with it)
        self._placement = QTimer(self)
        self._placement.setSingleShot(True)
        self._placement.setInterval(0)
        self._placement.timeout.connect(self._place_action_bar)
        follow_changes(self, ctx.state)
        self.ctx = ctx
        self.moods = ctx.services.moods
        self.tags = ctx.services.tags
        self._last_saved: int | None = None  # the entry the status line names
        self._labels = display_labels(self.moods.labels())
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        self.banners = QVBoxLayout()
        layout.addLayout(self.banners)

        title = QLabel(self.tr("How are you feeling?"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout.addWidget(title)
        self.mood_buttons = MoodButtons(self._labels)
        layout.addWidget(self.mood_buttons)

        tag_bar = QHBoxLayout()
        tag_bar.addWidget(QLabel(self.tr("What's been going on?")))
        tag_bar.addStretch(1)
        self.edit_tags_button = QPushButton(self.tr("Edit tags…"))
        self.rename_moods_button = QPushButton(self.tr("Rename moods…"))
        for button in (self.edit_tags_button, self.rename_moods_button):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setFlat(True)
            tag_bar.addWidget(button)
        layout.addLayout(tag_bar)
        self.chips = TagChips()
        self.chips.set_tags(self.tags.all())
        layout.addWidget(self.chips)

        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("A note, if you like (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(84)
        layout.addWidget(self.note)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.setStyleSheet("color: palette(placeholder-text);")

        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAccessibleName(self.tr("More: energy, anxiety, sleep"))
        self.more_button.setAutoRaise(True)
        row = QHBoxLayout()
        row.addWidget(self.more_button)
        row.addStretch(1)
        row.addWidget(self.counter)
        layout.addLayout(row)
        self.more = QWidget()
        more_form = QFormLayout(self.more)
        more_form.setContentsMargins(24, 0, 0, 0)
        self.energy = ScaleCombo(self.tr("Energy"))
        self.anxiety = ScaleCombo(self.tr("Anxiety"))
        self.sleep = SleepSpin()
        more_form.addRow(self.tr("Energy (1–5)"), self.energy)
        more_form.addRow(self.tr("Anxiety (1–5)"), self.anxiety)
        more_form.addRow(self.tr("Hours slept"), self.sleep)
        self.more.setVisible(False)
        layout.addWidget(self.more)

        self.when = CheckinWhen()
        save_row = QHBoxLayout()
        save_row.addWidget(self.when)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setMinimumWidth(120)
        self.save_button.setDefault(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Check-in status"))
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        self.support_line = SupportLine(ctx)  # after a hard check-in: a way to crisis support
        self._outer, self._body, self._body_layout = outer, body, layout
        scroll.verticalScrollBar().rangeChanged.connect(
            lambda *_range: self._placement.start())
        self.action_bar = self._action_bar(save_row)
        layout.addWidget(self.action_bar)  # in the flow until the window is too low

        heading = QLabel(self.tr("Today so far"))
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        heading.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        self.entries_model = JournalModel(group_by_day=False, parent=self)
        self.entries_view = QListView()
        self.entries_view.setModel(self.entries_model)
        self.entries_view.setItemDelegate(EntryDelegate(self.entries_view))
        self.entries_view.setAccessibleName(self.tr("Today's entries"))
        self.entries_view.setMinimumHeight(200)
        self.entries_view.setToolTip(self.tr("Double-click or press Enter to edit"))
        self.empty = QLabel(self.tr("Nothing logged yet today — how are you feeling?"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 15px;"
                                 " padding-top: 32px;")
        self.empty.setMinimumHeight(120)
        self.entries_stack = QStackedWidget()
        self.entries_stack.addWidget(self.empty)
        self.entries_stack.addWidget(self.entries_view)
        layout.addWidget(self.entries_stack, 1)

        self._connect()
        self._update_save_state()
        self.drafts = DraftKeeper(self.note, lambda: self.ctx.services, "today.note")
        if self.drafts.restore():  # the note is kept as a draft until saved
            self._show_info(self.tr("Your unsaved note from before is back."))
        self.refresh()

    def _action_bar(self, save_row: QHBoxLayout) -> QWidget:
        """When, Save and what was saved. Right under the form while the form and it fit
        the page; on a low window (1024×600) pinned below the scrolling form, as a dialog's
        buttons are, so Save is in view however many tags and lines of note there are."""
        bar = QFrame()
        bar.setObjectName("todayActionBar")
        bar.setFrameShape(QFrame.Shape.NoFrame)
        self._rule = QFrame()
        self._rule.setFrameShape(QFrame.Shape.HLine)
        self._rule.setFrameShadow(QFrame.Shadow.Sunken)
        self._rule.hide()
        self._bar_layout = column = QVBoxLayout(bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._rule)
        column.addLayout(save_row)
        column.addWidget(self.support_line)
        return bar

    def action_bar_pinned(self) -> bool:
        return self.action_bar.parentWidget() is self

    def _place_action_bar(self) -> None:
        """Pin the bar below the scroll area when the form and the bar do not fit the page
        (the form's height does not depend on where the bar is: no back and forth)."""
        body = self._body
        end = self.more if self.more.isVisible() else self.more_button
        form_end = end.mapTo(body, end.rect().bottomLeft()).y() + self._body_layout.spacing()
        pin = form_end + self.action_bar.sizeHint().height() + 16 > self.height()
        if pin:
            # the form's right edge, not the scroll bar's column: Save lines up with it
            bar = self.scroll_area.verticalScrollBar()
            right = 24 + (bar.width() if bar.isVisible() else 0)
            self._bar_layout.setContentsMargins(24, 0, right, 8)
        if pin == self.action_bar_pinned():
            return
        if pin:
            self._outer.addWidget(self.action_bar)
        else:
            self._body_layout.insertWidget(self._body_layout.indexOf(self.more) + 1,
                                           self.action_bar)
            self._bar_layout.setContentsMargins(0, 0, 0, 0)
        self._rule.setVisible(pin)
        self.action_bar.show()
        self._placement.start()  # the scroll bar may come or go

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._placement.start()  # once the form is laid out anew

    def first_paint_widget(self) -> QWidget:
        """What paints today's entries (the list's viewport, or the empty-state text)."""
        return self.entries_view.viewport() if self.entries_stack.currentIndex() \
            else self.empty

    def add_banner(self, banner: QWidget) -> None:
        """Above the check-in (escalation, questionnaire due…; see `ui/shell/features.py`)."""
        self.banners.addWidget(banner)
        self._placement.start()

    def _connect(self) -> None:
        # Window-wide while Today is visible (a hidden page's shortcuts are inactive), so
        # 1–5 work straight after start-up; text fields still receive typed digits.
        for level in range(1, 6):
            shortcut = QShortcut(QKeySequence(str(level)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda lv=level: self._pick(lv))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        self.mood_buttons.chosen.connect(lambda _lv: self._update_save_state())
        self.note.textChanged.connect(self._update_save_state)
        self.save_button.clicked.connect(self.save)
        self.more_button.toggled.connect(self._toggle_more)
        self.edit_tags_button.clicked.connect(self._edit_tags)
        self.rename_moods_button.clicked.connect(self._rename_moods)
        self.entries_view.activated.connect(self._edit_entry)

    # -- check-in -----------------------------------------------------------------------
    def _pick(self, level: int) -> None:
        self.mood_buttons.select(level)
        self.mood_buttons.buttons[level].setFocus()

    def _toggle_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                      else Qt.ArrowType.RightArrow)
        self._placement.start()  # the form grew or shrank

    def note_too_long(self) -> bool:
        return len(self.note.toPlainText()) > NOTE_MAX_CHARS

    def _update_save_state(self) -> None:
        length = len(self.note.toPlainText())
        n, limit = locale_format.number(length), locale_format.number(NOTE_MAX_CHARS)
        self.counter.setText(self.tr("{n} / {limit}").format(n=n, limit=limit))
        if self.note_too_long():
            self._show_error(self.tr("The note is {n} characters; the limit is {limit}. "
                                     "Shorten it to save.").format(n=n, limit=limit))
        elif self.message.property("error"):
            self._show_info("")
        self.save_button.setEnabled(self.mood_buttons.value() > 0 and not self.note_too_long())

    def _show_error(self, text: str) -> None:
        self.message.setProperty("error", True)
        theme.set_tone(self.message, "error", "font-weight: bold;")
        self.message.setText(text)

    def _show_info(self, text: str) -> None:
        self.message.setProperty("error", False)
        theme.set_tone(self.message, None)
        self.message.setText(text)

    def save(self) -> None:
        mood = self.mood_buttons.value()
        if not mood:
            self._show_error(self.tr("Choose a mood first (keys 1–5)."))
            return
        if self.note_too_long():
            self._update_save_state()
            return
        try:
            entry = self.moods.log(mood, moment=self.when.moment(), tags=self.chips.selected(),
                                   note=self.note.toPlainText(), energy=self.energy.value(),
                                   anxiety=self.anxiety.value(), sleep_hours=self.sleep.hours())
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._last_saved = entry.id
        text = self._saved_text(entry)
        self.drafts.discard()
        self.reset_form()
        self._show_info(text)
        self.support_line.after_checkin(entry)  # in the bar with Save: in view
        self._placement.start()
        self.ctx.state.status_message.emit(text)
        self.ctx.state.announce(Change.MOOD)

    def _saved_text(self, entry: MoodEntry) -> str:
        label = self._labels.get(entry.mood, str(entry.mood))
        local = entry.moment.local
        if entry.local_date == date.today():
            return self.tr("Saved · {label} at {time}").format(
                label=label, time=locale_format.time_of_day(local))
        return self.tr("Saved · {label} on {day}, {time}").format(
            label=label, day=locale_format.day_with_weekday(entry.local_date),
            time=locale_format.time_of_day(local))

    def _follow_last_saved(self) -> None:
        """The status line follows later edits (or the deletion) of the entry it names."""
        if self._last_saved is None or self.message.property("error"):
            return
        try:
            entry = self.moods.get(self._last_saved)
        except UserError:  # deleted since
            self._last_saved = None
            self._show_info("")
            return
        self._show_info(self._saved_text(entry))

    def reset_form(self) -> None:
        self.when.reset()
        self.mood_buttons.clear()
        self.chips.clear()
        self.note.clear()
        self.energy.set_value(None)
        self.anxiety.set_value(None)
        self.sleep.set_hours(None)
        self.more_button.setChecked(False)
        self._update_save_state()

    # -- today's entries ----------------------------------------------------------------
    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        """Today's entries (the day may have turned since), and what else changed."""
        if Change.TAGS in changes:
            self.chips.set_tags(self.tags.all())
        if Change.MOOD_LABELS in changes:
            self._labels = display_labels(self.moods.labels())
            self.mood_buttons.set_labels(self._labels)
        self._show_entries(self.moods.for_day(date.today()))
        if Change.MOOD in changes:
            self._follow_last_saved()

    def _show_entries(self, entries: list[MoodEntry]) -> None:
        entries.reverse()  # newest first
        self.entries_model.set_entries(entries, self._labels)
        self.entries_stack.setCurrentWidget(self.entries_view if entries else self.empty)

    def _edit_entry(self, index: QModelIndex) -> None:
        entry = self.entries_model.entry_at(index.row())
        if entry is None:
            return
        from wellness_app.ui.common.dialogs.entry_dialog import EntryDialog

        changed = EntryDialog.ask(self, entry, self._labels, services=self.ctx.services)
        if changed is None:
            return
        try:
            self.moods.update(changed)
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.ctx.state.announce(Change.MOOD)

    def _edit_tags(self) -> None:
        from wellness_app.ui.common.dialogs.tag_catalog import TagCatalogDialog

        if TagCatalogDialog.ask(self, self.ctx.services):
            self.ctx.state.announce(Change.TAGS)

    def _rename_moods(self) -> None:
        from wellness_app.ui.common.dialogs.mood_labels import MoodLabelsDialog

        if MoodLabelsDialog.ask(self, self.ctx.services):
            self.ctx.state.announce(Change.MOOD_LABELS)
