"""The safety plan editor: the six Stanley–Brown steps plus what matters most, one line
per item; the person's own contacts; a printable one-page card (PDF).

It never loses a word: it saves a moment after the person stops typing, and at once when
the page is left or hidden (another page, the lock screen), when the window closes, and
when the app quits."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.errors import UserError
from wellness_app.domain.safety_plan import SECTIONS, SafetyContact, SafetyPlan
from wellness_app.ui.common.care_text import care_text, section_heading
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.crisis.contacts_model import ContactsModel
from wellness_app.ui.crisis.dialog import CrisisDialog, ask_pdf_path, save_card

HINTS = {
    "warning_signs": QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "e.g. not answering messages; thinking I am a burden"),
    "coping": QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "e.g. a cold shower; a walk round the block; a favourite song"),
    "distraction": QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "e.g. the library; my sister's kitchen; the park café"),
    "ask_for_help": QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "people you can ask (add their numbers under My contacts)"),
    "professionals": QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "e.g. my GP surgery; my therapist (numbers under My contacts)"),
    "safe_environment": QT_TRANSLATE_NOOP("SafetyPlanPage", "e.g. give my tablets to Sam to keep"),
    "worth_living_for": "",
}
#: how long after the last keystroke the plan saves itself
AUTOSAVE_MS = 700


class SafetyPlanPage(QWidget):
    key = "safety"
    title = QT_TRANSLATE_NOOP("pages", "Safety plan")
    purpose = QT_TRANSLATE_NOOP("pages", "Your plan for hard moments, in your own words, "
                                 "step by step.")
    shortcut = ""
    shows = frozenset({Change.SAFETY_PLAN})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.safety_plan
        self.editors: dict[str, QPlainTextEdit] = {}

        top = QHBoxLayout()  # the window's page header is the one heading
        self.status = QLabel()
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)
        self.save_button = self._button(translate("SafetyPlanPage", "&Save"),
                                        translate("SafetyPlanPage", "Save the safety plan"),
                                        self.save)
        self.pdf_button = self._button(translate("SafetyPlanPage", "Save as P&DF…"),
                                       translate("SafetyPlanPage", "Save the card as PDF"),
                                       self._save_pdf)
        self.crisis_button = self._button(translate("SafetyPlanPage", "&Crisis lines…"),
                                          translate("SafetyPlanPage", "Open crisis support"),
                                          lambda: CrisisDialog.ask(self, self.ctx))
        for button in (self.save_button, self.pdf_button, self.crisis_button):
            top.addWidget(button)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        intro = QLabel(_intro_html())
        intro.setObjectName("safetyPlanIntro")
        intro.setWordWrap(True)
        self.intro = intro

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(intro)
        for section in SECTIONS:
            box = QGroupBox(section_heading(section.key))
            box_layout = QVBoxLayout(box)
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(care_text(section.title))
            if HINTS[section.key]:
                editor.setPlaceholderText(translate("SafetyPlanPage", HINTS[section.key]))
            editor.setFixedHeight(76)
            editor.textChanged.connect(self._mark_dirty)
            box_layout.addWidget(editor)
            self.editors[section.key] = editor
            body_layout.addWidget(box)

        contacts_box = QGroupBox(translate("SafetyPlanPage", "My contacts (people for step 4, "
                                           "professionals for step 5)"))
        contacts_layout = QVBoxLayout(contacts_box)
        self.contacts = ContactsModel(self)
        self.contacts.dataChanged.connect(lambda *_a: self._mark_dirty())
        self.contacts.rowsInserted.connect(lambda *_a: self._mark_dirty())
        self.contacts.rowsRemoved.connect(lambda *_a: self._mark_dirty())
        self.contacts_view = QTableView()
        self.contacts_view.setModel(self.contacts)
        self.contacts_view.setAccessibleName(translate("SafetyPlanPage", "My contacts"))
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.verticalHeader().hide()
        header = self.contacts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 170, 100)):
            header.resizeSection(column, width)
        self.contacts_view.setMinimumHeight(140)
        contacts_layout.addWidget(self.contacts_view)
        row = QHBoxLayout()
        row.addWidget(self._button(translate("SafetyPlanPage", "&Add contact"),
                                   translate("SafetyPlanPage", "Add contact"),
                                   self._add_contact))
        row.addWidget(self._button(translate("SafetyPlanPage", "&Remove contact"),
                                   translate("SafetyPlanPage", "Remove the selected contact"),
                                   self._remove_contact))
        row.addStretch(1)
        contacts_layout.addLayout(row)
        body_layout.addWidget(contacts_box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._dirty = False
        self._loading = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self.load()
        self.window().installEventFilter(self)  # the main window's close saves first
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # -- page protocol ------------------------------------------------------------------
    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        if not self._dirty:
            self.load()

    def load(self) -> None:
        plan = self.service.plan()
        self._loading = True
        for key, editor in self.editors.items():
            editor.setPlainText("\n".join(plan.lines(key)))
        self.contacts.set_contacts(plan.contacts)
        self._loading = False
        self._dirty = False
        self.status.setText("")

    def plan(self) -> SafetyPlan:
        """The plan as currently written in the editor (not yet saved)."""
        items = {key: tuple(editor.toPlainText().splitlines())
                 for key, editor in self.editors.items()}
        return SafetyPlan(items, self.contacts.contacts())

    def save(self) -> bool:
        """Save now (Ctrl+S, or the autosave); the editors keep their text and cursor."""
        self._autosave.stop()
        plan = self.plan()
        unnamed = [c for c in plan.contacts if not c.name.strip()
                   and (c.phone.strip() or c.note.strip())]
        try:
            self.service.save(_without(plan, unnamed))
        except UserError as exc:
            self.status.setText(str(exc))
            return False
        self._dirty = False
        if unnamed:  # the rest is saved; a contact needs a name before it can be
            self.status.setText(translate("SafetyPlanPage", "Saved, except a contact that "
                                          "needs a name: give it one to keep it."))
            self._dirty = True
            return False
        self.status.setText(translate("SafetyPlanPage", "Saved."))
        self.ctx.state.announce(Change.SAFETY_PLAN)
        return True

    def flush(self) -> None:
        """Save a pending edit at once (autosave, leaving the page, closing, quitting)."""
        if self._dirty and not self._loading:
            self.save()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.flush()
        return super().eventFilter(watched, event)

    # -- actions ------------------------------------------------------------------------
    def _save_pdf(self) -> None:
        if self._dirty and not self.save():
            return
        path = ask_pdf_path(self)
        if path is None:
            return
        try:
            save_card(self.ctx, path)
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(
            translate("SafetyPlanPage", "Saved the card to {path}.").format(path=path))

    def _add_contact(self) -> None:
        row = self.contacts.add_contact()
        index = self.contacts.index(row, 0)
        self.contacts_view.setCurrentIndex(index)
        self.contacts_view.edit(index)

    def _remove_contact(self) -> None:
        rows = self.contacts_view.selectionModel().selectedRows()
        if rows:
            self.contacts.remove_contact(rows[0].row())

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(translate("SafetyPlanPage", "Saving as you type…"))
        self._autosave.start()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button


def _intro_html() -> str:
    """How to write the plan: with whom, all six steps in order, then what matters most."""
    steps = (
        translate("SafetyPlanPage", "the warning signs that a crisis may be coming;"),
        translate("SafetyPlanPage", "what you can do on your own to cope;"),
        translate("SafetyPlanPage", "people and places that take your mind off things;"),
        translate("SafetyPlanPage", "people you can ask for help;"),
        translate("SafetyPlanPage", "professionals and crisis lines;"),
        translate("SafetyPlanPage", "how to make your surroundings safer, for example by "
                  "asking someone to keep medicines or other things you might use to hurt "
                  "yourself."),
    )
    lead = translate("SafetyPlanPage", "Write your plan when you feel steadier, if you can "
                     "together with someone you trust or your clinician. Go through all six "
                     "steps in order, in your own words, one item per line:")
    end = translate("SafetyPlanPage", "End with what matters most to you. The plan saves "
                    "itself as you type.")
    lines = "".join(f"<br>&nbsp;&nbsp;{n}. {escape(step)}" for n, step in enumerate(steps, 1))
    return f"{escape(lead)}{lines}<br>{escape(end)}"


def _without(plan: SafetyPlan, contacts: list[SafetyContact]) -> SafetyPlan:
    return SafetyPlan(plan.items, tuple(c for c in plan.contacts if c not in contacts))
