"""The safety plan editor: the six Stanley–Brown steps plus what matters most, one line
per item; the person's own contacts; a printable one-page card (PDF)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from wellness_app.domain.errors import UserError
from wellness_app.domain.safety_plan import SECTIONS, SafetyPlan
from wellness_app.services.safety_plan import SafetyPlanService
from wellness_app.ui.care.care_text import care_text, section_heading
from wellness_app.ui.care.contacts_model import ContactsModel
from wellness_app.ui.care.crisis_dialog import CrisisDialog, ask_pdf_path, save_card
from wellness_app.ui.context import UiContext
from wellness_app.ui.i18n import translate

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


class SafetyPlanPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SafetyPlanService(ctx.db)
        self.editors: dict[str, QPlainTextEdit] = {}

        top = QHBoxLayout()
        heading = translate("SafetyPlanPage", "My safety plan")
        top.addWidget(QLabel(f"<h2>{heading}</h2>"), 1)
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
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        intro = QLabel(translate("SafetyPlanPage", "Write it when you feel steadier, in your "
                                 "own words, one item per line. Start with step 1 and go on "
                                 "only as far as you need."))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        body = QWidget()
        body_layout = QVBoxLayout(body)
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
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self._dirty = False
        self._loading = False
        self.load()

    # -- page protocol ------------------------------------------------------------------
    def refresh(self) -> None:
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
        try:
            self.service.save(self.plan())
        except UserError as exc:
            self.status.setText(str(exc))
            return False
        self.load()
        self.status.setText(translate("SafetyPlanPage", "Saved."))
        self.ctx.state.entries_changed.emit("safety_plan")
        return True

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
        self.status.setText(translate("SafetyPlanPage", "Unsaved changes (Ctrl+S saves)."))

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button
