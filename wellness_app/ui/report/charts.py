"""Charts for the clinician report, painted with QPainter as vector drawings.

Hand-drawn rather than pyqtgraph: the report must render without a widget or a screen
(the CLI runs offscreen), and a static, print-friendly chart needs only a few lines. The
report's `<img src="chart:…">` places are drawn over by `ChartPainter` straight onto the
PDF or printer as lines and text: sharp at any zoom, and no image to compress (embedding
the three charts as images took a third of a one-year report's time).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextBlock, QTransform

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.history import DayMood
from wellness_app.domain.questionnaires import Questionnaire
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.care_text import questionnaire_wording

WIDTH, HEIGHT = 1600, 520  # drawing units, scaled to the chart's place in the report
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 110, 40, 30, 70
BAND_COLOURS = ("#e8f3ec", "#f4f1df", "#f8e9d6", "#f6dfd6", "#f1d5d8")
LINE = QColor("#2c5d8f")


def chart_html(name: str, width: int) -> str:
    """The place of chart `name` ("mood", "phq9", "gad7") in the report's HTML."""
    return (f'<img src="chart:{name}" width="{width}" '
            f'height="{round(width * HEIGHT / WIDTH)}">')


class _Frame:
    """Maps days and values onto the plot area."""

    def __init__(self, start: date, end: date, low: float, high: float) -> None:
        self.start, self.days = start, max(1, (end - start).days)
        self.low, self.high = low, high
        self.area = QRectF(MARGIN_LEFT, MARGIN_TOP, WIDTH - MARGIN_LEFT - MARGIN_RIGHT,
                           HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)

    def x(self, day: date) -> float:
        return self.area.left() + self.area.width() * (day - self.start).days / self.days

    def y(self, value: float) -> float:
        fraction = (value - self.low) / (self.high - self.low)
        return self.area.bottom() - self.area.height() * fraction


