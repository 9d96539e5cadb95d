""""Understanding a crisis": a short, calm section of the crisis screen for the person and
for the people who care for them. Written in the project's own words from the 988
Lifeline, Samaritans and NIMH (see docs/understanding-a-crisis.md)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from wellness_app.ui.common.i18n import translate


def sections() -> list[tuple[str, list[str]]]:
    """(heading, points) in the interface language."""
    return [
        (translate("CrisisLearn", "Warning signs"), [
            translate("CrisisLearn",
                      "Talking about wanting to die, about being a burden, or about "
                      "feeling trapped or without hope."),
            translate("CrisisLearn",
                      "Pulling away from people, saying goodbye, giving things away."),
            translate("CrisisLearn",
                      "Looking for a way to end one's life, or making a plan."),
            translate("CrisisLearn",
                      "Sudden changes: much more alcohol or drugs, sleeping far more "
                      "or far less, great agitation, or an unexpected calm after a "
                      "dark time."),
        ]),
        (translate("CrisisLearn", "What helps in the moment"), [
            translate("CrisisLearn",
                      "Put distance between now and acting: the strongest urges "
                      "usually pass."),
            translate("CrisisLearn",
                      "Use your safety plan one step at a time, and reach out to a "
                      "person or a line above. You do not need the right words."),
            translate("CrisisLearn",
                      "Go to a place where you are with other people, or ask someone "
                      "to come to you."),
        ]),
        (translate("CrisisLearn", "If you are worried about someone"), [
            translate("CrisisLearn",
                      "Ask directly: \"Are you thinking about suicide?\" Asking does "
                      "not put the idea in their head; it often brings relief."),
            translate("CrisisLearn",
                      "Listen without judging or arguing. Take what they say "
                      "seriously."),
            translate("CrisisLearn",
                      "Stay with them, or make sure someone else does, and help them "
                      "contact a crisis line or their doctor. If life is in danger, "
                      "call the emergency number."),
            translate("CrisisLearn",
                      "Check in again in the days after: it matters."),
        ]),
        (translate("CrisisLearn", "Making the surroundings safer"), [
            translate("CrisisLearn",
                      "Time and distance save lives: put away or hand over anything "
                      "that could be used to hurt oneself, such as stored medicines, "
                      "weapons, or other means."),
            translate("CrisisLearn",
                      "Ask a pharmacist how to get rid of medicines that are no "
                      "longer needed; keep only small amounts at home where that is "
                      "possible."),
        ]),
    ]


def understanding_html() -> str:
    parts = []
    for heading, points in sections():
        parts.append(f"<h4>{escape(heading)}</h4><ul>")
        parts += [f"<li>{escape(point)}</li>" for point in points]
        parts.append("</ul>")
    return "".join(parts)


class UnderstandingSection(QWidget):
    """Folded by default (a calm screen first); opens with one click or Space."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setText(translate("CrisisLearn", "Understanding a crisis — for you and "
                                      "for the people who care for you"))
        self.toggle.setAccessibleName(translate("CrisisLearn", "Understanding a crisis"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.body = QLabel(understanding_html())
        self.body.setWordWrap(True)
        self.body.setAccessibleName(translate("CrisisLearn", "Understanding a crisis"))
        self.body.hide()
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)

    def _toggled(self, opened: bool) -> None:
        self.body.setVisible(opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
