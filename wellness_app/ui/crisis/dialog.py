"""The crisis screen: a calm, readable screen for the worst moment, not an editor.

Top to bottom: the emergency number (always there, outside the scrolling part), the crisis
lines of the person's country as large cards, their own people from the safety plan, then
the plan itself as a readable card, and a short "Understanding a crisis". Editing lines
sits behind "Manage lines…"; Close is the default button. While the journal is locked
(`ctx` None) it shows the bundled lines and says that the plan needs the unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.crisis_lines import ELSEWHERE, CrisisLine
from wellness_app.domain.errors import UserError
from wellness_app.domain.safety_plan import SafetyPlan
from wellness_app.services.facade import bundled_crisis_lines
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import care_text, shown_line
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.crisis.cards import (
    LineCard,
    PersonCard,
    copy_number,
    emergency_numbers,
    hand_on,
)
from wellness_app.ui.crisis.country import CountryPicker
from wellness_app.ui.crisis.learn import UnderstandingSection
from wellness_app.ui.crisis.manage import ManageLinesDialog
from wellness_app.ui.crisis.safety_card import ask_pdf_path, plan_html, save_card

__all__ = ["ITEM9_INTRO", "CrisisDialog", "ask_pdf_path", "save_card"]

ITEM9_INTRO = QT_TRANSLATE_NOOP(
    "CrisisDialog",
    "You answered that you have had thoughts that you would be better off dead or of "
    "hurting yourself. You do not have to carry this alone. Here is your safety plan, and "
    "people you can contact now."
)


def heading(text: str) -> QLabel:
    label = QLabel(f"<h3>{text}</h3>")
    label.setWordWrap(True)
    return label


class CrisisDialog(QDialog):
    picker: CountryPicker | None = None  # shown on "Change country" or with no country set

    def __init__(self, ctx: UiContext | None, parent: QWidget | None = None, intro: str = "",
                 *, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        services = (ctx.services if ctx is not None and ctx.db is not None
                    and not ctx.journal_locked else None)
        if services is not None and services.db.locked:  # closed by the lock: bundled lines
            services = None
        self.locked = services is None
        folder = data_dir or (ctx.data_dir if ctx else None)
        self.lines_service = (services.crisis_lines(folder) if services is not None
                              else bundled_crisis_lines(folder))
        self.plan_service = services.safety_plan if services is not None else None
        self.setObjectName("crisisScreen")
        self.setWindowTitle(translate("CrisisDialog", "Crisis support"))
        self.setAccessibleName(translate("CrisisDialog", "Crisis support"))
        outer = QVBoxLayout(self)

        self.intro = QLabel(translate("CrisisDialog", intro) if intro else "")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.intro.setStyleSheet("QLabel { padding: 8px; border-radius: 6px;"
                                 " background: palette(alternate-base); }")
        outer.addWidget(self.intro)
        self.emergency = QFrame()
        self.emergency.setObjectName("emergencyStrip")
        self.emergency.setFrameShape(QFrame.Shape.StyledPanel)
        self.emergency_layout = QHBoxLayout(self.emergency)
        outer.addWidget(self.emergency)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)

        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(translate("CrisisDialog", "Message"))
        outer.addWidget(self.feedback)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(translate("CrisisDialog", "Close"))
        self.manage_button = self._action(translate("CrisisDialog", "&Manage lines…"),
                                          translate("CrisisDialog", "Manage crisis lines"),
                                          self._manage)
        self.pdf_button = self._action(translate("CrisisDialog", "Save card as P&DF…"),
                                       translate("CrisisDialog",
                                                 "Save the safety plan card as PDF"),
                                       self._save_pdf)
        for button in (self.manage_button, self.pdf_button):
            button.setVisible(not self.locked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.close_button.setDefault(True)
        self.refresh()
        self.fit_screen()
        self.close_button.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext | None, intro: str = "",
            *, data_dir: Path | None = None) -> None:
        """Show the screen modally (tests monkeypatch this)."""
        cls(ctx, parent, intro, data_dir=data_dir).exec()

    # -- content ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._clear(self.body_layout)
        code = self.lines_service.country()
        lines = self.lines_service.lines(code)
        self._fill_emergency([line for line in lines if line.emergency], code)
        if not self.lines_service.country_is_known():
            self._add_picker(code)
        self._add_lines(code, [line for line in lines if not line.emergency])
        if self.locked:
            self.body_layout.addWidget(self._note(translate(
                "CrisisDialog", "Your safety plan and your own people are shown once your "
                "journal is unlocked. These numbers need no passphrase.")))
        else:
            assert self.plan_service is not None
            self._add_plan(self.plan_service.plan())
        self.understanding = UnderstandingSection()
        self.body_layout.addWidget(self.understanding)
        self.body_layout.addStretch(1)
        self._show_new(self.body_layout)
        self._show_new(self.emergency_layout)

    def _fill_emergency(self, lines: list[CrisisLine], code: str) -> None:
        self._clear(self.emergency_layout)
        dialable = [line for line in lines if line.dial_number()]
        if dialable:
            numbers = translate("CrisisDialog", " or ").join(emergency_numbers(lines))
            text = translate("CrisisDialog", "In immediate danger? Call {numbers} now.").format(
                numbers=numbers)
        else:
            text = translate("CrisisDialog", "In immediate danger? Call your local emergency "
                             "number now. In the EU and many other countries it is 112.")
        self.emergency_text = QLabel(f"<b>{text}</b>")
        self.emergency_text.setWordWrap(True)
        self.emergency_text.setAccessibleName(text)
        font = self.emergency_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.emergency_text.setFont(font)
        self.emergency_layout.addWidget(self.emergency_text, 1)
        self.emergency_buttons: list[QPushButton] = []
        if dialable:
            first = dialable[0]
            number = shown_line(first).contact
            call = QPushButton(translate("CrisisDialog", "Call {number}").format(number=number))
            call.setAccessibleName(translate("CrisisDialog", "Call the emergency number "
                                             "{number}").format(number=number))
            call.clicked.connect(lambda _c=False: self._hand_on(f"tel:{first.dial_number()}",
                                                                number))
            copy = QPushButton(translate("CrisisDialog", "Copy"))
            copy.setAccessibleName(translate("CrisisDialog", "Copy the emergency number"))
            copy.clicked.connect(lambda _c=False: self._copy(number))
            for button in (call, copy):
                self.emergency_layout.addWidget(button)
                self.emergency_buttons.append(button)

    def _add_picker(self, code: str, at: int = -1) -> CountryPicker:
        self.picker = picker = CountryPicker(self.lines_service.countries())
        picker.select(code)
        picker.chosen.connect(self._choose_country)
        self.body_layout.insertWidget(at, picker)
        return picker

    def _add_lines(self, code: str, lines: list[CrisisLine]) -> None:
        row = QHBoxLayout()
        name = care_text(self.lines_service.country_name(code))
        row.addWidget(heading(translate("CrisisDialog", "Crisis lines — {country}").format(
            country=name)), 1)
        self.change_country = QPushButton(translate("CrisisDialog", "C&hange country…"))
        self.change_country.setAccessibleName(translate("CrisisDialog", "Change country"))
        self.change_country.clicked.connect(self._show_picker)
        row.addWidget(self.change_country)
        self.body_layout.addLayout(row)
        self.line_cards = [LineCard(line, self.show_feedback) for line in lines]
        for card in self.line_cards:
            self.body_layout.addWidget(card)
        directory = self.lines_service.directory
        reviewed = translate("CrisisDialog", "Last reviewed {date}. {note}").format(
            date=fmt.short_date(directory.last_reviewed), note=care_text(directory.note))
        self.reviewed = self._note(reviewed)
        self.body_layout.addWidget(self.reviewed)
        self.stale = self._note(translate(
            "CrisisDialog", "These numbers were last checked on {date}, more than a year ago. "
            "Please take a moment to confirm yours, and change them under Manage lines if "
            "needed.").format(date=fmt.short_date(directory.last_reviewed)))
        self.stale.setObjectName("staleNote")
        self.stale.setVisible(self.lines_service.is_stale(date.today()))
        self.body_layout.addWidget(self.stale)
        if code == ELSEWHERE and self.lines_service.country_is_known():
            self.body_layout.addWidget(self._note(translate(
                "CrisisDialog", "No lines are bundled for where you are. Add your own under "
                "Manage lines, or choose a country above.")))

    def _add_plan(self, plan: SafetyPlan) -> None:
        people = [c for c in plan.contacts if c.name]
        if people:
            self.body_layout.addWidget(heading(translate("CrisisDialog", "Your people")))
        self.person_cards = [PersonCard(contact, self.show_feedback) for contact in people]
        for card in self.person_cards:
            self.body_layout.addWidget(card)
        self.body_layout.addWidget(heading(translate("CrisisDialog", "Your safety plan")))
        if plan.is_empty:
            self.plan_view = self._note(translate(
                "CrisisDialog", "You have not written a safety plan yet; it takes a few "
                "minutes, and you can make it with someone you trust."))
            self.body_layout.addWidget(self.plan_view)
            self.plan_button = QPushButton(translate("CrisisDialog", "Make a safety &plan"))
            self.plan_button.setAccessibleName(translate("CrisisDialog", "Make a safety plan"))
        else:
            self.body_layout.addWidget(self._note(translate(
                "CrisisDialog", "Go only as far as you need: start with the first step, and "
                "move on to the next one only if things still feel too much.")))
            self.plan_view = QLabel(plan_html(plan, empty_hint=False, title=False))
            self.plan_view.setWordWrap(True)
            self.plan_view.setFrameShape(QFrame.Shape.StyledPanel)
            self.plan_view.setAccessibleName(translate("CrisisDialog", "Your safety plan"))
            self.plan_view.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body_layout.addWidget(self.plan_view)
            self.plan_button = QPushButton(translate("CrisisDialog", "Edit my safety &plan"))
            self.plan_button.setAccessibleName(translate("CrisisDialog", "Edit my safety plan"))
        self.plan_button.clicked.connect(self._go_to_plan)
        self.body_layout.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)

    def plan_text(self) -> str:
        """What the plan part says, as plain text (the people's cards, then the plan)."""
        from PySide6.QtGui import QTextDocumentFragment

        people = [card.accessibleName() for card in getattr(self, "person_cards", [])]
        plan = getattr(self, "plan_view", None)
        text = QTextDocumentFragment.fromHtml(plan.text()).toPlainText() if plan else ""
        return "\n".join([*people, text])

    def line_texts(self) -> list[str]:
        """"Label: number" of every line on the screen, the emergency number(s) first."""
        return [shown_line(line).text() for line in self.lines_service.lines(
            self.lines_service.country())]

    # -- actions ----------------------------------------------------------------------
    def show_feedback(self, text: str) -> None:
        self.feedback.setText(text)

    def _copy(self, number: str) -> None:
        copy_number(number, self.show_feedback)

    def _hand_on(self, url: str, number: str) -> None:
        hand_on(url, number, self.show_feedback)

    def _show_picker(self) -> None:
        picker = self.picker
        if picker is None:
            picker = self._add_picker(self.lines_service.country(), at=0)
            picker.show()
        picker.search.setFocus()
        self.scroll_area.ensureWidgetVisible(picker)

    def _choose_country(self, code: str) -> None:
        try:
            self.lines_service.set_country(code)
        except UserError as exc:
            self.show_feedback(str(exc))
            return
        self.picker = None
        self.refresh()
        self.close_button.setFocus()

    def _manage(self) -> None:
        if ManageLinesDialog.ask(self, self.lines_service, self.lines_service.country()):
            self.refresh()
            if self.ctx is not None:
                self.ctx.state.announce(Change.SAFETY_PLAN)

    def _go_to_plan(self) -> None:
        if self.ctx is not None:
            self.ctx.state.navigate.emit("safety", None)
        self.accept()

    def _save_pdf(self) -> None:
        path = ask_pdf_path(self)
        if path is None or self.ctx is None:
            return
        try:
            save_card(self.ctx, path, self.lines_service.country())
        except UserError as exc:
            self.show_feedback(str(exc))
            return
        self.show_feedback(translate("CrisisDialog", "Saved the safety plan card."))

    # -- helpers ----------------------------------------------------------------------
    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def fit_screen(self, area: QRect | None = None) -> None:
        """760×720 at most, and never more than the screen's free area (1024×600 too)."""
        if area is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            area = screen.availableGeometry() if screen is not None else None
        width, height = 760, 720
        if area is not None:
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(max(width, 480), max(height, 360))

    @staticmethod
    def _show_new(layout: QLayout) -> None:
        """Show what `refresh` built at once (a layout would only show it on the next
        event-loop turn), except what was hidden on purpose."""
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            widget, inner = item.widget(), item.layout()
            if widget is None and inner is not None:
                CrisisDialog._show_new(inner)
            elif widget is not None and not widget.testAttribute(
                    Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                widget.show()

    @staticmethod
    def _clear(layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                break
            widget, inner = item.widget(), item.layout()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            elif inner is not None:
                CrisisDialog._clear(inner)
