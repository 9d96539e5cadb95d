"""Questionnaire totals over time with the band thresholds drawn as horizontal lines.

The band names are a key under the plot, not labels in it: inside the plot they covered
points and the line, and the history column is too narrow (about 240 px at 1024x600) for
an axis of names beside it. pyqtgraph is imported here only, when the questionnaires page
is first built.
"""

from __future__ import annotations

from datetime import datetime, time

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.questionnaires import QUESTIONNAIRES
from wellness_app.ui.common import theme
from wellness_app.ui.common.care_text import shown_band
from wellness_app.ui.common.i18n import translate


class AssessmentChart(QWidget):
    """One PlotWidget; the curve is created once and updated with setData."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setAccessibleName(translate("AssessmentChart", "Questionnaire totals over time"))
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setLabel("left", translate("AssessmentChart", "Total"))
        self.curve = self.plot.plot([], [], pen=pg.mkPen(color=(70, 110, 200), width=1),
                                    symbol="o", symbolSize=6,
                                    symbolBrush=pg.mkBrush(70, 110, 200))
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        self.thresholds: list[pg.InfiniteLine] = []
        self.kind = ""
        layout.addWidget(self.plot)
        self.key = QLabel()
        self.key.setObjectName("assessmentBandsKey")
        self.key.setWordWrap(True)
        small = self.key.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.key.setFont(small)
        layout.addWidget(self.key)
        theme.on_palette_change(self.plot, self._restyle)

    def hasHeightForWidth(self) -> bool:
        """No: the wrapped key would make the history column share its height by
        height-for-width and squeeze the table above to a row; the key wraps inside."""
        return False

    def show_records(self, kind: str, records: list[AssessmentRecord]) -> None:
        if kind != self.kind:
            self._draw_thresholds(kind)
        xs = [datetime.combine(r.local_date, time(12)).timestamp() for r in records]
        self.curve.setData(xs, [r.total for r in records])
        q = QUESTIONNAIRES[kind]
        self.plot.setYRange(0, q.max_total, padding=0.02)
        self.plot.setTitle(translate("AssessmentChart", "{title} totals").format(title=q.title),
                           color=QApplication.palette().color(QPalette.ColorRole.Text))
        if xs:
            pad = max(86400.0 * 3, (max(xs) - min(xs)) * 0.05)
            self.plot.setXRange(min(xs) - pad, max(xs) + pad, padding=0)

    def _restyle(self) -> None:
        theme.style_plot(self.plot)

    def _draw_thresholds(self, kind: str) -> None:
        for line in self.thresholds:
            self.plot.removeItem(line)
        self.thresholds = []
        self.kind = kind
        dash = pg.mkPen(color=(150, 150, 150), width=1, style=Qt.PenStyle.DashLine)
        bands = QUESTIONNAIRES[kind].bands
        for band in bands[1:]:
            line = pg.InfiniteLine(pos=band.low - 0.5, angle=0, pen=dash, movable=False)
            self.plot.addItem(line)
            self.thresholds.append(line)
        # a band's name and range never break inside (no-break spaces), only between bands
        parts = [f"{shown_band(kind, band.low)} {band.low}–{band.high}".replace(" ", "\u00a0")
                 for band in bands]
        self.key.setText(translate("AssessmentChart", "Bands: {bands}")
                         .format(bands=" · ".join(parts)))
