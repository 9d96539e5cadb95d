"""The result of a questionnaire: total, range and a short plain explanation.

Never a diagnosis, and a low total is never called "safe": crisis support stays one
click away whatever the total.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.ui import locale_format as fmt
from wellness_app.ui.care.care_text import explanation
from wellness_app.ui.i18n import translate


class ResultView(QWidget):
    again = Signal()
    crisis = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: AssessmentRecord | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.total = QLabel()
        self.total.setAccessibleName(translate("ResultView", "Total"))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.support = QLabel(translate("ResultView",
            "Your safety plan and crisis lines are always one click away: Crisis support "
            "(Ctrl+Shift+H)."))
        self.support.setWordWrap(True)
        for widget in (self.title, self.total, self.explanation, self.support):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        self.again_button = QPushButton(translate("ResultView", "&Back to the questionnaires"))
        self.again_button.setAccessibleName(translate("ResultView", "Back to the questionnaires"))
        self.again_button.clicked.connect(self.again)
        self.crisis_button = QPushButton(translate("ResultView", "Open &crisis support"))
        self.crisis_button.setAccessibleName(translate("ResultView", "Open crisis support"))
        self.crisis_button.clicked.connect(self.crisis)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.crisis_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_record(self, record: AssessmentRecord) -> None:
        self.record = record
        q = record.questionnaire
        when = fmt.date_and_time(record.moment.local)
        title = translate("ResultView", "Your {title} result").format(title=q.title)
        self.title.setText(f"<h2>{escape(title)}</h2><small>{escape(when)}</small>")
        self.total.setText(f"<p style='font-size:22pt'><b>{record.total}</b> / {q.max_total}"
                           f" &nbsp;—&nbsp; {escape(record.band.name)}</p>")
        self.explanation.setText(explanation(record.kind, record.total))
        self.again_button.setFocus()
