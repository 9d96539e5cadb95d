"""A PHQ-9 or GAD-7 form in its exact, validated wording (German in the German interface:
domain/questionnaire_wording.py): each item a row of four answer buttons.

Keyboard: Tab moves between items, arrow keys between answers, and the digits 0–3
answer the focused item and move on to the next one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.questionnaires import PHQ9_SUICIDE_ITEM_INDEX, Questionnaire
from wellness_app.ui.common.care_text import questionnaire_wording
from wellness_app.ui.common.i18n import translate

ANSWER_COLUMN_WIDTH = 76  # "Nearly every day" wraps to two lines; the digit below it


class QuestionnaireForm(QWidget):
    # (answers, difficulty or -1)
    submitted = Signal(list, int)
    # PHQ-9 item 9 changed: True when above "Not at all"
    item9_changed = Signal(bool)

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.wording = words = questionnaire_wording(questionnaire.kind)
        self.groups: list[QButtonGroup] = []
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        stem = QLabel(f"<b>{words.stem}</b>")  # validated wording: never translated freely
        stem.setWordWrap(True)
        layout.addWidget(stem)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        for col, answer in enumerate(words.answers):
            header = QLabel(f"{answer}<br><small>({col})</small>")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)
            header.setFixedWidth(ANSWER_COLUMN_WIDTH)
            grid.addWidget(header, 0, 2 + col)
        for row, item in enumerate(words.items, start=1):
            grid.addWidget(QLabel(f"{row}."), row, 0, Qt.AlignmentFlag.AlignTop)
            text = QLabel(item)
            text.setWordWrap(True)
            text.setMinimumWidth(180)
            grid.addWidget(text, row, 1)
            self.groups.append(self._answer_row(grid, row, 2, item, words.answers))
        layout.addLayout(grid)

        self.difficulty: QButtonGroup | None = None
        if questionnaire.kind == "phq9":
            self.groups[PHQ9_SUICIDE_ITEM_INDEX].idToggled.connect(
                lambda _id, _on: self.item9_changed.emit(
                    self.groups[PHQ9_SUICIDE_ITEM_INDEX].checkedId() > 0))
            question = QLabel(words.difficulty_question)
            question.setWordWrap(True)
            layout.addWidget(question)
            note = QLabel(translate("QuestionnaireForm", "(Optional; not part of the total.)"))
            layout.addWidget(note)
            difficulty_grid = QGridLayout()
            self.difficulty = self._answer_row(difficulty_grid, 0, 0, words.difficulty_question,
                                               words.difficulty_answers, with_text=True,
                                               per_row=2)
            layout.addLayout(difficulty_grid)

        self.hint = QLabel(translate("QuestionnaireForm", "Keys: 0–3 answer the focused "
                                     "question and move on; Tab and the arrow keys move too."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.submit = QPushButton(translate("QuestionnaireForm", "&See my result"))
        self.submit.setAccessibleName(translate("QuestionnaireForm", "See my result"))
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self._submit)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scrolling(self.body), 1)
        outer.addWidget(self.submit, 0, Qt.AlignmentFlag.AlignLeft)  # always in view

    @staticmethod
    def _scrolling(body: QWidget) -> QScrollArea:
        """The questions scroll up and down, never sideways: the area is at least as wide
        as all four answer columns, so every answer (and its 3) is always in view."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(body.minimumSizeHint().width() + bar + 2)
        return scroll

    def _answer_row(self, grid: QGridLayout, row: int, first_col: int, item: str,
                    answers: tuple[str, ...], with_text: bool = False,
                    per_row: int = 4) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setExclusive(True)
        for value, answer in enumerate(answers):
            button = QRadioButton(answer if with_text else "")
            button.setAccessibleName(f"{item}: {answer}")
            button.setToolTip(answer)
            group.addButton(button, value)
            align = Qt.AlignmentFlag.AlignLeft if with_text else Qt.AlignmentFlag.AlignCenter
            grid.addWidget(button, row + value // per_row, first_col + value % per_row, align)
        group.idToggled.connect(lambda _id, _on: self._update_submit())
        return group

    # -- state --------------------------------------------------------------------------
    def answers(self) -> list[int | None]:
        return [g.checkedId() if g.checkedId() >= 0 else None for g in self.groups]

    def clear(self) -> None:
        for group in [*self.groups, *([self.difficulty] if self.difficulty else [])]:
            checked = group.checkedButton()
            if checked is not None:
                group.setExclusive(False)
                checked.setChecked(False)
                group.setExclusive(True)
        self._update_submit()

    def focus_first(self) -> None:
        self.groups[0].button(0).setFocus()

    def _update_submit(self) -> None:
        self.submit.setEnabled(all(a is not None for a in self.answers()))

    def _submit(self) -> None:
        answers = self.answers()
        if any(a is None for a in answers):
            return
        difficulty = self.difficulty.checkedId() if self.difficulty else -1
        self.submitted.emit([int(a) for a in answers if a is not None], difficulty)

    # -- keyboard -----------------------------------------------------------------------
    def _group_of(self, widget: QWidget | None) -> QButtonGroup | None:
        groups = [*self.groups, *([self.difficulty] if self.difficulty else [])]
        for group in groups:
            if isinstance(widget, QAbstractButton) and widget in group.buttons():
                return group
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digits = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}
        value = digits.get(Qt.Key(event.key()))
        if value is None or self._group_of(QApplication.focusWidget()) is None:
            super().keyPressEvent(event)
            return
        self.answer_digit(value)
        event.accept()

    def has_focus_in_question(self) -> bool:
        return self._group_of(QApplication.focusWidget()) is not None

    def answer_digit(self, value: int) -> bool:
        """A digit 0–3 answers the question that has the focus, else the first one not
        yet answered (so digits work straight after Ctrl+9); the focus moves on."""
        group = self._group_of(QApplication.focusWidget())
        if group is None:
            group = next((g for g in self.groups if g.checkedId() < 0), None)
        if group is None or group.button(value) is None:
            return False
        group.button(value).setChecked(True)
        self._focus_after(group)
        return True

    def _focus_after(self, group: QButtonGroup) -> None:
        groups = [*self.groups, *([self.difficulty] if self.difficulty else [])]
        index = groups.index(group)
        if index + 1 < len(groups):
            following = groups[index + 1]
            (following.checkedButton() or following.button(0)).setFocus(
                Qt.FocusReason.TabFocusReason)
        elif self.submit.isEnabled():
            self.submit.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            group.button(group.checkedId()).setFocus()
