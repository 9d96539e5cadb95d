"""A calm banner on Today suggesting a talk with a doctor when the journal shows a long low
stretch, a PHQ-9 of 10 or more, or PHQ-9 question 9 above 0 (rule: domain/escalation.py).
Never a pop-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import escalation_reasons
from wellness_app.ui.common.context import UiContext

WATCHED = ("mood", "assessment", "all")


class EscalationBanner(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.escalation
        self._today = today
        self.setObjectName("escalationBanner")
        self.setAccessibleName(self.tr("A suggestion"))
        self.setStyleSheet(
            "#escalationBanner { border: 1px solid palette(mid); border-left: 4px solid "
            "palette(highlight); border-radius: 6px; background: palette(alternate-base); }")
        self.title = QLabel(self.tr("It might help to talk to a doctor"))
        self.title.setStyleSheet("font-weight: 600;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Prepare a report"))
        self.report_button.setAccessibleName(self.tr("Prepare a report for your doctor"))
        self.crisis_button = QPushButton(self.tr("Crisis support"))
        self.crisis_button.setAccessibleName(self.tr("Open crisis support"))
        self.crisis_button.hide()
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Not now: hide this for 7 days"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.crisis_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.report_button.clicked.connect(self._prepare_report)
        self.not_now_button.clicked.connect(self._not_now)
        self.crisis_button.clicked.connect(self._open_crisis)
        ctx.state.entries_changed.connect(self._on_changed)
        self.recheck()

    def today(self) -> date:
        return self._today or date.today()

    def recheck(self) -> None:
        result = self.service.check(self.today())
        if result.show:
            facts = " ".join(escalation_reasons(result))
            if result.phq9_item9:
                why = self.tr("These thoughts are important to tell a doctor or someone you "
                              "trust soon.")
            elif result.low_mood:
                why = self.tr("When low days go on for two weeks or more, a doctor can help.")
            else:
                why = self.tr("A PHQ-9 total of 10 or more is the usual point to talk it "
                              "over with a doctor.")
            self.body.setText(" ".join((
                facts, why, self.tr("You do not have to carry this alone. If you like, the "
                                    "app can prepare a short report of your journal to bring "
                                    "along."))))
        self.crisis_button.setVisible(result.show and result.phq9_item9)
        self.setVisible(result.show)

    def _on_changed(self, kind: str) -> None:
        if kind in WATCHED:
            self.recheck()

    def _prepare_report(self) -> None:
        from wellness_app.ui.report.dialog import ReportDialog

        ReportDialog.ask(self.ctx, self.window())

    def _open_crisis(self) -> None:
        from wellness_app.ui.crisis.button import open_crisis_dialog

        open_crisis_dialog(self.window(), self.ctx)

    def _not_now(self) -> None:
        until = self.service.not_now(self.today())
        self.hide()
        self.ctx.state.status_message.emit(
            self.tr("Okay. This suggestion stays quiet until {day}.").format(
                day=fmt.long_date(until)))


def make_banner(ctx: UiContext, parent: QWidget) -> EscalationBanner:
    """TODAY_BANNERS factory."""
    return EscalationBanner(ctx, parent)
