"""Crisis support: the person's safety plan first, then the crisis lines for their country
(edit, hide, add their own), the last-reviewed date and a reminder to check the numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.domain.errors import UserError
from wellness_app.domain.safety_plan import SafetyPlan
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.services.safety_plan import SafetyPlanService
from wellness_app.ui import locale_format as fmt
from wellness_app.ui import theme
from wellness_app.ui.care.care_text import care_text
from wellness_app.ui.care.crisis_line_editor import CrisisLineEditor
from wellness_app.ui.care.crisis_lines_model import CrisisLinesModel
from wellness_app.ui.care.safety_card import card_html, plan_html, write_pdf
from wellness_app.ui.context import UiContext
from wellness_app.ui.i18n import translate

ITEM9_INTRO = QT_TRANSLATE_NOOP(
    "CrisisDialog",
    "You answered that you have had thoughts that you would be better off dead or of "
    "hurting yourself. You do not have to carry this alone. Here is your safety plan, and "
    "people you can contact now."
)


class CrisisDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines_service = CrisisLineService(ctx.db)
        self.plan_service = SafetyPlanService(ctx.db)
        self.setWindowTitle(translate("CrisisDialog", "Crisis support"))
        self.resize(760, 700)
        layout = QVBoxLayout(self)

        self.intro = QLabel(translate("CrisisDialog", intro) if intro else "")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.intro.setStyleSheet("QLabel { padding: 8px; border-radius: 6px;"
                                 " background: palette(alternate-base); }")
        layout.addWidget(self.intro)

        self.plan_view = QTextBrowser()
        self.plan_view.setAccessibleName(translate("CrisisDialog", "Your safety plan"))
        self.plan_view.setOpenLinks(False)
        layout.addWidget(self.plan_view, 3)
        self.edit_plan = QPushButton(translate("CrisisDialog", "Edit my safety &plan"))
        self.edit_plan.setAccessibleName(translate("CrisisDialog", "Edit my safety plan"))
        self.edit_plan.clicked.connect(self._go_to_plan)

        heading = QHBoxLayout()
        title = QLabel("<h3>{}</h3>".format(translate("CrisisDialog", "Crisis lines")))
        heading.addWidget(title)
        heading.addStretch(1)
        country_label = QLabel(translate("CrisisDialog", "C&ountry:"))
        self.country = QComboBox()
        self.country.setAccessibleName(translate("CrisisDialog", "Country for crisis lines"))
        country_label.setBuddy(self.country)
        for code, name in self.lines_service.countries():
            self.country.addItem(care_text(name), code)
        heading.addWidget(country_label)
        heading.addWidget(self.country)
        layout.addLayout(heading)

        self.model = CrisisLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("CrisisDialog", "Crisis lines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        layout.addWidget(self.table, 2)

        row = QHBoxLayout()
        self.edit_button = self._button(translate("CrisisDialog", "&Edit…"),
                                        translate("CrisisDialog", "Edit the selected line"),
                                        self._edit)
        self.hide_button = self._button(
            translate("CrisisDialog", "&Hide"),
            translate("CrisisDialog", "Hide or show the selected line"), self._toggle_hidden)
        self.add_button = self._button(translate("CrisisDialog", "&Add your own…"),
                                       translate("CrisisDialog", "Add your own line"), self._add)
        self.reset_button = self._button(
            translate("CrisisDialog", "&Reset"),
            translate("CrisisDialog", "Undo your change to this line"), self._reset)
        self.show_hidden = QCheckBox(translate("CrisisDialog", "Show hidden lines"))
        self.show_hidden.setAccessibleName(translate("CrisisDialog", "Show hidden lines"))
        self.show_hidden.toggled.connect(lambda _c: self._load_lines())
        for widget in (self.edit_button, self.hide_button, self.add_button, self.reset_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.show_hidden)
        layout.addLayout(row)

        directory = self.lines_service.directory
        self.reviewed = QLabel(translate(
            "CrisisDialog", "If you are in immediate danger, call your local emergency number "
            "now. Last reviewed {date}. {note}").format(
                date=fmt.short_date(directory.last_reviewed), note=care_text(directory.note)))
        self.reviewed.setWordWrap(True)
        layout.addWidget(self.reviewed)
        self.error = QLabel()
        theme.set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(translate("CrisisDialog", "Save card as P&DF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setAccessibleName(
            translate("CrisisDialog", "Save the safety plan card as PDF"))
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.addButton(self.edit_plan, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        index = self.country.findData(self.lines_service.country())
        if index < 0:
            self.country.addItem(self.lines_service.country(), self.lines_service.country())
            index = self.country.count() - 1
        self.country.setCurrentIndex(index)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.refresh()
        self.plan_view.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, intro: str = "") -> None:
        """Show the dialog modally (tests monkeypatch this)."""
        cls(ctx, parent, intro).exec()

    # -- content ----------------------------------------------------------------------
    def refresh(self) -> None:
        locked = self.ctx.db.locked  # the plan is in the journal; the lines never wait
        plan = SafetyPlan() if locked else self.plan_service.plan()
        self.plan_view.setHtml(plan_html(plan))
        self.edit_plan.setEnabled(not locked)
        self.edit_plan.setText(translate("CrisisDialog", "Make a safety &plan") if plan.is_empty
                               else translate("CrisisDialog", "Edit my safety &plan"))
        self._load_lines()

    def country_code(self) -> str:
        return str(self.country.currentData())

    def _load_lines(self) -> None:
        self.model.set_lines(self.lines_service.lines(
            self.country_code(), include_hidden=self.show_hidden.isChecked()))
        if self.model.rowCount():
            self.table.selectRow(0)

    def _selected(self) -> CrisisLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    # -- actions ----------------------------------------------------------------------
    def _country_changed(self, _index: int) -> None:
        self._run(lambda: self.lines_service.set_country(self.country_code()))

    def _edit(self) -> None:
        line = self._selected()
        if line is None:
            return
        answer = CrisisLineEditor.ask(self, line)
        if answer is not None:
            self._run(lambda: self.lines_service.edit(self.country_code(), line.label, *answer))

    def _add(self) -> None:
        answer = CrisisLineEditor.ask(self, None)
        if answer is not None:
            self._run(lambda: self.lines_service.add(self.country_code(), *answer))

    def _toggle_hidden(self) -> None:
        line = self._selected()
        if line is not None:
            self._run(lambda: self.lines_service.set_hidden(self.country_code(), line.label,
                                                            not line.hidden))

    def _reset(self) -> None:
        line = self._selected()
        if line is not None:
            self._run(lambda: self.lines_service.reset(self.country_code(), line.label))

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self._load_lines()
        self.ctx.state.entries_changed.emit("safety_plan")

    def _go_to_plan(self) -> None:
        self.ctx.state.navigate.emit("safety", None)
        self.accept()

    def _save_pdf(self) -> None:
        path = ask_pdf_path(self)
        if path is not None:
            self._run(lambda: save_card(self.ctx, path, self.country_code()))
            self.ctx.state.status_message.emit(
                translate("CrisisDialog", "Saved the safety plan card."))

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button


def ask_pdf_path(parent: QWidget | None) -> Path | None:
    title = translate("CrisisDialog", "Save safety plan card")
    name, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(Path.home() / "safety-plan.pdf"),
                                          translate("CrisisDialog", "PDF files (*.pdf)"))
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def save_card(ctx: UiContext, path: Path, country: str | None = None) -> int:
    """Write the one-page safety plan card (plan, then lines) to `path`."""
    lines = CrisisLineService(ctx.db)
    code = country or lines.country()
    directory = lines.directory
    html = card_html(SafetyPlanService(ctx.db).plan(), lines.lines(code),
                     care_text(lines.country_name(code)), directory.last_reviewed,
                     care_text(directory.note))
    try:
        return write_pdf(path, html)
    except OSError as exc:
        raise UserError(translate("CrisisDialog", "Could not save {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from None

