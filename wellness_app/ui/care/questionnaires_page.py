"""PHQ-9 and GAD-7 check-ins: the forms, the result, history table and chart, reminder.

PHQ-9 item 9 above "Not at all" opens the safety plan and crisis lines at once, before
the score is shown (docs/clinical-sources.md).
"""

from __future__ import annotations

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

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.questionnaires import GAD7, PHQ9
from wellness_app.ui.care.assessments_model import AssessmentsModel
from wellness_app.ui.care.questionnaire_form import QuestionnaireForm
from wellness_app.ui.care.result_view import ResultView
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.widgets.wrapping_check import wrapping_check
from wellness_app.ui.crisis.dialog import ITEM9_INTRO, CrisisDialog

if TYPE_CHECKING:
    from wellness_app.ui.care.assessment_chart import AssessmentChart

KINDS = ("phq9", "gad7")
HISTORY_MIN_WIDTH = 200
SIZE_FROM_ROWS = 50


class QuestionnairesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.assessments
        self.forms: dict[str, QuestionnaireForm] = {}

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("QuestionnairesPage", "Questionnaires"))
        for q, title in ((PHQ9, translate("QuestionnairesPage", "PHQ-9 — depression")),
                         (GAD7, translate("QuestionnairesPage", "GAD-7 — anxiety"))):
            form = QuestionnaireForm(q)
            form.submitted.connect(lambda answers, difficulty, k=q.kind:
                                   self.submit(k, answers, difficulty))
            self.forms[q.kind] = form  # scrolls up and down itself, result button in view
            self.tabs.addTab(form, title)
        self.tabs.currentChanged.connect(lambda _i: self._load_history())
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
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # sized from the first rows, not all of them: years of check-ins made 40,000
        # data() calls on each visit (every row's dates and scores look alike)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnHidden(1, True)  # one questionnaire at a time (the tab's)
        self.empty = QLabel(translate("QuestionnairesPage",
                                      "No check-ins yet. Your answers stay on this computer."))
        self.empty.setWordWrap(True)
        self.chart_holder = QVBoxLayout()
        self.chart: AssessmentChart | None = None  # built lazily (pyqtgraph) on first refresh
        self._history_shown: tuple[str, tuple[object, ...]] | None = None
        history_layout.addWidget(self.table, 2)
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
        ctx.state.entries_changed.connect(self._on_changed)
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

    # -- page protocol --------------------------------------------------------------------
    def refresh(self) -> None:
        """A revisit re-reads the history (one small query); it re-plots only on a change."""
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

    def _on_changed(self, kind: str) -> None:
        if kind in ("assessment", "all") and self.isVisible():  # else the next visit reads it
            self._load_history()

    def _load_history(self) -> None:
        kind = self.current_kind()
        records = self.service.history(kind)
        shown = (kind, tuple(records))
        if shown == self._history_shown:
            return  # the table and chart already show exactly this
        self._history_shown = shown
        self.model.set_records(records)
        for column in (4, 5):  # item 9 and difficulty: PHQ-9 only
            self.table.setColumnHidden(column, kind != "phq9")
        self.empty.setVisible(not records)
        chart = self.chart
        if chart is None:
            from wellness_app.ui.care.assessment_chart import AssessmentChart

            self.chart = chart = AssessmentChart(self)
            self.chart_holder.addWidget(chart)
        chart.show_records(kind, records)
        # no empty table or axes without data: the friendly line above says it instead
        self.table.setVisible(bool(records))
        chart.setVisible(bool(records))
