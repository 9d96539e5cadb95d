"""Texts a person reads beside data are never over it or cut off: the Questionnaires chart's
band names sit under the plot, not on the points (Ctrl+9), and the Medications table's
caution column reads on one line or elided with the whole text as its tooltip (Ctrl+8), at
1024×600 and 1366×768, in English and German, light and dark."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest
from app_window import german_interface, open_window
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QWidget

from wellness_app.domain.selfcare import Medication
from wellness_app.paths import resolve_paths
from wellness_app.services.demo_data import DemoDataService
from wellness_app.services.selfcare import MedicationService
from wellness_app.ui.common.settings import Keys, Settings

CASES = [("de", "dark", (1024, 600)), ("en", "light", (1024, 600)),
         ("en", "light", (1366, 768)), ("de", "light", (1366, 768))]


def set_theme(tmp_path, theme: str) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(resolve_paths(tmp_path).settings_file)
    settings.set(Keys.theme, theme)
    settings.sync()


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(("language", "theme", "size"), CASES)
def test_band_names_never_cover_the_points(qtbot, qapp, tmp_path, language, theme, size) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    set_theme(tmp_path, theme)
    with german_interface(qapp) if language == "de" else nullcontext():
        window, db = open_window(qtbot, tmp_path, size=size)
        DemoDataService(db).fill(years=0.4, seed=3)
        QTest.keyClick(window.sidebar, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        page = window.page("questionnaires")
        qtbot.waitUntil(page.isVisible)
        page.refresh()
        qtbot.waitUntil(lambda: page.chart is not None and page.chart.isVisible())
        chart = page.chart
        spots = chart.curve.scatter.points()
        assert len(spots) >= 5
        view = chart.plot.getPlotItem().getViewBox()
        # nothing written inside the plot area: no label can sit on a point or the line
        assert not [item for item in view.allChildren() if isinstance(item, pg.TextItem)]
        key = chart.key
        names = ("leicht", "mittelgradig", "schwer") if language == "de" else (
            "mild", "moderate", "severe")
        assert key.isVisible() and all(name in key.text() for name in names)
        assert key.heightForWidth(key.width()) <= key.height()  # every line shown whole
        assert key.visibleRegion().boundingRect().size() == key.size()  # not scrolled away
        key_rect = in_window(key)
        plot_origin = in_window(chart.plot).topLeft()
        for spot in spots:
            centre = chart.plot.mapFromScene(view.mapViewToScene(QPointF(spot.pos())))
            point = QRect(0, 0, 8, 8)
            point.moveCenter(centre + plot_origin)
            assert not key_rect.intersects(point)
        # the GAD-7 tab, clicked: its own bands
        tab_bar = page.tabs.tabBar()
        QTest.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
        top = "schwer 15–21" if language == "de" else "severe 15–21"
        qtbot.waitUntil(lambda: top in key.text().replace("\u00a0", " "))
        assert "20–27" not in key.text()
        assert page.details.text()  # the newest GAD-7 described under the table
        window.close()
        db.close()


@pytest.mark.parametrize(("language", "theme", "size"), CASES)
def test_medication_rows_read_whole(qtbot, qapp, tmp_path, language, theme, size) -> None:  # type: ignore[no-untyped-def]
    set_theme(tmp_path, theme)
    with german_interface(qapp) if language == "de" else nullcontext():
        window, db = open_window(qtbot, tmp_path, size=size)
        meds = MedicationService(db)
        meds.save(Medication("citalopram", "20 mg", date(2024, 7, 7), date(2025, 5, 31)))
        meds.save(Medication("sertraline", "50 mg", date(2025, 6, 2)))
        QTest.keyClick(window.sidebar, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        page = window.page("medications")
        qtbot.waitUntil(lambda: page.isVisible() and page.model.rowCount() == 2)
        view, model = page.view, page.model
        caution = model.index(1, model.columnCount() - 1).data()
        assert caution == ("ein SSRI-Antidepressivum" if language == "de"
                           else "an SSRI antidepressant")
        metrics = view.fontMetrics()
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        delegate = view.itemDelegateForColumn(model.columnCount() - 1) or view.itemDelegate()
        for row in range(model.rowCount()):
            assert view.rowHeight(row) >= metrics.height()  # one whole line high
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = index.data() or ""
                cell = view.visualRect(index)
                room = cell.width() - margin
                if column == model.columnCount() - 1 and hasattr(delegate, "button_rect"):
                    room -= delegate.button_rect(cell).width()
                if column == model.columnCount() - 1:  # the caution reads on one line
                    assert metrics.horizontalAdvance(text) <= room, f"{text!r} wraps"
                if view.wordWrap():  # wrapped lines all fit the row's height
                    lines = metrics.boundingRect(QRect(0, 0, max(room, 1), 10_000),
                                                 Qt.TextFlag.TextWordWrap, text)
                    assert lines.height() <= cell.height(), f"{text!r} is cut off"
                    continue
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
                # whole, or elided on one line with the whole text a hover away
                assert shown == text or index.data(Qt.ItemDataRole.ToolTipRole) == text
        window.close()
        db.close()
