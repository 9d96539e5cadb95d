"""Large, calm cards for the crisis screen: a crisis line (number in large type, what it
offers, hours, cost, Copy / Call / Text / Open chat) and one of the person's own people.

Call, Text and Open chat hand a `tel:`, `sms:` or web address to the desktop through
`QDesktopServices`; the app itself opens no connection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellness_app.domain.crisis_lines import CrisisLine, dialable
from wellness_app.domain.safety_plan import SafetyContact
from wellness_app.ui.common.care_text import care_text, shown_line
from wellness_app.ui.common.i18n import translate

Feedback = Callable[[str], None]


def open_link(url: str) -> bool:
    """Hand a tel:/sms:/https: address to the desktop (tests replace this)."""
    return QDesktopServices.openUrl(QUrl(url))


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def copy_number(number: str, feedback: Feedback) -> None:
    copy_text(number)
    feedback(translate("CrisisCards", "Copied {number}.").format(number=number))


def hand_on(url: str, number: str, feedback: Feedback) -> None:
    """Give a tel:/sms:/chat address to the desktop; where nothing takes it, say to use
    the phone (the number stays on the screen)."""
    if not open_link(url):
        feedback(translate("CrisisCards", "This computer has no app that can do that. "
                           "Please use your phone: {number}").format(number=number))


def big_label(text: str, scale: float = 1.8, bold: bool = True) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def emergency_numbers(lines: list[CrisisLine]) -> list[str]:
    """"999 / 112" per dialable emergency line, as shown; named where a country has
    several ("119 (Emergency (ambulance, fire))", "110 (Police)")."""
    dialable = [line for line in lines if line.emergency and line.dial_number()]
    return [" / ".join((shown_line(line).contact, *line.also))
            + (f" ({shown_line(line).label})" if len(dialable) > 1 else "")
            for line in dialable]


def channel_words(line: CrisisLine) -> str:
    words = {"call": translate("CrisisCards", "call"), "text": translate("CrisisCards", "text"),
             "chat": translate("CrisisCards", "chat")}
    return ", ".join(words[c] for c in line.channels if c in words)


def details(line: CrisisLine) -> str:
    """"Call, text · 24/7 · free" in the interface language (hours/cost unknown: say so)."""
    words = channel_words(line)
    parts = [words[:1].upper() + words[1:]]  # not capitalize(): "Anrufen, Chat"
    parts.append(care_text(line.hours) if line.hours
                 else translate("CrisisCards", "hours: see the operator's site"))
    if line.cost:
        parts.append(care_text(line.cost))
    return " · ".join(p for p in parts if p)


class Card(QFrame):
    """A framed card with a heading, a large number, small print and a row of buttons."""

    def __init__(self, feedback: Feedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feedback = feedback
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("crisisCard")
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}

    def finish(self) -> None:
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)

    def add_button(self, key: str, text: str, name: str, slot: Callable[[], None]) -> None:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        self.action_buttons[key] = button

    def copy(self, number: str) -> None:
        copy_number(number, self._feedback)

    def hand_on(self, url: str, number: str) -> None:
        hand_on(url, number, self._feedback)


class LineCard(Card):
    def __init__(self, line: CrisisLine, feedback: Feedback,
                 parent: QWidget | None = None) -> None:
        super().__init__(feedback, parent)
        self.line = line
        shown = shown_line(line)
        self.name = QLabel(f"<b>{_esc(shown.label)}</b>")
        self.name.setWordWrap(True)
        numbers = [n for n in (shown.contact, *line.also) if n.strip()]
        self.number = big_label(translate("CrisisCards", " or ").join(numbers) or translate(
            "CrisisCards", "No number yet: add one under Manage lines"), 1.8 if numbers else 1.1)
        extra = [details(line)]
        if line.text_number and "text" in line.channels:
            extra.append(translate("CrisisCards", "Text: {number}").format(
                number=line.text_number))
        if shown.note:
            extra.append(shown.note)
        self.info = QLabel(" · ".join(extra))
        self.info.setWordWrap(True)
        for widget in (self.name, self.number, self.info):
            self.layout_.addWidget(widget)
        label = shown.label
        self.setAccessibleName(translate("CrisisCards", "{name}: {number}. {details}").format(
            name=label, number=", ".join(numbers), details=" · ".join(extra)))
        if numbers:
            self.add_button("copy", translate("CrisisCards", "Copy number")
                            if line.dial_number() else translate("CrisisCards", "Copy"),
                            translate("CrisisCards", "Copy the number of {name}").format(
                                name=label), lambda: self.copy(shown.contact))
        dial = line.dial_number()
        if dial and "call" in line.channels:
            self.add_button("call", translate("CrisisCards", "Call"),
                            translate("CrisisCards", "Call {name}").format(name=label),
                            lambda: self.hand_on(f"tel:{dial}", shown.contact))
        sms = line.sms_number()
        if sms:
            self.add_button("text", translate("CrisisCards", "Text"),
                            translate("CrisisCards", "Send a text to {name}").format(
                                name=label),
                            lambda: self.hand_on(f"sms:{sms}", line.text_number or sms))
        if line.chat_url and "chat" in line.channels:
            url = line.chat_url
            self.add_button("chat", translate("CrisisCards", "Open chat"),
                            translate("CrisisCards", "Open the chat of {name} in the "
                                      "browser").format(name=label),
                            lambda: self.hand_on(url, url))
        self.finish()


class PersonCard(Card):
    """One of the person's own people from the safety plan."""

    def __init__(self, contact: SafetyContact, feedback: Feedback,
                 parent: QWidget | None = None) -> None:
        super().__init__(feedback, parent)
        self.contact = contact
        self.name = QLabel(f"<b>{_esc(contact.name)}</b>")
        self.name.setWordWrap(True)
        self.layout_.addWidget(self.name)
        self.number = big_label(contact.phone or "", 1.5)
        self.number.setVisible(bool(contact.phone))
        self.layout_.addWidget(self.number)
        if contact.note:
            note = QLabel(contact.note)
            note.setWordWrap(True)
            self.layout_.addWidget(note)
        self.setAccessibleName(", ".join(p for p in (contact.name, contact.phone,
                                                     contact.note) if p))
        dial = dialable(contact.phone or "")
        if contact.phone:
            self.add_button("copy", translate("CrisisCards", "Copy number"),
                            translate("CrisisCards", "Copy the number of {name}").format(
                                name=contact.name), lambda: self.copy(contact.phone))
        if dial:
            self.add_button("call", translate("CrisisCards", "Call"),
                            translate("CrisisCards", "Call {name}").format(name=contact.name),
                            lambda: self.hand_on(f"tel:{dial}", contact.phone))
            self.add_button("text", translate("CrisisCards", "Text"),
                            translate("CrisisCards", "Send a text to {name}").format(
                                name=contact.name),
                            lambda: self.hand_on(f"sms:{dial}", contact.phone))
        self.finish()


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
