"""The trends plots: one GraphicsLayoutWidget with the mood plot and linked plots below.

Every curve is created once and updated with setData (building and destroying plot
widgets has crashed Python here). Downsampling ("peak") and clip-to-view are set on each
item after it is added; clip-to-view only works with x auto-range off, so the x range is
always set explicitly. Pens are 1 px. pyqtgraph is imported here, and this module only
by the trends page, so the app starts without it.

What a pan or zoom frame costs: every visible axis regenerates its ticks, so only the
bottom plot shows its date axis; the faint check-in dots (up to five a day) are drawn only
when the visible range is short enough to tell them apart, and handed to pyqtgraph only
then. Titles and colour keys sit in a row above each plot (`headers`), never over data.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from wellness_app.domain.trends import (
    SECONDS_PER_DAY,
    DailySeries,
    Marker,
    MoodPoints,
    from_epoch_day,
    rolling_band,
    to_epoch_day,
)
from wellness_app.ui.common import locale_format, theme
from wellness_app.ui.common.date_axis import LocaleDateAxis
from wellness_app.ui.common.display_names import treatment_kind_name
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.trends.axes import CompactAxis
from wellness_app.ui.trends.headers import blend, header_html, set_header

MOOD_BLUE = "#2c7bb6"
SUBPLOTS = (  # key, title, [(measure, label, colour)], unit (titles/labels: "TrendPlots")
    ("light", QT_TRANSLATE_NOOP("TrendPlots", "Light (minutes)"),
     [("daylight_min", QT_TRANSLATE_NOOP("TrendPlots", "daylight"), "#d98c00"),
      ("lamp_min", QT_TRANSLATE_NOOP("TrendPlots", "lamp"), "#8e5cd9")], "min"),
    ("activity", QT_TRANSLATE_NOOP("TrendPlots", "Activity (minutes)"),
     [("activity_min", QT_TRANSLATE_NOOP("TrendPlots", "activity"), "#1b9e77")], "min"),
    ("sleep", QT_TRANSLATE_NOOP("TrendPlots", "Sleep (hours)"),
     [("sleep_hours", QT_TRANSLATE_NOOP("TrendPlots", "sleep"), "#5e6ad2")], "h"),
    ("steps", QT_TRANSLATE_NOOP("TrendPlots", "Steps"),
     [("steps", QT_TRANSLATE_NOOP("TrendPlots", "steps"), "#7a7a7a")], ""),
)
# The hover read-out of each measure: one phrase per measure, so the unit can move.
READOUTS = {
    "daylight_min": QT_TRANSLATE_NOOP("TrendPlots", "daylight {value} min"),
    "lamp_min": QT_TRANSLATE_NOOP("TrendPlots", "lamp {value} min"),
    "activity_min": QT_TRANSLATE_NOOP("TrendPlots", "activity {value} min"),
    "sleep_hours": QT_TRANSLATE_NOOP("TrendPlots", "sleep {value} h"),
    "steps": QT_TRANSLATE_NOOP("TrendPlots", "steps {value}"),
}
MARKER_TEXTS = {  # a marker's label: {name} is the medication or treatment as entered
    "medication_start": QT_TRANSLATE_NOOP("TrendPlots", "start {name}"),
    "medication_stop": QT_TRANSLATE_NOOP("TrendPlots", "stop {name}"),
}
MARKER_COLOURS = {"medication_start": "#1b9e77", "medication_stop": "#d95f02",
                  "treatment": "#7570b3"}
AXIS_WIDTH = 64
ZERO_WHEN_MISSING = {"daylight_min", "lamp_min", "activity_min"}
CLUSTER_DAYS = 21
PAN_FRACTION = 0.2
ZOOM_FACTOR = 0.8
DOTS_MAX_DAYS = 200  # check-in dots on ranges up to about half a year (both short presets)
DAILY_ALPHA = 120


def _x(days: np.ndarray) -> np.ndarray:
    """Epoch days → seconds at midday (the date axis shows UTC, i.e. the local date)."""
    return days.astype(float) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2


def _tune(item: pg.PlotDataItem) -> None:
    item.setDownsampling(auto=True, method="peak")
    item.setClipToView(True)


class TrendPlots(pg.GraphicsLayoutWidget):
    """Mood over time plus linked light, activity, sleep and steps plots."""

    hovered = Signal(str)
    range_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("TrendPlots", "Mood and daily measures over time"))
        self.series = DailySeries()
        self._markers: list[pg.InfiniteLine] = []
        self.ci.setSpacing(4)
        self.mood_plot = self._new_plot(translate("TrendPlots", "Mood"))
        self.mood_plot.setMouseEnabled(x=True, y=False)
        self.mood_plot.setYRange(0.8, 5.2, padding=0)
        # Grid lines are costly (blended lines across the plot, ~2-3× a frame): mood only.
        self.mood_plot.showGrid(x=False, y=True, alpha=0.15)
        self.mood_plot.getAxis("left").setTicks([[(i, str(i)) for i in range(1, 6)]])
        self.ci.addItem(self.mood_plot, row=0, col=0)
        self.mood_plot.setMinimumHeight(180)

        self.scatter = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(120, 120, 120, 70))
        self.scatter.setVisible(False)
        self.mood_plot.addItem(self.scatter)
        self._dots = (np.zeros(0), np.zeros(0))  # every check-in dot (x, mood), by x
        self._dots_window: tuple[float, float] | None = None  # the x range handed to pyqtgraph
        edge = pg.mkPen(QColor(0, 0, 0, 0), width=1)
        self.band_low = self.mood_plot.plot(pen=edge, connect="finite")
        self.band_high = self.mood_plot.plot(pen=edge, connect="finite")
        self.band = pg.FillBetweenItem(self.band_low, self.band_high,
                                       brush=pg.mkBrush(44, 123, 182, 55))
        self.mood_plot.addItem(self.band)
        self.rolling = self.mood_plot.plot(  # the centre of the band
            pen=pg.mkPen(MOOD_BLUE, width=1), connect="finite")
        daily_colour = QColor(MOOD_BLUE)
        daily_colour.setAlpha(DAILY_ALPHA)
        self.daily = self.mood_plot.plot(pen=pg.mkPen(daily_colour, width=1), connect="finite")
        for item in (self.band_low, self.band_high, self.rolling, self.daily):
            _tune(item)

        self.subplots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.titles: dict[str, pg.LabelItem] = {}
        for key, _title, measures, unit in SUBPLOTS:
            # a short plot cannot hold its title along the axis without it running into
            # the next one's: title and key sit in a row above it (`apply_palette`)
            plot = self._new_plot("", CompactAxis(orientation="left"))
            self.titles[key] = plot.titleLabel
            plot.setMouseEnabled(x=True, y=False)
            plot.setXLink(self.mood_plot)
            plot.getViewBox().setAutoVisible(y=True)
            plot.enableAutoRange(axis="y")
            plot.setMaximumHeight(120)
            for measure, _label, colour in measures:
                fill = QColor(colour)
                fill.setAlpha(50)
                curve = plot.plot(pen=pg.mkPen(colour, width=1),
                                  fillLevel=0 if unit == "min" else None,
                                  brush=fill if unit == "min" else None)
                _tune(curve)
                self.curves[measure] = curve
            self.subplots[key] = plot
        self._shown: list[str] = []
        self.crosshair = pg.InfiniteLine(angle=90, movable=False,
                                         pen=pg.mkPen((128, 128, 128, 140), width=1))
        self.crosshair.setVisible(False)
        self.mood_plot.addItem(self.crosshair, ignoreBounds=True)
        self.mood_plot.getViewBox().sigXRangeChanged.connect(self._on_range)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.apply_palette()

    def _new_plot(self, title: str, left: pg.AxisItem | None = None) -> pg.PlotItem:
        axes = {"bottom": LocaleDateAxis(orientation="bottom", utcOffset=0)}
        if left is not None:
            axes["left"] = left
        plot = pg.PlotItem(axisItems=axes)
        if title:
            plot.setLabel("left", title)
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        plot.disableAutoRange(axis="x")
        plot.hideButtons()
        return plot

    # ---- data -------------------------------------------------------------------------
    def set_data(self, series: DailySeries, points: MoodPoints, markers: list[Marker]) -> None:
        """Replace what is drawn (curves keep their identity)."""
        ranged = len(self.series) > 0  # else the page sets the range next
        self.series = series
        x = _x(series.days)
        self._dots = (_x(points.days), points.moods)
        self._dots_window = None
        self.scatter.setData([], [])
        self.scatter.setVisible(False)
        if ranged:
            self._show_dots(*self.x_range())
        self.daily.setData(x, series.mood_mean)
        band = rolling_band(series.days, series.mood_mean)
        bx = _x(band.days)
        self.band_low.setData(bx, band.low)
        self.band_high.setData(bx, band.high)
        self.rolling.setData(bx, band.mean)
        for measure, curve in self.curves.items():
            values: np.ndarray = getattr(series, measure)
            finite = np.isfinite(values)
            if not finite.any():
                curve.setData([], [])
            elif measure in ZERO_WHEN_MISSING:  # a day with entries but no session: 0 min
                curve.setData(x, np.nan_to_num(values))
            else:  # sleep and steps: an unknown day is left out, not drawn as zero
                curve.setData(x[finite], values[finite])
        self._show_subplots([key for key, _t, measures, _u in SUBPLOTS
                             if any(series.has(m) for m, _l, _c in measures)])
        self._set_markers(markers)

    def _show_subplots(self, keys: list[str]) -> None:
        if keys == self._shown:
            return
        for key in self._shown:
            self.ci.removeItem(self.subplots[key])
        for row, key in enumerate(keys, start=1):
            self.ci.addItem(self.subplots[key], row=row, col=0)
        self._shown = keys
        last = self.subplots[keys[-1]] if keys else self.mood_plot
        for plot in [self.mood_plot, *self.subplots.values()]:
            plot.showAxis("bottom", plot is last)  # the plots share it; one is enough

    def _set_markers(self, markers: list[Marker]) -> None:
        for line in self._markers:
            self.mood_plot.removeItem(line)
        self._markers = []
        labelled = {id(first): count for first, count in _clusters(markers)}
        shown = 0
        for marker in markers:
            colour = MARKER_COLOURS[marker.kind]
            options: dict[str, object] = {}
            count = labelled.get(id(marker))
            if count is not None:
                template = MARKER_TEXTS.get(marker.kind)
                text = (translate("TrendPlots", template).format(name=marker.label)
                        if template else treatment_kind_name(marker.label))
                options = {"label": text + (f" ×{count}" if count > 1 else ""), "labelOpts": {
                    "position": 0.95 - 0.1 * (shown % 4), "color": colour, "movable": False,
                    "anchors": [(0, 0), (0, 0)], "fill": self._label_fill()}}
                shown += 1
            line = pg.InfiniteLine(
                pos=(to_epoch_day(marker.day) + 0.5) * SECONDS_PER_DAY, angle=90,
                movable=False, pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine),
                **options)
            self.mood_plot.addItem(line, ignoreBounds=True)
            self._markers.append(line)

    @property
    def marker_labels(self) -> list[str]:
        return [line.label.toPlainText() for line in self._markers
                if getattr(line, "label", None) is not None]

    # ---- ranges -----------------------------------------------------------------------
    def data_bounds(self) -> tuple[float, float] | None:
        if not len(self.series):
            return None
        return float(self.series.days[0]), float(self.series.days[-1])

    def show_days(self, first_day: float, last_day: float) -> None:
        """Show the epoch days first_day..last_day (inclusive)."""
        self.mood_plot.setXRange(first_day * SECONDS_PER_DAY,
                                 (last_day + 1) * SECONDS_PER_DAY, padding=0)

    def x_range(self) -> tuple[float, float]:
        low, high = self.mood_plot.getViewBox().viewRange()[0]
        return float(low), float(high)

    def pan(self, fraction: float) -> None:
        low, high = self.x_range()
        shift = (high - low) * fraction
        self.mood_plot.setXRange(low + shift, high + shift, padding=0)

    def zoom(self, factor: float) -> None:
        low, high = self.x_range()
        centre, half = (low + high) / 2, (high - low) / 2 * factor
        half = max(half, SECONDS_PER_DAY * 2)
        self.mood_plot.setXRange(centre - half, centre + half, padding=0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.pan(-PAN_FRACTION)
        elif key == Qt.Key.Key_Right:
            self.pan(PAN_FRACTION)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_FACTOR)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_FACTOR)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _on_range(self, _vb: object, bounds: tuple[float, float]) -> None:
        self._show_dots(float(bounds[0]), float(bounds[1]))
        self.range_changed.emit(float(bounds[0]), float(bounds[1]))

    def _show_dots(self, low: float, high: float) -> None:
        """Check-in dots only on a short range; on a long one they are a smear that costs
        every frame, and the band shows the spread. pyqtgraph gets only the dots of the
        visible range and one range-width either side (it styles each new dot in Python),
        and new ones only when the view leaves that window."""
        show = high - low <= DOTS_MAX_DAYS * SECONDS_PER_DAY
        window = self._dots_window
        if show and (window is None or low < window[0] or high > window[1]):
            span = high - low
            window = self._dots_window = (low - span, high + span)
            x, moods = self._dots
            first, last = np.searchsorted(x, window)
            self.scatter.setData(x[first:last], moods[first:last])
        if show != self.scatter.isVisible():
            self.scatter.setVisible(show)

    @property
    def dots_shown(self) -> bool:
        return self.scatter.isVisible()

    # ---- hover ------------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        for plot in [self.mood_plot, *self.subplots.values()]:
            if plot.scene() is not None and plot.sceneBoundingRect().contains(scene_pos):
                x = plot.getViewBox().mapSceneToView(scene_pos).x()
                self.hovered.emit(self.describe(x))
                day = np.floor(x / SECONDS_PER_DAY)
                self.crosshair.setPos(day * SECONDS_PER_DAY + SECONDS_PER_DAY / 2)
                self.crosshair.setVisible(True)
                return

    def describe(self, x_seconds: float) -> str:
        """The date under x and that day's values, as one line."""
        day = int(np.floor(x_seconds / SECONDS_PER_DAY))
        when = from_epoch_day(day)
        values = self.series.at(day)
        parts = [locale_format.day_with_weekday(when)]
        if "mood_mean" in values:
            n = int(values["mood_count"])
            text = (translate("TrendPlots", "mood {mean} (1 check-in)") if n == 1 else
                    translate("TrendPlots", "mood {mean} ({count} check-ins)"))
            parts.append(text.format(mean=locale_format.number(values["mood_mean"], 1),
                                     count=locale_format.number(n)))
        for _key, _title, measures, unit in SUBPLOTS:
            for measure, _label, _colour in measures:
                if measure in values:
                    value = locale_format.number(values[measure], 1 if unit == "h" else 0)
                    parts.append(translate("TrendPlots", READOUTS[measure]).format(value=value))
        if len(parts) == 1:
            parts.append(translate("TrendPlots", "no entries"))
        return " · ".join(parts)

    def _label_fill(self) -> QColor:
        colour = QApplication.palette().color(QPalette.ColorRole.Base)
        colour.setAlpha(200)
        return colour

    # ---- look -------------------------------------------------------------------------
    def apply_palette(self) -> None:
        palette = QApplication.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        daily = blend(QColor(MOOD_BLUE), DAILY_ALPHA, palette.color(QPalette.ColorRole.Base))
        set_header(self.mood_plot, header_html("", [
            (QColor(MOOD_BLUE), translate("TrendPlots", "7-day mean")),
            (daily, translate("TrendPlots", "daily mean"))]), text)
        for key, title, measures, _unit in SUBPLOTS:
            keys = [(QColor(colour), translate("TrendPlots", label))
                    for _m, label, colour in measures]
            title = translate("TrendPlots", title)
            set_header(self.subplots[key], header_html(title, keys) if len(keys) > 1 else
                       header_html(title, [], lead=keys[0][0]), text)  # one line: its key
        for plot in [self.mood_plot, *self.subplots.values()]:
            theme.style_axes(plot, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "titles"):
            self.apply_palette()
        super().changeEvent(event)


def _clusters(markers: list[Marker]) -> list[tuple[Marker, int]]:
    """Markers of the same kind and label less than CLUSTER_DAYS apart share one label."""
    groups: list[list] = []  # [first marker, count, last day]
    open_groups: dict[tuple[str, str], int] = {}
    for marker in markers:
        key = (marker.kind, marker.label)
        index = open_groups.get(key)
        if index is not None and (marker.day - groups[index][2]).days <= CLUSTER_DAYS:
            groups[index][1] += 1
            groups[index][2] = marker.day
            continue
        open_groups[key] = len(groups)
        groups.append([marker, 1, marker.day])
    return [(first, count) for first, count, _last in groups]
