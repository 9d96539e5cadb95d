"""PHQ-9 and GAD-7 check-ins: the forms, the result, history table and chart, reminder.

PHQ-9 item 9 above "Not at all" opens the safety plan and crisis lines at once, before
the score is shown (docs/clinical-sources.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.questionnaires import GAD7, PHQ9
from wellness_app.ui.care.assessments_model import AssessmentsModel, details
from wellness_app.ui.care.questionnaire_form import QuestionnaireForm
from wellness_app.ui.care.result_view import ResultView
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.operations import Failure, Operation
from wellness_app.ui.common.page import follow_changes
from wellness_app.ui.common.widgets.wrapping_check import wrapping_check
from wellness_app.ui.crisis.dialog import ITEM9_INTRO, CrisisDialog

if TYPE_CHECKING:
    from wellness_app.ui.care.assessment_chart import AssessmentChart

KINDS = ("phq9", "gad7")
HISTORY_MIN_WIDTH = 200
SIZE_FROM_ROWS = 50


class LazyForms(Mapping[str, QuestionnaireForm]):
    """The form of each questionnaire, built on first use (each is dozens of widgets)."""

    def __init__(self, make: Callable[[str], QuestionnaireForm]) -> None:
        self._make = make
        self._made: dict[str, QuestionnaireForm] = {}

    def __getitem__(self, kind: str) -> QuestionnaireForm:
        if kind not in KINDS:
            raise KeyError(kind)
        if kind not in self._made:
            self._made[kind] = self._make(kind)
        return self._made[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(KINDS)

    def __len__(self) -> int:
        return len(KINDS)


class QuestionnairesPage(QWidget):
    key = "questionnaires"
    title = QT_TRANSLATE_NOOP("pages", "Questionnaires")
    purpose = QT_TRANSLATE_NOOP("pages", "The PHQ-9 and GAD-7 check-ins, your "
                                 "results and their history.")
    shortcut = "Ctrl+9"
    shows = frozenset({Change.ASSESSMENT})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_changes(self, ctx.state)
        self.ctx = ctx
        self.service = ctx.services.assessments
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("QuestionnairesPage", "Questionnaires"))
        holders: dict[str, QVBoxLayout] = {}
        for q, title in ((PHQ9, translate("QuestionnairesPage", "PHQ-9 — depression")),
                         (GAD7, translate("QuestionnairesPage", "GAD-7 — anxiety"))):
            holder = QWidget()
            holders[q.kind] = QVBoxLayout(holder)
            holders[q.kind].setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)

        def make_form(kind: str) -> QuestionnaireForm:
            form = QuestionnaireForm(PHQ9 if kind == "phq9" else GAD7)
            form.submitted.connect(lambda answers, difficulty:
                                   self.submit(kind, answers, difficulty))
            holders[kind].addWidget(form)  # scrolls up and down itself, result button in view
            form.show()  # at once, not on the next event-loop turn: focus can go in now
            return form

        self.forms = LazyForms(make_form)  # the GAD-7 form is built when first shown
        self.tabs.currentChanged.connect(self._tab_changed)
        self.item9_notice = QPushButton(translate("QuestionnairesPage",
            "If you are in danger now, open your safety plan and crisis lines"))
        self.item9_notice.setAccessibleName(translate("QuestionnairesPage", "Open crisis support"))
        self.item9_notice.hide()
        self.item9_notice.clicked.connect(self.open_crisis)
        self.forms["phq9"].item9_changed.connect(self.item9_notice.setVisible)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()

        self.result = ResultView()
        self.result.again.connect(self._back_to_forms)
        self.result.crisis.connect(self.open_crisis)
        self.stack = QStackedWidget()
        form_side = QWidget()
        form_layout = QVBoxLayout(form_side)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.tabs, 1)
        form_layout.addWidget(self.item9_notice)
        form_layout.addWidget(self.error)
        self.stack.addWidget(form_side)
        self.stack.addWidget(self.result)

        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_title = translate("QuestionnairesPage", "History")
        history_layout.addWidget(QLabel(f"<h3>{history_title}</h3>"))
        self.model = AssessmentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("QuestionnairesPage", "Questionnaire history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # sized from the first rows, not all of them: years of check-ins made 40,000
        # data() calls on each visit (every row's dates and scores look alike)
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the band, elided
        # date, total and band fit the narrow pane; the questionnaire is the tab's, and
        # item 9 and difficulty are in the details line below (and every row's tooltip)
        for column in (1, 4, 5):
            self.table.setColumnHidden(column, True)
        self.details = QLabel()
        self.details.setObjectName("assessmentDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current.row()))
        self.empty = QLabel(translate("QuestionnairesPage",
                                      "No check-ins yet. Your answers stay on this computer."))
        self.empty.setWordWrap(True)
        self.chart_holder = QVBoxLayout()
        self.chart: AssessmentChart | None = None  # built lazily (pyqtgraph) on first refresh
        self._history_shown: tuple[str, tuple[object, ...]] | None = None
        self._history_asked = self._history_answered = 0
        history_layout.addWidget(self.table, 2)
        history_layout.addWidget(self.details)
        history_layout.addWidget(self.empty)
        history_layout.addLayout(self.chart_holder, 3)
        self.reminder = QCheckBox()
        self.reminder.setAccessibleName(
            translate("QuestionnairesPage", "PHQ-9 reminder every 14 days"))
        self.reminder.setChecked(self.service.reminder_enabled())
        self.reminder.toggled.connect(self._reminder_toggled)
        history_layout.addWidget(wrapping_check(self.reminder, translate(
            "QuestionnairesPage", "Remind me on Today when a PHQ-9 is due (every 14 days)")))

        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(history)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)  # the form first: all four answers stay in view
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([700, 380])
        history.setMinimumWidth(HISTORY_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._digit_shortcuts()
        self._load_history()

    def _digit_shortcuts(self) -> None:
        """Window-wide while this page is visible (like Today's 1–5), so 0–3 answer at
        once after Ctrl+9, with the focus still in the page list."""
        for value in range(4):
            shortcut = QShortcut(QKeySequence(str(value)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda v=value: self.answer_digit(v))

    def answer_digit(self, value: int) -> None:
        """The question with the focus, else (forms shown, not a result) the first open one."""
        form = self.forms[self.current_kind()]
        if form.has_focus_in_question() or self.stack.currentIndex() == 0:
            form.answer_digit(value)

    def _tab_changed(self, _index: int) -> None:
        self.forms[self.current_kind()]  # built when first shown
        self._load_history()

    # -- page protocol --------------------------------------------------------------------
    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        """A revisit re-reads the history (one small query, off the GUI thread); it re-plots
        only on a change."""
        if changes and not self.isVisible():  # the next visit reads it
            return
        self._load_history()

    def open_payload(self, payload: object) -> None:
        if payload in KINDS:
            self._back_to_forms()
            self.tabs.setCurrentIndex(KINDS.index(str(payload)))
            self.forms[str(payload)].focus_first()

    def current_kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    # -- actions --------------------------------------------------------------------------
    def submit(self, kind: str, answers: list[int], difficulty: int = -1) -> None:
        """Save; item 9 above "Not at all" shows the plan and lines first, then the score."""
        try:
            record = self.service.save(kind, answers,
                                       difficulty=None if difficulty < 0 else difficulty)
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        if record.needs_safety_plan:
            CrisisDialog.ask(self, self.ctx, intro=ITEM9_INTRO)
        self.result.show_record(record)
        self.stack.setCurrentWidget(self.result)
        self.forms[kind].clear()
        self.ctx.state.announce(Change.ASSESSMENT)
        self.ctx.state.status_message.emit(
            translate("QuestionnairesPage", "Saved your {title}.").format(
                title=record.questionnaire.title))

    def open_crisis(self) -> None:
        """The crisis screen, through the same entry point as Ctrl+Shift+H."""
        from wellness_app.ui.crisis.button import open_crisis_dialog

        open_crisis_dialog(self.window(), self.ctx)

    def result_shown(self) -> bool:
        return self.stack.currentWidget() is self.result and self.result.record is not None

    def _back_to_forms(self) -> None:
        self.stack.setCurrentIndex(0)

    def _reminder_toggled(self, on: bool) -> None:
        self.service.set_reminder_enabled(on)
        self.ctx.state.announce(Change.ASSESSMENT)

    def _show_details(self, row: int) -> None:
        """The selected check-in in full: its time, and item 9 and difficulty (PHQ-9)."""
        shown = 0 <= row < self.model.rowCount()
        self.details.setText(details(self.model.record(row)) if shown else "")
        self.details.setVisible(shown)

    @property
    def loading(self) -> bool:
        """True while a history read runs off the GUI thread."""
        return self._history_asked != self._history_answered

    def _load_history(self) -> None:
        """Read the tab's history off the GUI thread; the newest read wins."""
        self._history_asked += 1
        asked, kind, service = self._history_asked, self.current_kind(), self.service
        Operation(self, lambda _job: service.history(kind)).on_success(
            lambda records: self._show_history(asked, kind, records)).on_failure(
            lambda failure: self._history_failed(asked, failure)).run_in_background()

    def _history_failed(self, asked: int, failure: Failure) -> None:
        if asked == self._history_asked:
            self._history_answered = asked
            self.error.setText(failure.message)
            self.error.show()

    def _show_history(self, asked: int, kind: str, records: list[AssessmentRecord]) -> None:
        if asked != self._history_asked:
            return  # a newer read (another tab, a new result) is on its way
        self._history_answered = asked
        shown = (kind, tuple(records))
        if shown == self._history_shown:
            return  # the table and chart already show exactly this
        self._history_shown = shown
        self.model.set_records(records)
        if records:
            self.table.selectRow(0)  # the newest, its details below the table
        self._show_details(0 if records else -1)
        self.empty.setVisible(not records)
        chart = self.chart
        if chart is None:  # pyqtgraph: built after the page is shown, with the first data
            from wellness_app.ui.care.assessment_chart import AssessmentChart

            self.chart = chart = AssessmentChart(self)
            self.chart_holder.addWidget(chart)
        chart.show_records(kind, records)
        # no empty table or axes without data: the friendly line above says it instead
        self.table.setVisible(bool(records))
        chart.setVisible(bool(records))
