"""Trends: mood over time with the daily measures under it, and the insights beside it.

Data are loaded off the GUI thread (day aggregates in SQL); the plots module (and with
it pyqtgraph) is imported only when this page is first built.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wellness_app.services.trends import TrendData
from wellness_app.ui.common.context import UiContext
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from wellness_app.ui.common.operations import Failure, Operation
from wellness_app.ui.common.settings import Keys
from wellness_app.ui.trends.insights_model import InsightListModel
from wellness_app.ui.trends.insights_panel import InsightsPanel

log = logging.getLogger(__name__)
PRESETS = (  # key, button text (with mnemonic), days shown (None = everything)
    ("2w", QT_TRANSLATE_NOOP("TrendsPage", "2 &weeks"), 14),
    ("3m", QT_TRANSLATE_NOOP("TrendsPage", "3 &months"), 91),
    ("1y", QT_TRANSLATE_NOOP("TrendsPage", "1 &year"), 365),
    ("all", QT_TRANSLATE_NOOP("TrendsPage", "&All"), None),
)
WATCHED = {"mood", "tags", "light", "activity", "selfcare", "medication", "treatment",
           "metrics", "all"}


class ExportPngDialog:
    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("TrendsPage", "Export the current view"), suggested,
            translate("TrendsPage", "PNG image (*.png)"))
        return Path(name) if name else None


INSIGHTS_MIN_WIDTH = 230


class TrendsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from wellness_app.ui.trends.plots import TrendPlots

        self.ctx = ctx
        self._stale = True
        self._generation = 0
        self._applying = False
        self.loaded = False
        self.insights_loaded = False
        self.data: TrendData | None = None
        self._preset = ctx.settings.get(Keys.trends_range)
        if self._preset not in {p[0] for p in PRESETS}:
            self._preset = "3m"

        toolbar = QHBoxLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        for key, text, _days in PRESETS:
            label = translate("TrendsPage", text)
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(translate("TrendsPage", "Show {range}").format(
                range=label.replace("&", "")))
            button.clicked.connect(lambda _=False, k=key: self.apply_preset(k))
            self._group.addButton(button)
            toolbar.addWidget(button)
            self.preset_buttons[key] = button
        toolbar.addStretch(1)
        self.export_button = QPushButton(translate("TrendsPage", "&Export PNG…"))
        self.export_button.setAccessibleName(
            translate("TrendsPage", "Export the current view as a PNG image"))
        self.export_button.setShortcut(QKeySequence("Ctrl+Shift+G"))  # File › Export has E
        self.export_button.clicked.connect(self._ask_export)
        toolbar.addWidget(self.export_button)

        self.plots = TrendPlots()
        self.plots.hovered.connect(self._show_hover)
        self.plots.range_changed.connect(self._on_range_changed)
        self.empty = QLabel(translate(
            "TrendsPage", "No check-ins yet. Log a mood and your trends appear here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plots)
        self.stack.addWidget(self.empty)
        self.hover_label = QLabel(translate("TrendsPage", "Point at a day to see its values."))
        self.hover_label.setAccessibleName(
            translate("TrendsPage", "Values of the day under the pointer"))
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(toolbar)
        left_layout.addWidget(self.stack, 1)
        self.hover_label.setWordWrap(True)
        left_layout.addWidget(self.hover_label)
        hint = QLabel(translate("TrendsPage", "Drag or ← → to pan, wheel or + − to zoom"))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        left_layout.addWidget(hint)

        self.insights_model = InsightListModel(self)
        self.insights_view = InsightsPanel(self.insights_model)
        self.insights_view.built.connect(self._insights_built)
        self.insights_view.setMinimumWidth(250)
        self.insights_status = QLabel(translate("TrendsPage", "Working out insights…"))
        self.insights_status.setWordWrap(True)
        right = QWidget()
        right.setMinimumWidth(INSIGHTS_MIN_WIDTH)  # sentences stay readable at 1024 px
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("TrendsPage", "<b>Insights</b>"))
        right_layout.addWidget(title)
        right_layout.addWidget(self.insights_status)
        right_layout.addWidget(self.insights_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 360])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.preset_buttons[self._preset].setChecked(True)
        ctx.state.entries_changed.connect(self._on_entries_changed)

    # ---- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Load the plots' data, then the insights, off the GUI thread."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        services = self.ctx.services
        Operation(self, lambda _job: services.trends.load()).on_success(
            lambda data: self._on_loaded(generation, data)).on_failure(
            self._on_failed).run_in_background()
        self.insights_status.setText(translate("TrendsPage", "Working out insights…"))
        self.insights_status.show()
        Operation(self, lambda _job: services.insights.report()).on_success(
            lambda report: self._on_insights(generation, report)).on_failure(
            self._on_failed).run_in_background()

    def _on_loaded(self, generation: int, data: TrendData) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        first = self.data is None
        self.data = data
        self.plots.set_data(data.series, data.points, data.markers)
        self.stack.setCurrentWidget(self.plots if len(data.series) else self.empty)
        self.export_button.setEnabled(bool(len(data.series)))
        if first or self._preset:
            self.apply_preset(self._preset or "3m")
        self.loaded = True

    def _on_insights(self, generation: int, report: object) -> None:
        if generation != self._generation:
            return
        from wellness_app.domain.insights import InsightReport

        assert isinstance(report, InsightReport)
        self.insights_loaded = False  # until the panel has built every card
        self.insights_model.set_items(report.insights)
        if report.insights:
            self.insights_status.setText(translate(
                "TrendsPage", "How your mood differs with each factor, clearest first. "
                "Patterns, not proof of cause."))
        else:
            self.insights_status.setText(translate(
                "TrendsPage", "No insights yet: each factor needs at least 5 days with it and 5 "
                "without."))

    def _insights_built(self) -> None:
        self.insights_loaded = True

    def _on_failed(self, failure: Failure) -> None:
        """A bug is already logged (type and stack); a user error says what happened."""
        self.insights_status.setText(
            translate("TrendsPage", "Could not load the trends; see the log.") if failure.bug
            else failure.message)

    def _on_entries_changed(self, kind: str) -> None:
        if kind in WATCHED:
            self._stale = True
            if self.isVisible():
                self.reload()

    # ---- ranges -----------------------------------------------------------------------
    def apply_preset(self, key: str) -> None:
        days = dict((k, d) for k, _t, d in PRESETS)[key]
        self._preset = key
        self.preset_buttons[key].setChecked(True)
        self.ctx.settings.set(Keys.trends_range, key)
        bounds = self.plots.data_bounds()
        if bounds is None:
            return
        first, last = bounds
        self._applying = True
        try:
            self.plots.show_days(first if days is None else last - days + 1, last)
        finally:
            self._applying = False

    def _on_range_changed(self, _low: float, _high: float) -> None:
        if not self._applying and self._preset:
            self._preset = ""  # the person zoomed or panned: keep their range on reload
            self._group.setExclusive(False)
            for button in self.preset_buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)

    def _show_hover(self, text: str) -> None:
        self.hover_label.setText(text)

    # ---- export -----------------------------------------------------------------------
    def _ask_export(self) -> None:
        path = ExportPngDialog.ask(self, str(Path.home() / "mood-trends.png"))
        if path is not None:
            self.export_png(path)

    def export_png(self, path: Path) -> Path:
        """Save the plots as they are shown now."""
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not self.plots.grab().save(str(path), "PNG"):
            self.ctx.state.status_message.emit(
                translate("TrendsPage", "Could not write {path}").format(path=str(path)))
            return path
        self.ctx.state.status_message.emit(
            translate("TrendsPage", "Saved {name}").format(name=path.name))
        return path
