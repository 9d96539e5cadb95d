"""The Self-care page: one-click items by category (editable), time and optional note,
today's log, and the St John's Wort caution as a calm inline banner. Scents and teas are
described as comfort, not treatment; the herb carries an About text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.selfcare import SelfCareItem, SelfCareLog
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import SELFCARE_CATEGORIES
from wellness_app.ui.common import locale_format, theme
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.widgets.action_feedback import ActionFeedback
from wellness_app.ui.common.widgets.records import RecordListModel, RecordRole, RecordsBox
from wellness_app.ui.common.widgets.row_delete import RowDeleter, records_of
from wellness_app.ui.common.widgets.undo_bar import UndoBar
from wellness_app.ui.common.widgets.when import WhenEdit

CATEGORY_TITLES = {  # shown through category_title()
    "scent": QT_TRANSLATE_NOOP("SelfCarePage", "Scents"),
    "tea_supplement": QT_TRANSLATE_NOOP("SelfCarePage", "Teas and supplements"),
    "music": QT_TRANSLATE_NOOP("SelfCarePage", "Music"),
    "social": QT_TRANSLATE_NOOP("SelfCarePage", "Time with someone"),
    "custom": QT_TRANSLATE_NOOP("SelfCarePage", "Other"),
}


def category_title(category: str) -> str:
    return translate("SelfCarePage", CATEGORY_TITLES[category])


def herb_about_text() -> str:
    """The St John's Wort item's About text (docs/clinical-sources.md, "St John's Wort")."""
    return translate(
        "SelfCarePage",
        "About St John's Wort: it may help mild to moderate depression, but in a large trial "
        "it did not help major depression of moderate severity (Hypericum Depression Trial "
        "Study Group, JAMA 2002). It interacts with many medicines; the app shows a caution "
        "when it meets one on your medication list. Do not combine it with a prescribed "
        "antidepressant unless your prescriber agrees.")


def describe(log: SelfCareLog) -> str:
    time = locale_format.time_of_day(log.moment.local)
    if log.note:
        return translate("SelfCarePage", "{time}  {item} — {note}").format(
            time=time, item=log.item, note=log.note)
    return translate("SelfCarePage", "{time}  {item}").format(time=time, item=log.item)



BUTTONS_PER_ROW = 4  # one-click buttons in a row before a category wraps

class SelfCarePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.care = ctx.services.selfcare
        self.cautions = ctx.services.cautions
        outer = QVBoxLayout(self)
        self.feedback = ActionFeedback(ctx, Change.SELFCARE, self)
        self.banner, self.error = self.feedback.banner, self.feedback.error
        outer.addWidget(self.feedback)
        self.comfort = QLabel(self.tr(
            "Scents, teas, music and time with someone are here for comfort: small things "
            "that may help you feel a little better. They are not a treatment for "
            "depression."))
        self.comfort.setWordWrap(True)
        self.about_button = QPushButton(self.tr("About St John's Wort"))
        self.about_button.setAccessibleName(self.tr("About St John's Wort"))
        self.about_button.clicked.connect(self._toggle_herb_about)
        comfort_row = QHBoxLayout()
        comfort_row.addWidget(self.comfort, 1)
        comfort_row.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(comfort_row)
        self.herb_about = QLabel(herb_about_text())
        self.herb_about.setWordWrap(True)
        self.herb_about.setAccessibleName(self.tr("About St John's Wort"))
        self.herb_about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_tone(self.herb_about, "muted")
        self.herb_about.hide()
        outer.addWidget(self.herb_about)

        details = QHBoxLayout()
        self.when = WhenEdit(self.tr("Time of the next log"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the next one (optional)"))
        self.note.setAccessibleName(self.tr("Note for the next self-care log"))
        details.addWidget(QLabel(self.tr("At")))
        details.addWidget(self.when)
        details.addWidget(self.note, 1)
        outer.addLayout(details)

        self.buttons_box = QGroupBox(self.tr("One click to log"))
        self.buttons_grid = QGridLayout(self.buttons_box)
        outer.addWidget(self.buttons_box)
        self.item_buttons: dict[str, QPushButton] = {}

        lower = QHBoxLayout()
        today_box = RecordsBox[SelfCareLog](
            self.tr("Today"), describe, self.tr("Today's self-care"),
            self.tr("Delete the selected self-care entry"),
            delete=lambda log: self.care.delete_log(log.id or 0),
            restore=self.care.restore_log, run=self.feedback.run,  # Ctrl+Z in this box
            empty_text=self.tr("Nothing logged yet today — one small thing for yourself "
                               "counts. Use the buttons above."))
        self.model, self.list = today_box.model, today_box.list
        lower.addWidget(today_box, 2)

        edit_box = QGroupBox(self.tr("Your items"))
        el = QVBoxLayout(edit_box)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("e.g. Bergamot, a bath, a podcast"))
        self.new_name.setAccessibleName(self.tr("New item name"))
        self.new_category = QComboBox()
        for key in SELFCARE_CATEGORIES:
            self.new_category.addItem(category_title(key), key)
        self.new_category.setAccessibleName(self.tr("New item category"))
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setAccessibleName(self.tr("Add the new item"))
        self.add_button.clicked.connect(self.add_item)
        self.new_name.returnPressed.connect(self.add_item)
        # the person's own words, as written (the buttons above show them by category)
        self.items_model: RecordListModel[SelfCareItem] = RecordListModel(
            lambda i: i.name, self)
        self.items_view = QListView()
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("Your self-care items"))
        self.items_undo = UndoBar(edit_box)
        # removing an item takes its button away; past logs keep it, and Undo brings it back
        self.items_deleter: RowDeleter[SelfCareItem] = RowDeleter(
            self.items_view, self.items_undo, edit_box,
            record_at=records_of(self.items_model, RecordRole), delete=self._hide_item,
            restore=lambda item: self.care.add_item(item.name, item.category),
            run=self.feedback.run, describe=lambda item: item.name,
            delete_name=self.tr("Remove the selected item from the buttons"),
            done_text=self.tr("Removed from the buttons: {what}"))
        el.addWidget(self.new_name)
        el.addWidget(self.new_category)
        el.addWidget(self.add_button)
        el.addWidget(self.items_view, 1)
        el.addWidget(self.items_undo)
        lower.addWidget(edit_box, 1)
        outer.addLayout(lower, 1)
        ctx.state.entries_changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        items = self.care.items()
        self.items_model.set_records(items)
        self._rebuild_buttons(items)
        self.model.set_records(self.care.for_day(Moment.now().local_date))

    def _toggle_herb_about(self) -> None:
        self.herb_about.setVisible(self.herb_about.isHidden())

    def _rebuild_buttons(self, items: list[SelfCareItem]) -> None:
        while self.buttons_grid.count():
            layout_item = self.buttons_grid.takeAt(0)
            widget = layout_item.widget() if layout_item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.item_buttons.clear()
        table = self.cautions.table()
        herb = False
        row = 0
        for category in SELFCARE_CATEGORIES:
            these = [i for i in items if i.category == category]
            if not these:
                continue
            self.buttons_grid.addWidget(QLabel(category_title(category)), row, 0)
            for index, item in enumerate(these):
                # a long category wraps onto more rows: the page never scrolls sideways
                at_row, col = row + index // BUTTONS_PER_ROW, 1 + index % BUTTONS_PER_ROW
                button = QPushButton(item.name)
                button.setAccessibleName(self.tr("Log {name}").format(name=item.name))
                button.clicked.connect(lambda _=False, n=item.name: self.log_item(n))
                self.buttons_grid.addWidget(button, at_row, col)
                self.item_buttons[item.name] = button
                if table.is_herb(item.name, item.category):
                    button.setToolTip(herb_about_text())
                    herb = True
            row += -(-len(these) // BUTTONS_PER_ROW)
        self.about_button.setVisible(herb)  # only while the herb is one of the items
        if not herb:
            self.herb_about.hide()

    def _on_changed(self, kind: str) -> None:
        if kind in {"selfcare", "all"}:
            self.refresh()

    def _do(self, action: Callable[[], object], message: str) -> bool:
        return self.feedback.run(action, message)

    def log_item(self, name: str) -> None:
        if self._do(lambda: self.care.log(name, moment=self.when.moment(),
                                          note=self.note.text()),
                    self.tr("{name} logged").format(name=name)):
            self.note.clear()
            self.when.reset()

    def add_item(self) -> None:
        name = self.new_name.text()
        if self._do(lambda: self.care.add_item(name, self.new_category.currentData()),
                    self.tr("Item added")):
            self.new_name.clear()

    def _hide_item(self, item: SelfCareItem) -> SelfCareItem:
        self.care.hide_item(item.name)
        return item
