"""Paints journal rows: a day header with its mean, or one entry as a mood pill + text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wellness_app.domain.moods import MoodEntry
from wellness_app.ui.common import locale_format
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.journal_model import Roles
from wellness_app.ui.common.mood_colors import mean_color, mood_color, mood_text_color

PAD = 8
PILL_W = 84


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        if index.data(Roles.KIND) == "day":
            return QSize(200, line + 18)
        entry: MoodEntry | None = index.data(Roles.ENTRY)
        lines = 1 + (1 if entry and entry.tags else 0) + (1 if entry and entry.note else 0)
        return QSize(200, max(lines * line + 2 * PAD, line + 2 * PAD + 8))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        pal: QPalette = option.palette
        if index.data(Roles.KIND) == "day":
            self._paint_day(painter, option, index, rect, pal)
        else:
            self._paint_entry(painter, option, index, rect, pal)
        painter.restore()

    def _paint_day(self, painter: QPainter, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex, rect: QRect,
                   pal: QPalette) -> None:
        painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
        mean = index.data(Roles.MEAN)
        swatch = QRect(rect.left() + PAD, rect.center().y() - 6, 12, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mean_color(mean))
        painter.drawEllipse(swatch)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        text_rect = rect.adjusted(PAD + 20, 0, -PAD, 0)
        day = index.data(Roles.DAY)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, locale_format.long_date(day))
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        count = index.data(Roles.COUNT)
        summary = (translate("EntryDelegate", "mean {mean} · 1 entry") if count == 1 else
                   translate("EntryDelegate", "mean {mean} · {count} entries"))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                         summary.format(mean=locale_format.number(mean, 1),
                                        count=locale_format.number(count)))

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex, rect: QRect,
                     pal: QPalette) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        entry: MoodEntry = index.data(Roles.ENTRY)
        label: str = index.data(Roles.LABEL)
        fm = QFontMetrics(option.font)
        line = fm.height()
        pill = QRect(rect.left() + PAD, rect.top() + PAD, PILL_W, line + 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mood_color(entry.mood))
        painter.drawRoundedRect(pill, 6, 6)
        painter.setPen(mood_text_color(entry.mood))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(label, Qt.TextElideMode.ElideRight, PILL_W - 8))
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
        muted = text_color if selected else pal.color(QPalette.ColorRole.PlaceholderText)
        x = pill.right() + PAD * 2
        width = rect.right() - x - PAD
        y = rect.top() + PAD + 3
        painter.setPen(text_color)
        head = locale_format.time_of_day(entry.moment.local)
        extras = []
        if entry.energy is not None:
            extras.append(translate("EntryDelegate", "energy {n}/5").format(n=entry.energy))
        if entry.anxiety is not None:
            extras.append(translate("EntryDelegate", "anxiety {n}/5").format(n=entry.anxiety))
        if entry.sleep_hours is not None:
            hours = entry.sleep_hours
            extras.append(translate("EntryDelegate", "slept {h} h").format(
                h=locale_format.number(hours, 0 if float(hours).is_integer() else 1)))
        if entry.mood_label:
            extras.append(translate("EntryDelegate", "imported as “{label}”").format(
                label=entry.mood_label))
        painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignLeft, head)
        if extras:
            painter.setPen(muted)
            painter.drawText(QRect(x + fm.horizontalAdvance(head) + PAD, y, width, line),
                             Qt.AlignmentFlag.AlignLeft, "  ·  ".join(extras))
        if entry.tags:
            y += line
            painter.setPen(muted)
            painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText("#" + "  #".join(entry.tags),
                                           Qt.TextElideMode.ElideRight, width))
        if entry.note:
            y += line
            painter.setPen(text_color)
            note = " ".join(entry.note.split())
            painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignLeft,
                             fm.elidedText(note, Qt.TextElideMode.ElideRight, width))
