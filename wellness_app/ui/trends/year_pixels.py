"""Year in pixels: one painted widget, a row per month, a cell per day coloured by its mean
mood; empty days are outlined only. Keyboard: arrows move a day / a month, Home/End,
Enter or Space opens the day. Painted with QPainter (not 366 buttons)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wellness_app.ui.common import locale_format
from wellness_app.ui.common.i18n import translate
from wellness_app.ui.common.mood_colors import cell_outline, mean_color, mood_color

LABEL_W = 44
HEADER_H = 18
LEGEND_H = 40
GAP = 2
MIN_CELL = 12


class YearPixels(QWidget):
    """Emits `activated(date)` on a click, Enter or Space."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("YearPixels", "Year in pixels: mean mood of each day"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.year = date.today().year
        self.means: dict[date, float] = {}
        self.labels: dict[int, str] = {}
        self.current = date(self.year, 1, 1)

    def set_year(self, year: int, means: dict[date, float], labels: dict[int, str]) -> None:
        self.year, self.means, self.labels = year, dict(means), dict(labels)
        today = date.today()
        self.current = today if today.year == year else date(year, 1, 1)
        self._describe()
        self.update()

    # ---- geometry ---------------------------------------------------------------------
    def _cell(self) -> int:
        width = (self.width() - LABEL_W) // 31 - GAP
        height = (self.height() - HEADER_H - LEGEND_H) // 12 - GAP
        return max(MIN_CELL, min(width, height))

    def cell_rect(self, day: date) -> QRect:
        size = self._cell()
        return QRect(LABEL_W + (day.day - 1) * (size + GAP),
                     HEADER_H + (day.month - 1) * (size + GAP), size, size)

    def day_at(self, pos: QPoint) -> date | None:
        size = self._cell() + GAP
        column, row = (pos.x() - LABEL_W) // size, (pos.y() - HEADER_H) // size
        if pos.x() < LABEL_W or pos.y() < HEADER_H or not (0 <= column < 31 and 0 <= row < 12):
            return None
        if column + 1 > calendar.monthrange(self.year, row + 1)[1]:
            return None
        return date(self.year, row + 1, column + 1)

    def sizeHint(self) -> QSize:
        return QSize(LABEL_W + 31 * 24, HEADER_H + 12 * 24 + LEGEND_H)

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_W + 31 * (MIN_CELL + GAP), HEADER_H + 12 * (MIN_CELL + GAP) + LEGEND_H)

    # ---- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        empty = palette.color(QPalette.ColorRole.Mid)
        background = palette.color(self.backgroundRole())
        size = self._cell()
        painter.setPen(text)
        font = painter.font()
        font.setPointSizeF(max(7.0, min(9.0, size * 0.45)))
        painter.setFont(font)
        for column in range(31):
            if column % 5 == 0 or column == 30:
                painter.drawText(QRect(LABEL_W + column * (size + GAP), 0, size, HEADER_H),
                                 Qt.AlignmentFlag.AlignCenter, str(column + 1))
        for month in range(1, 13):
            y = HEADER_H + (month - 1) * (size + GAP)
            painter.setPen(text)
            painter.drawText(QRect(0, y, LABEL_W - 6, size),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             locale_format.month_name(month))
            for day_number in range(1, calendar.monthrange(self.year, month)[1] + 1):
                day = date(self.year, month, day_number)
                rect = self.cell_rect(day)
                mean = self.means.get(day)
                if mean is None:
                    painter.setPen(QPen(empty, 1, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(0, 0, -1, -1))
                else:
                    colour = mean_color(mean)
                    painter.fillRect(rect, colour)
                    painter.setPen(QPen(cell_outline(colour, background), 1))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(self.current).adjusted(-1, -1, 0, 0))
        self._paint_legend(painter, HEADER_H + 12 * (size + GAP) + 8, text, empty)
        painter.end()

    def _paint_legend(self, painter: QPainter, y: int, text: QColor, empty: QColor) -> None:
        x = LABEL_W
        painter.setPen(text)
        for level in range(1, 6):
            painter.fillRect(QRect(x, y, 14, 14), mood_color(level))
            painter.setPen(cell_outline(mood_color(level),
                                        self.palette().color(self.backgroundRole())))
            painter.drawRect(QRect(x, y, 13, 13))
            label = f"{level} {self.labels.get(level, '')}".strip()  # a number and a name
            painter.setPen(text)
            painter.drawText(QRect(x + 18, y - 2, 90, 18), Qt.AlignmentFlag.AlignVCenter, label)
            x += 100
        painter.setPen(QPen(empty, 1, Qt.PenStyle.DotLine))
        painter.drawRect(QRect(x, y, 13, 13))
        painter.setPen(text)
        painter.drawText(QRect(x + 18, y - 2, 140, 18), Qt.AlignmentFlag.AlignVCenter,
                         translate("YearPixels", "no check-in"))

    # ---- interaction ------------------------------------------------------------------
    def describe(self, day: date) -> str:
        mean = self.means.get(day)
        when = locale_format.day_with_weekday(day)
        if mean is None:
            return translate("YearPixels", "{day}: no check-in").format(day=when)
        return translate("YearPixels", "{day}: mean mood {mean}").format(
            day=when, mean=locale_format.number(mean, 1))

    def _describe(self) -> None:
        self.setAccessibleDescription(self.describe(self.current))

    def move_to(self, day: date) -> None:
        if day.year == self.year:
            self.current = day
            self._describe()
            self.setToolTip(self.describe(day))
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, day = event.key(), self.current
        if key == Qt.Key.Key_Left:
            self.move_to(day - timedelta(days=1))
        elif key == Qt.Key.Key_Right:
            self.move_to(day + timedelta(days=1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            month = day.month + (-1 if key == Qt.Key.Key_Up else 1)
            if 1 <= month <= 12:
                last = calendar.monthrange(self.year, month)[1]
                self.move_to(date(self.year, month, min(day.day, last)))
        elif key == Qt.Key.Key_Home:
            self.move_to(date(self.year, 1, 1))
        elif key == Qt.Key.Key_End:
            self.move_to(date(self.year, 12, 31))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.move_to(day)
        self.activated.emit(day)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
