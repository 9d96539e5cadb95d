"""The result of a questionnaire: total, range and a short plain explanation.

Never a diagnosis, and a low total is never called "safe": crisis support stays one
click away whatever the total.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import explanation, shown_band
from wellness_app.ui.common.i18n import translate


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
        self.item9 = QLabel(translate("ResultView",
            "You said that you have had thoughts that you would be better off dead or of "
            "hurting yourself. Thank you for being honest about it. These thoughts are "
            "important to tell a doctor or someone you trust, soon — you do not have to "
            "carry them alone. If they feel strong right now, your safety plan and crisis "
            "lines are one click away."))
        self.item9.setObjectName("item9Message")
        self.item9.setWordWrap(True)
        self.item9.setAccessibleName(translate("ResultView", "About your answer to question 9"))
        self.item9.setStyleSheet("QLabel#item9Message { padding: 8px; border-radius: 6px;"
                                 " border-left: 4px solid palette(highlight);"
                                 " background: palette(alternate-base); }")
        self.item9.hide()
        self.support = QLabel(translate("ResultView",
            "Your safety plan and crisis lines are always one click away: Crisis support "
            "(Ctrl+Shift+H)."))
        self.support.setWordWrap(True)
        for widget in (self.title, self.total, self.item9, self.explanation, self.support):
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
                           f" &nbsp;—&nbsp; {escape(shown_band(record.kind, record.total))}</p>")
        self.explanation.setText(explanation(record.kind, record.total))
        self.item9.setVisible(record.needs_safety_plan)
        self.crisis_button.setDefault(record.needs_safety_plan)
        (self.crisis_button if record.needs_safety_plan else self.again_button).setFocus()
