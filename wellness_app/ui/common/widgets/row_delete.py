"""Per-row delete with undo for a list or a table: a delete button drawn at the end of every
row, "Delete" in the row's context menu and the Delete key on the focused row; afterwards a
"Deleted: … Undo" bar for 10 seconds, and Ctrl+Z while it shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.widgets.undo_bar import UndoBar

T = TypeVar("T")
ICON = 16
PAD = 4
Index = QModelIndex | QPersistentModelIndex


def _bin_pixmap(selected: bool, ratio: float) -> QPixmap:
    """The bin in the palette's text colour (highlighted text on a selected row), kept in
    Qt's pixmap cache: no Python-made icon engine outlives the application."""
    from wellness_app.ui.common.icon_engine import render, tint_colour

    colour = tint_colour(QIcon.Mode.Selected if selected else QIcon.Mode.Normal)
    pixels = max(1, round(ICON * ratio))
    key = f"wellness-bin-{colour.rgba():08x}-{pixels}"
    found = QPixmap()
    if QPixmapCache.find(key, found):
        return found
    pixmap = render("delete", QSize(pixels, pixels), colour)
    pixmap.setDevicePixelRatio(ratio)
    QPixmapCache.insert(key, pixmap)
    return pixmap


class DeleteButtonDelegate(QStyledItemDelegate):
    """Draws a small bin at the right end of each row (in the last column) and reports a
    click on it as `clicked(row)`; the row's text keeps clear of it."""

    clicked = Signal(int)

    def __init__(self, tooltip: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tooltip = tooltip

    @staticmethod
    def _has_button(index: Index) -> bool:
        """In the last column (a list model's columnCount cannot be asked from Python)."""
        return index.isValid() and not index.sibling(index.row(), index.column() + 1).isValid()

    @staticmethod
    def button_rect(cell: QRect) -> QRect:
        side = ICON + 2 * PAD
        return QRect(cell.right() - side, cell.center().y() - side // 2, side, side)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not self._has_button(index):
            super().paint(painter, option, index)
            return
        button = self.button_rect(option.rect)
        text_part = QStyleOptionViewItem(option)
        text_part.rect = option.rect.adjusted(0, 0, -button.width() - PAD, 0)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            widget)
        super().paint(painter, text_part, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(button.adjusted(PAD, PAD, -PAD, -PAD), _bin_pixmap(selected, ratio))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if self._has_button(index):
            side = ICON + 2 * PAD
            size = QSize(size.width() + side + PAD, max(size.height(), side))
        return size

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and self._has_button(index)
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and self.button_rect(option.rect).contains(
                    event.position().toPoint())):
            self.clicked.emit(index.row())
            return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem, index: Index) -> bool:
        if (event is not None and self._has_button(index)
                and self.button_rect(option.rect).contains(event.pos())):
            QToolTip.showText(event.globalPos(), self.tooltip, view)
            return True
        return super().helpEvent(event, view, option, index)


class RowDeleter(QObject, Generic[T]):
    """Delete the row a person points at, with undo.

    `record_at(row)` is the row's record; `delete(record)` removes it and returns what was
    removed; `restore(record)` puts it back (same id and values); `run(action, message)`
    does a write the page's way (errors inline, the change announced, the page refreshed)
    and says whether it worked; `describe(record)` names it in the bar (in `done_text`,
    "Deleted: {what}" unless told). Ctrl+Z undoes
    within `scope` (the page) while the bar shows; several deletes undo newest first."""

    def __init__(self, view: QAbstractItemView, bar: UndoBar, scope: QWidget, *,
                 record_at: Callable[[int], T | None], delete: Callable[[T], T],
                 restore: Callable[[T], object],
                 run: Callable[[Callable[[], object], str], bool],
                 describe: Callable[[T], str], delete_name: str,
                 done_text: str = "") -> None:
        super().__init__(view)
        self.view, self.bar = view, bar
        self._record_at, self._delete, self._restore = record_at, delete, restore
        self._run, self._describe = run, describe
        self._done = done_text or translate("RowDelete", "Deleted: {what}")
        self._deleted: list[T] = []
        self.delegate = DeleteButtonDelegate(
            translate("RowDelete", "Delete this row (Delete key); you can undo it"), view)
        self.delegate.clicked.connect(self.delete_row)
        view.setItemDelegate(self.delegate)
        view.setMouseTracking(True)
        view.setAccessibleDescription(translate("RowDelete",
            "Delete key or context menu: delete the selected row. Ctrl+Z brings it back."))
        self.delete_action = QAction(translate("RowDelete", "Delete"), view)
        self.delete_action.setToolTip(delete_name)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        view.addAction(self.delete_action)
        view.installEventFilter(self)  # Delete also where the shortcut map does not reach
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_action = QAction(translate("RowDelete", "Undo delete"), scope)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        scope.addAction(self.undo_action)
        bar.undo_requested.connect(self.undo)
        bar.shown_changed.connect(self._bar_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def delete_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.delete_row(index.row())

    def delete_row(self, row: int) -> None:
        record = self._record_at(row)
        if record is None:
            return
        what = self._describe(record)
        gone: list[T] = []
        status = translate("RowDelete", "{done} · Ctrl+Z to undo").format(
            done=self._done.format(what=what))
        if not self._run(lambda: gone.append(self._delete(record)), status):
            return
        self._deleted.append(gone[0])
        self.bar.show_message(self._done.format(what=what))
        self.undo_action.setEnabled(True)
        self._select(min(row, self.view.model().rowCount() - 1))

    def undo(self) -> None:
        """Put back the newest deleted record and select it."""
        if not self._deleted:
            return
        record = self._deleted.pop()
        what = self._describe(record)
        if not self._run(lambda: self._restore(record),
                         translate("RowDelete", "Put back: {what}").format(what=what)):
            self._deleted.append(record)
            return
        if self._deleted:
            self.bar.show_message(self._done.format(what=self._describe(self._deleted[-1])))
        else:
            self.bar.hide()
        self._select(self._row_of(getattr(record, "id", None)))

    def _row_of(self, record_id: object) -> int:
        for row in range(self.view.model().rowCount()):
            found = self._record_at(row)
            if found is not None and getattr(found, "id", None) == record_id:
                return row
        return -1

    def _select(self, row: int) -> None:
        """Select `row` (the deleted row's neighbour, or the one put back) and give the
        list the focus, so Delete and Ctrl+Z work again at once."""
        if row >= 0:
            index = self.view.model().index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bar_shown(self, shown: bool) -> None:
        if not shown:  # timed out, closed or undone: what was deleted stays deleted
            self._deleted.clear()
        self.undo_action.setEnabled(shown and bool(self._deleted))


def records_of(model: Any, role: int) -> Callable[[int], Any]:
    """`record_at` for a model that keeps its record under `role` in column 0."""
    def record_at(row: int) -> Any:
        index = model.index(row, 0)
        return index.data(role) if index.isValid() else None
    return record_at
