"""The Light page: one-click daylight, daylight and lamp forms, a lamp countdown, the
day's lux-hours against the 5,000 target, and sunrise/sunset with a year curve."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wellness_app.domain.changes import Change
from wellness_app.domain.light import DEFAULT_LAMP_LUX, MAX_LUX, LightSession
from wellness_app.domain.timestamps import Moment
from wellness_app.ui.common import locale_format, theme
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.page import follow_changes
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.common.widgets.action_feedback import ActionFeedback
from wellness_app.ui.common.widgets.records import RecordsBox
from wellness_app.ui.common.widgets.session_timer import SessionTimer, clock_text
from wellness_app.ui.common.widgets.when import WhenEdit
from wellness_app.ui.light.safety_note import LightSafetyNote

if TYPE_CHECKING:
    import pyqtgraph as pg

QUICK_MINUTES = 15


def amount(value: float) -> str:
    """Minutes (or hours) as the locale writes them: 20 · 7.5 / 7,5."""
    return locale_format.number(value, 0 if float(value).is_integer() else 1)


def describe(s: LightSession) -> str:
    time, minutes = locale_format.time_of_day(s.moment.local), amount(s.minutes)
    if s.kind == "lamp":
        return translate("LightPage", "{time}  lamp {lux} lux, {minutes} min").format(
            time=time, lux=locale_format.number(s.lux or DEFAULT_LAMP_LUX), minutes=minutes)
    return translate("LightPage", "{time}  daylight, {minutes} min").format(
        time=time, minutes=minutes)


class LightPage(QWidget):
    key = "light"
    title = QT_TRANSLATE_NOOP("pages", "Light")
    purpose = QT_TRANSLATE_NOOP("pages", "Daylight and lamp sessions, today's lux-hours, and "
                                 "your sunrise and sunset.")
    shortcut = "Ctrl+5"
    shows = frozenset({Change.LIGHT, Change.SELFCARE})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        follow_changes(self, ctx.state)
        self.ctx = ctx
        self.light = ctx.services.light
        self.places = ctx.services.places
        outer = QVBoxLayout(self)
        self.feedback = ActionFeedback(ctx, Change.LIGHT, self)
        self.banner, self.error = self.feedback.banner, self.feedback.error
        outer.addWidget(self.feedback)
        self.safety = LightSafetyNote(self)
        self.safety.dismissed.connect(lambda: ctx.settings.set(Keys.light_safety_seen, True))
        self.safety.setVisible(not ctx.settings.get(Keys.light_safety_seen))
        outer.addWidget(self.safety)
        grid = QGridLayout()
        outer.addLayout(grid, 1)

        today = QGroupBox(self.tr("Today's light"))
        tl = QVBoxLayout(today)
        self.dose_bar = QProgressBar()
        self.dose_bar.setRange(0, 5000)
        self.dose_bar.setTextVisible(False)
        self.dose_bar.setAccessibleName(self.tr("Light dose today"))
        self.dose_label = QLabel()
        self.dose_label.setWordWrap(True)
        self.quick = QPushButton(self.tr("Opened the curtains / went outside"))
        self.quick.setAccessibleName(self.tr("Log 15 minutes of daylight now"))
        self.quick.setToolTip(self.tr("Logs 15 minutes of daylight, starting now"))
        self.quick.clicked.connect(self.log_quick)
        self.lux_hours_note = QLabel(self.tr(
            "Lux-hours are brightness times time: 10,000 lux for half an hour makes 5,000 "
            "lux-hours, and so does an hour at 5,000 lux. Dimmer light needs longer."))
        self.lux_hours_note.setWordWrap(True)
        self.lux_hours_note.setStyleSheet("color: palette(placeholder-text);")
        tl.addWidget(self.dose_bar)
        tl.addWidget(self.dose_label)
        tl.addWidget(self.lux_hours_note)
        tl.addWidget(self.quick)
        grid.addWidget(today, 0, 0, 1, 2)

        daylight = QGroupBox(self.tr("Daylight"))
        df = QFormLayout(daylight)
        self.day_minutes = _spin(1, 1440, 20, self.tr("Daylight minutes"), self.tr(" min"))
        self.day_when = WhenEdit(self.tr("Daylight start time"))
        self.day_log = QPushButton(self.tr("Log daylight"))
        self.day_log.setAccessibleName(self.tr("Log daylight"))
        self.day_log.clicked.connect(self.log_daylight)
        df.addRow(self.tr("Minutes outside or by a window"), self.day_minutes)
        df.addRow(self.tr("Started at"), self.day_when)
        df.addRow(self.day_log)
        grid.addWidget(daylight, 1, 0)

        lamp = QGroupBox(self.tr("Light-therapy lamp"))
        lf = QFormLayout(lamp)
        self.lamp_lux = _spin(0, MAX_LUX, DEFAULT_LAMP_LUX, self.tr("Lamp lux"), self.tr(" lux"))
        self.lamp_lux.setSingleStep(500)
        self.lamp_minutes = _spin(1, 240, 30, self.tr("Lamp minutes"), self.tr(" min"))
        self.lamp_distance = _spin(1, 500, 50, self.tr("Lamp distance in centimetres"),
                                   self.tr(" cm"))
        self.lamp_when = WhenEdit(self.tr("Lamp session start time"))
        self.lamp_log = QPushButton(self.tr("Log lamp session"))
        self.lamp_log.setAccessibleName(self.tr("Log lamp session"))
        self.lamp_log.clicked.connect(lambda: self.log_lamp())
        self.timer = SessionTimer(clock, self)
        self.timer.ticked.connect(self._on_tick)
        self.timer.finished.connect(self._on_timer_done)
        self.timer_button = QPushButton(self.tr("Start lamp timer"))
        self.timer_button.setAccessibleName(self.tr("Start or stop the lamp timer"))
        self.timer_button.clicked.connect(self.toggle_timer)
        self.timer_button.setToolTip(self.tr(
            "Counts down the session and logs it. Before bright light, see Lamp safety: "
            "bipolar disorder, eye disease and light-sensitising medicines."))
        self.safety_button = QPushButton(self.tr("Lamp safety"))
        self.safety_button.setAccessibleName(self.tr("Show the light-therapy safety note"))
        self.safety_button.clicked.connect(self.safety.show)
        self.timer_label = QLabel("")
        self.timer_label.setAccessibleName(self.tr("Lamp time remaining"))
        lf.addRow(self.tr("Brightness"), self.lamp_lux)
        lf.addRow(self.tr("Minutes"), self.lamp_minutes)
        lf.addRow(self.tr("Distance"), self.lamp_distance)
        lf.addRow(self.tr("Started at"), self.lamp_when)
        lf.addRow(self.lamp_log)
        row = QHBoxLayout()
        row.addWidget(self.timer_button)
        row.addWidget(self.timer_label, 1)
        row.addWidget(self.safety_button)
        lf.addRow(row)
        grid.addWidget(lamp, 1, 1)

        sessions = RecordsBox[LightSession](
            self.tr("Today's sessions"), describe, self.tr("Today's light sessions"),
            self.tr("Delete the selected light session"),
            delete=lambda s: self.light.delete(s.id or 0), restore=self.light.restore,
            run=self.feedback.run, parent=self,
            empty_text=self.tr("Nothing logged yet today — opening the curtains or a few "
                               "minutes outside counts."))
        self.model, self.list = sessions.model, sessions.list
        grid.addWidget(sessions, 2, 0)

        sun = QGroupBox(self.tr("Daylight where you live"))
        su = QVBoxLayout(sun)
        self.sun_label = QLabel()
        self.sun_label.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Place and light settings…"))
        self.settings_button.setAccessibleName(self.tr("Place and light settings"))
        self.settings_button.clicked.connect(self.edit_settings)
        su.addWidget(self.sun_label)
        su.addWidget(self.settings_button)
        self._sun_layout = su
        self._plot: pg.PlotWidget | None = None  # built when a place first needs it
        grid.addWidget(sun, 2, 1)
        grid.setRowStretch(2, 1)
        self._curve_key: tuple[object, int] | None = None
        self.refresh()

    @property
    def plot(self) -> pg.PlotWidget:
        """The day-length curve, built on first use: most people set no place, and its
        PlotWidget was the largest part of this page's first visit."""
        if self._plot is None:
            import pyqtgraph as pg  # only once a place is set (NumPy and pyqtgraph load here)

            from wellness_app.ui.common.date_axis import LocaleDateAxis

            self._plot = plot = pg.PlotWidget(axisItems={"bottom": LocaleDateAxis()})
            plot.hide()  # until a place is shown
            plot.setAccessibleName(self.tr("Day length over the year"))
            plot.setLabel("left", self.tr("hours of daylight"))
            plot.setMinimumHeight(150)
            theme.on_palette_change(plot, lambda: theme.style_plot(plot))
            plot.setMouseEnabled(x=False, y=False)
            plot.setYRange(0, 24)
            self.curve = plot.plot([], [], pen=pg.mkPen("#4a90d9", width=1))
            self.curve.setDownsampling(auto=True, method="peak")
            self.curve.setClipToView(True)
            self.today_marker = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#e0a100"))
            plot.addItem(self.today_marker)
            self._sun_layout.insertWidget(1, plot, 1)
        return self._plot

    # --- data -------------------------------------------------------------------------
    def refresh(self, changes: frozenset[Change] = frozenset()) -> None:
        day = Moment.now().local_date
        self.model.set_records(self.light.for_day(day))
        dose = self.light.dose(day)
        self.dose_bar.setValue(min(dose.target, round(dose.lux_hours)))
        reached = dose.lux_hours >= dose.target
        text = (self.tr("{total} of {target} lux-hours today · {morning} before {ten} · "
                        "target reached") if reached else
                self.tr("{total} of {target} lux-hours today · {morning} before {ten}"))
        number = locale_format.number
        self.dose_label.setText(text.format(
            total=number(dose.lux_hours), target=number(dose.target),
            morning=number(dose.morning_lux_hours),
            ten=locale_format.time_of_day(datetime(2000, 1, 1, 10))))
        self.dose_label.setToolTip(self.tr(
            "Lamp lux × hours, plus daylight at your outdoor estimate of {lux} lux (change "
            "it in Place and light settings)").format(lux=number(self.light.outdoor_lux())))
        self._refresh_sun(day)

    def _refresh_sun(self, day: date) -> None:
        place = self.places.place()
        if place is None:
            self.sun_label.setText(self.tr(
                "Set your place to see sunrise, sunset and how day length changes over the "
                "year."))
            if self._plot is not None:
                self.curve.setData([], [])
                self.today_marker.setData([], [])
                self._plot.hide()
            self._curve_key = None
            return
        self.plot.show()
        sun = self.places.sun(day)
        assert sun is not None
        minutes = int(sun.day_length.total_seconds() // 60)
        length = self.tr("{h} h {m} min").format(h=minutes // 60, m=f"{minutes % 60:02d}")
        if sun.sunrise and sun.sunset:
            rise = sun.sunrise + timedelta(seconds=30)
            fall = sun.sunset + timedelta(seconds=30)
            self.sun_label.setText(self.tr("{place}: sunrise {rise}, sunset {set}, day length "
                                           "{length}").format(place=place.name,
                                                              rise=locale_format.time_of_day(rise),
                                                              set=locale_format.time_of_day(fall),
                                                              length=length))
        else:
            self.sun_label.setText(self.tr("{place}: no sunrise or sunset today ({length} of "
                                           "daylight)").format(place=place.name, length=length))
        key = (place, day.year)
        if key != self._curve_key:
            curve = self.places.year(day.year)
            self.curve.setData([_stamp(d) for d, _ in curve], [h for _, h in curve])
            self._curve_key = key
        self.today_marker.setData([_stamp(day)], [sun.day_length.total_seconds() / 3600])

    # --- actions ----------------------------------------------------------------------
    def _save(self, action: Callable[[], object]) -> bool:
        return self.feedback.run(action, self.tr("Light saved"))

    def log_quick(self) -> None:
        self._save(lambda: self.light.log(QUICK_MINUTES, kind="daylight"))

    def log_daylight(self) -> None:
        if self._save(lambda: self.light.log(self.day_minutes.value(), kind="daylight",
                                             moment=self.day_when.moment())):
            self.day_when.reset()

    def log_lamp(self, minutes: float | None = None, moment: Moment | None = None) -> None:
        self._save(lambda: self.light.log(
            minutes if minutes is not None else self.lamp_minutes.value(), kind="lamp",
            lux=self.lamp_lux.value(), distance_cm=self.lamp_distance.value(),
            moment=moment or self.lamp_when.moment()))

    def toggle_timer(self) -> None:
        if not self.timer.running:
            self._timer_started = Moment.now()
            self.timer.start(self.lamp_minutes.value() * 60)
            self.timer_button.setText(self.tr("Stop and log"))
            return
        self._finish(self.timer.stop())

    def _on_tick(self, elapsed: float) -> None:
        remaining = self.timer.remaining() or 0.0
        self.timer_label.setText(self.tr("{left} left").format(left=clock_text(remaining)))

    def _on_timer_done(self, elapsed: float) -> None:
        self._finish(elapsed)

    def _finish(self, elapsed: float) -> None:
        self.timer_button.setText(self.tr("Start lamp timer"))
        minutes = round(elapsed / 60, 1)
        if minutes < 1:
            self.timer_label.setText(self.tr("Stopped before a minute; nothing logged"))
            return
        self.timer_label.setText(self.tr("Logged {m} min").format(m=amount(minutes)))
        self.log_lamp(minutes, self._timer_started)

    def edit_settings(self) -> None:
        from wellness_app.ui.common.place_settings import LightSettingsDialog  # when asked

        chosen = LightSettingsDialog.ask(self, self.places.place(), self.light.outdoor_lux())
        if chosen is None:
            return
        def apply() -> None:
            if chosen.city:
                self.places.set_city(chosen.city)
            else:
                self.places.set_coordinates(chosen.latitude, chosen.longitude)
            self.light.set_outdoor_lux(chosen.outdoor_lux)
        if self._save(apply):
            self.refresh()


def _spin(low: int, high: int, value: int, name: str, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    spin.setAccessibleName(name)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMaximumWidth(160)
    return spin


def _stamp(day: date) -> float:
    return datetime(day.year, day.month, day.day, 12).timestamp()
