"""The Movement page: log a session (editable kinds), a "Move now" stopwatch, steps, this
week's WHO minutes with the seven days, and today's sessions."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.movement import WHO_HIGH, WHO_LOW, ActivitySession, WhoWeek
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import INTENSITIES
from wellness_app.ui.common import locale_format, theme
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.display_names import activity_kind_name, intensity_name
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.widgets.action_feedback import ActionFeedback
from wellness_app.ui.common.widgets.records import RecordsBox
from wellness_app.ui.common.widgets.session_timer import SessionTimer, clock_text
from wellness_app.ui.common.widgets.when import WhenEdit


def amount(value: float) -> str:
    """Minutes as the locale writes them: 20 · 7.5 / 7,5."""
    return locale_format.number(value, 0 if float(value).is_integer() else 1)


def describe(s: ActivitySession) -> str:
    text = (translate("MovementPage", "{time}  {kind}, {minutes} min ({intensity}) — {note}")
            if s.note else translate("MovementPage", "{time}  {kind}, {minutes} min ({intensity})"))
    return text.format(time=locale_format.time_of_day(s.moment.local),
                       kind=activity_kind_name(s.kind), minutes=amount(s.minutes),
                       intensity=intensity_name(s.intensity), note=s.note)


def week_message(total_minutes: float) -> str:
    """Encouraging, never a reproach for a missed day (the words of WhoWeek.message)."""
    total = round(total_minutes)
    minutes = locale_format.number(total)
    if total >= WHO_HIGH:
        return translate("WeekStrip", "{minutes} minutes this week: the full WHO range. "
                         "Rest counts too.").format(minutes=minutes)
    if total >= WHO_LOW:
        return translate("WeekStrip", "{minutes} minutes this week: you've reached the WHO "
                         "150. Well done.").format(minutes=minutes)
    if total == 0:
        return translate("WeekStrip", "Any movement counts this week, even five minutes of "
                         "dancing in the kitchen.")
    return translate("WeekStrip", "{minutes} of 150 minutes so far. Every bit of movement "
                     "counts.").format(minutes=minutes)


class WeekStrip(QWidget):
    """The WHO progress bar with the week's seven days; a day without movement is neutral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, WHO_HIGH)
        self.bar.setFormat("%v / 150–300")
        self.bar.setAccessibleName(self.tr("WHO minutes this week"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        self.days: list[QLabel] = []
        for _ in range(7):
            cell = QLabel()
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setMinimumWidth(64)
            cell.setFrameShape(QLabel.Shape.StyledPanel)
            row.addWidget(cell)
            self.days.append(cell)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def show_week(self, week: WhoWeek, today_index: int) -> None:
        self.bar.setValue(min(WHO_HIGH, round(week.total)))
        self.message.setText(week_message(week.total))
        for i, (cell, day, minutes) in enumerate(zip(self.days, week.days, week.daily,
                                                     strict=True)):
            name = locale_format.weekday_name(day.isoweekday())
            shown = self.tr("{minutes} min").format(minutes=amount(minutes)) if minutes else "·"
            cell.setText(f"{name}\n{shown}")
            bold = "font-weight: bold;" if i == today_index else ""
            theme.set_tone(cell, "muted" if i > today_index else None, bold)  # days to come
            cell.setAccessibleName(self.tr("{day}: {minutes} minutes").format(
                day=locale_format.weekday_name(day.isoweekday(), short=False),
                minutes=amount(minutes)))


class MovementPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moves = ctx.services.movement
        outer = QVBoxLayout(self)
        self.feedback = ActionFeedback(ctx, Change.ACTIVITY, self)
        self.banner, self.error = self.feedback.banner, self.feedback.error
        outer.addWidget(self.feedback)
        grid = QGridLayout()
        outer.addLayout(grid, 1)

        week_box = QGroupBox(self.tr("This week (WHO: {low}–{high} minutes; a vigorous minute "
                                     "counts as two)").format(low=WHO_LOW, high=WHO_HIGH))
        QVBoxLayout(week_box).addWidget(week := WeekStrip())
        self.week = week
        grid.addWidget(week_box, 0, 0, 1, 2)

        form_box = QGroupBox(self.tr("Log movement"))
        form = QFormLayout(form_box)
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.setAccessibleName(self.tr("Kind of movement (type a new one to add it)"))
        self.hide_kind = QPushButton(self.tr("Remove from list"))
        self.hide_kind.setAccessibleName(self.tr("Remove this kind from the list"))
        self.hide_kind.clicked.connect(self.remove_kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.hide_kind)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 1440)
        self.minutes.setValue(20)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.intensity = QComboBox()
        for name in INTENSITIES:
            self.intensity.addItem(intensity_name(name), name)
        self.intensity.setCurrentIndex(INTENSITIES.index("moderate"))
        self.intensity.setAccessibleName(self.tr("Intensity"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional"))
        self.note.setAccessibleName(self.tr("Note"))
        self.when = WhenEdit(self.tr("Start time"))
        self.log_button = QPushButton(self.tr("Log movement"))
        self.log_button.setAccessibleName(self.tr("Log movement"))
        self.log_button.clicked.connect(self.log_form)
        self.note.returnPressed.connect(self.log_form)
        form.addRow(self.tr("Kind"), kind_row)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Intensity"), self.intensity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Started at"), self.when)
        form.addRow(self.log_button)
        grid.addWidget(form_box, 1, 0)

        now_box = QGroupBox(self.tr("Move now"))
        nl = QVBoxLayout(now_box)
        self.stopwatch = SessionTimer(clock, self)
        self.stopwatch_label = QLabel("00:00")
        self.stopwatch_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stopwatch_label.setStyleSheet("font-size: 28px")
        self.stopwatch_label.setAccessibleName(self.tr("Time moving"))
        self.stopwatch.ticked.connect(
            lambda s: self.stopwatch_label.setText(clock_text(s)))
        self.move_button = QPushButton(self.tr("Start moving"))
        self.move_button.setAccessibleName(self.tr("Start or stop the Move now stopwatch"))
        self.move_button.clicked.connect(self.toggle_stopwatch)
        hint = QLabel(self.tr("Uses the kind and intensity from the form. Five minutes counts."))
        hint.setWordWrap(True)
        nl.addWidget(self.stopwatch_label)
        nl.addWidget(self.move_button)
        nl.addWidget(hint)
        steps_row = QHBoxLayout()
        self.steps = QSpinBox()
        self.steps.setRange(0, 200_000)
        self.steps.setSingleStep(500)
        self.steps.setGroupSeparatorShown(True)
        self.steps.setAccessibleName(self.tr("Steps today"))
        self.steps_button = QPushButton(self.tr("Save steps"))
        self.steps_button.setAccessibleName(self.tr("Save today's steps"))
        self.steps_button.clicked.connect(self.save_steps)
        steps_row.addWidget(QLabel(self.tr("Steps today")))
        steps_row.addWidget(self.steps, 1)
        steps_row.addWidget(self.steps_button)
        nl.addStretch(1)
        nl.addLayout(steps_row)
        grid.addWidget(now_box, 1, 1)

        today_box = RecordsBox[ActivitySession](
            self.tr("Today"), describe, self.tr("Today's movement"),
            self.tr("Delete the selected session"),
            delete=lambda s: self.moves.delete(s.id or 0), restore=self.moves.restore,
            run=self.feedback.run, parent=self,
            empty_text=self.tr("Nothing logged yet today — every movement counts: a walk, "
                               "dancing in the kitchen, housework."))
        self.model, self.list = today_box.model, today_box.list
        grid.addWidget(today_box, 2, 0, 1, 2)
        grid.setRowStretch(2, 1)
        ctx.state.entries_changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        today = Moment.now().local_date
        current = self.kind.currentText()
        self.kind.clear()
        for kind in self.moves.kinds():  # built-in kinds shown translated, stored by key
            self.kind.addItem(activity_kind_name(kind), kind)
        if current:
            self.kind.setCurrentText(current)
        self.model.set_records(self.moves.for_day(today))
        self.week.show_week(self.moves.week(today), today.weekday())
        self.steps.setValue(self.moves.steps(today) or 0)

    def kind_key(self) -> str:
        """The chosen kind: a listed one by its stored name, or the new name typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text, Qt.MatchFlag.MatchFixedString)
        key = self.kind.itemData(index) if index >= 0 else None
        return str(key) if key else text

    def _on_changed(self, kind: str) -> None:
        if kind in {"activity", "all"}:
            self.refresh()

    def _do(self, action: Callable[[], object], message: str) -> bool:
        return self.feedback.run(action, message)

    def _log(self, minutes: float, moment: Moment) -> bool:
        return self._do(lambda: self.moves.log(
            self.kind_key(), minutes, intensity=self.intensity.currentData(),
            moment=moment, note=self.note.text(), new=True), self.tr("Movement saved"))

    def log_form(self) -> None:
        if self._log(self.minutes.value(), self.when.moment()):
            self.note.clear()
            self.when.reset()

    def toggle_stopwatch(self) -> None:
        if not self.stopwatch.running:
            self._started = Moment.now()
            self.stopwatch.start()
            self.move_button.setText(self.tr("Stop and log"))
            return
        seconds = self.stopwatch.stop()
        self.move_button.setText(self.tr("Start moving"))
        minutes = round(seconds / 60, 1)
        if minutes < 1:
            self.stopwatch_label.setText(self.tr("Under a minute; nothing logged"))
            return
        if self._log(minutes, self._started):
            self.stopwatch_label.setText(self.tr("Logged {m} min").format(m=amount(minutes)))

    def save_steps(self) -> None:
        today = Moment.now().local_date
        self._do(lambda: self.moves.set_steps(today, self.steps.value()), self.tr("Steps saved"))

    def remove_kind(self) -> None:
        name = self.kind_key() if self.kind.currentText().strip() else ""
        if name:
            self._do(lambda: self.moves.hide_kind(name), self.tr("Kind removed from the list"))