def _prepare(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(30)
    painter.setFont(font)


def _axes(painter: QPainter, frame: _Frame, ticks: Sequence[float], end: date,
          *, dates: bool = True) -> None:
    painter.setPen(QPen(QColor("#888888"), 1))
    painter.drawRect(frame.area)
    for value in ticks:
        y = frame.y(value)
        painter.drawLine(QPointF(frame.area.left() - 8, y), QPointF(frame.area.left(), y))
        painter.drawText(QRectF(0, y - 16, MARGIN_LEFT - 16, 32),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{value:g}")
    if not dates:
        return
    painter.setPen(QPen(QColor("#333333"), 1))
    for day, align in ((frame.start, Qt.AlignmentFlag.AlignLeft),
                       (end, Qt.AlignmentFlag.AlignRight)):
        x = frame.x(day)
        rect = QRectF(x - 300 if align == Qt.AlignmentFlag.AlignRight else x,
                      frame.area.bottom() + 12, 300, 40)
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip,
                         fmt.short_date(day))


def month_ticks(start: date, end: date) -> list[tuple[date, str]]:
    """First days of months inside the range, labelled "Mar" (with the year at each
    January and the first tick): every month up to 15 months, then every quarter, then
    every year (labelled by the year alone) past four years."""
    months = (end.year - start.year) * 12 + end.month - start.month
    step = 1 if months <= 15 else 3 if months <= 48 else 12
    year, month = start.year, start.month
    if start.day > 1 or step > 1:
        month += 1
    ticks: list[tuple[date, str]] = []
    while True:
        year += (month - 1) // 12
        month = (month - 1) % 12 + 1
        if step > 1 and (month - 1) % step:
            month += 1
            continue
        day = date(year, month, 1)
        if day > end:
            return ticks
        if step == 12:
            label = str(year)
        elif month == 1 or not ticks:
            label = f"{fmt.month_name(month)} {year}"
        else:
            label = fmt.month_name(month)
        ticks.append((day, label))
        month += step


def _month_axis(painter: QPainter, frame: _Frame, end: date) -> None:
    painter.setPen(QPen(QColor("#333333"), 1))
    ticks = month_ticks(frame.start, end)
    slot = frame.area.width() / max(1, len(ticks))
    for day, label in ticks:
        x = frame.x(day)
        painter.drawLine(QPointF(x, frame.area.bottom()), QPointF(x, frame.area.bottom() + 8))
        painter.drawText(QRectF(x - slot / 2, frame.area.bottom() + 12, slot, 40),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextDontClip, label)


def _line(painter: QPainter, points: list[QPointF]) -> None:
    """Segments drawn one by one (a long self-crossing polyline strokes slowly); dots only
    while there are few enough to tell apart."""
    painter.setPen(QPen(LINE, 3 if len(points) <= 120 else 1.5))
    lines = [QLineF(a, b) for a, b in itertools.pairwise(points)]
    for start in range(0, len(lines), 250):  # short calls: a worker thread yields often
        painter.drawLines(lines[start:start + 250])
    if len(points) > 120:
        return
    painter.setBrush(LINE)
    for point in points:
        painter.drawEllipse(point, 5, 5)


def paint_mood_chart(painter: QPainter, moods: Sequence[DayMood], start: date,
                     end: date) -> None:
    """Daily mean mood (1–5) over the range, months labelled along the bottom; long
    ranges draw a thin line without dots so the shape stays readable."""
    _prepare(painter)
    frame = _Frame(start, end, 0.8, 5.2)
    _axes(painter, frame, (1, 2, 3, 4, 5), end, dates=False)
    _month_axis(painter, frame, end)
    _line(painter, [QPointF(frame.x(m.day), frame.y(m.mean)) for m in moods])


def paint_questionnaire_chart(painter: QPainter, records: Sequence[AssessmentRecord],
                              questionnaire: Questionnaire, start: date, end: date) -> None:
    """Totals over time on the questionnaire's bands (shaded, labelled in the language of
    the validated wording the form shows)."""
    _prepare(painter)
    frame = _Frame(start, end, 0, questionnaire.max_total)
    painter.setPen(Qt.PenStyle.NoPen)
    names = questionnaire_wording(questionnaire.kind).bands
    for band, name, colour in zip(questionnaire.bands, names, BAND_COLOURS, strict=False):
        top, bottom = frame.y(band.high + 1 if band.high < questionnaire.max_total
                              else band.high), frame.y(band.low)
        painter.fillRect(QRectF(frame.area.left(), top, frame.area.width(), bottom - top),
                         QColor(colour))
        painter.setPen(QColor("#666666"))
        painter.drawText(QRectF(frame.area.left() + 10, top, 600, bottom - top),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{name} ({band.low}–{band.high})")
        painter.setPen(Qt.PenStyle.NoPen)
    ticks = [b.low for b in questionnaire.bands] + [questionnaire.max_total]
    _axes(painter, frame, ticks, end)
    _line(painter, [QPointF(frame.x(r.local_date), frame.y(r.total)) for r in records])


Paint = Callable[[QPainter], None]


class ChartPainter:
    """Draws the report's charts as vectors over their `<img src="chart:…">` placeholders
    (blank images of the charts' shape) once the page's text is painted. (A custom
    QTextObjectInterface would be neater, but PySide6 cannot register one.)"""

    def __init__(self, charts: dict[str, Paint]) -> None:
        self.charts = charts
        self.places: list[tuple[str, QRectF]] = []

    @staticmethod
    def placeholder() -> QImage:
        image = QImage(WIDTH // 40, HEIGHT // 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        return image

    def find(self, block: QTextBlock) -> None:
        """Note where the charts in `block` (laid out) are drawn, in document units."""
        layout = block.layout()
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            image = fragment.charFormat().toImageFormat()
            if image.isValid() and image.name() in self.charts:
                offset = fragment.position() - block.position()
                line = layout.lineForTextPosition(offset)
                found = line.cursorToX(offset)  # (x, offset) in PySide6, typed `object`
                x = float(found[0]) if isinstance(found, tuple) else 0.0
                top = layout.position().y() + line.y() + line.ascent() - image.height()
                self.places.append((image.name(), QRectF(layout.position().x() + x, top,
                                                         image.width(), image.height())))
            iterator += 1

    def paint(self, painter: QPainter, clip: QRectF) -> None:
        """Draw the charts that fall inside `clip` (document units)."""
        for name, rect in self.places:
            if not rect.intersects(clip):
                continue
            painter.save()
            painter.setWorldTransform(QTransform(rect.width() / WIDTH, 0, 0,
                                                 rect.height() / HEIGHT, rect.left(),
                                                 rect.top()), True)
            painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT))
            self.charts[name](painter)
            painter.restore()
