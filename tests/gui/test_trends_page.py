"""Trends page: presets, keyboard pan/zoom, check-in dots, keys above the plots, hover text,
markers, PNG export, soak."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from trend_seed import add_medication, add_moods, seed_realistic

from wellness_app.domain.changes import Change
from wellness_app.domain.trends import SECONDS_PER_DAY, to_epoch_day

END = date(2026, 3, 31)


def _page(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from wellness_app.ui.trends.page import TrendsPage

    page = TrendsPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded and page.insights_loaded, timeout=5000)
    return page


@pytest.fixture
def page(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    seed_realistic(ui_ctx.db, days=240, seed=3, end=END)
    return _page(ui_ctx, qtbot)


def _width_days(page) -> float:  # type: ignore[no-untyped-def]
    low, high = page.plots.x_range()
    return (high - low) / SECONDS_PER_DAY


def test_range_presets_change_the_visible_range(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.preset_buttons["2w"], Qt.MouseButton.LeftButton)
    assert _width_days(page) == pytest.approx(14, abs=0.01)
    _low, high = page.plots.x_range()
    assert high == (to_epoch_day(END) + 1) * SECONDS_PER_DAY  # ends with the last day
    qtbot.mouseClick(page.preset_buttons["all"], Qt.MouseButton.LeftButton)
    assert _width_days(page) > 200
    qtbot.mouseClick(page.preset_buttons["3m"], Qt.MouseButton.LeftButton)
    assert _width_days(page) == pytest.approx(91, abs=0.01)
    from wellness_app.ui.common.settings import Keys

    assert page.ctx.settings.get(Keys.trends_range) == "3m"  # remembered


def test_keyboard_pans_and_zooms(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.apply_preset("3m")
    page.plots.setFocus()
    before = page.plots.x_range()
    qtbot.keyClick(page.plots, Qt.Key.Key_Left)
    after = page.plots.x_range()
    assert after[0] < before[0] and _width_days(page) == pytest.approx(91, abs=0.01)
    qtbot.keyClick(page.plots, Qt.Key.Key_Plus)
    assert _width_days(page) < 91
    qtbot.keyClick(page.plots, Qt.Key.Key_Minus)
    qtbot.keyClick(page.plots, Qt.Key.Key_Minus)
    assert _width_days(page) > 91
    assert not any(b.isChecked() for b in page.preset_buttons.values())  # custom range


def _dots_in_view(page) -> set[tuple[float, float]]:  # type: ignore[no-untyped-def]
    low, high = page.plots.x_range()
    xs, moods = page.plots.scatter.getData()
    return {(x, y) for x, y in zip(xs, moods, strict=True) if low <= x <= high}


def _check_ins_in_view(page) -> set[tuple[float, float]]:  # type: ignore[no-untyped-def]
    low, high = page.plots.x_range()
    points = page.data.points
    xs = (points.days + 0.5) * SECONDS_PER_DAY
    return {(x, y) for x, y in zip(xs, points.moods, strict=True) if low <= x <= high}


def test_check_in_dots_show_on_short_ranges(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.preset_buttons["all"], Qt.MouseButton.LeftButton)
    assert not page.plots.dots_shown  # 240 days: the mean lines and the band only
    qtbot.mouseClick(page.preset_buttons["2w"], Qt.MouseButton.LeftButton)
    assert page.plots.dots_shown
    assert _dots_in_view(page) == _check_ins_in_view(page) != set()
    page.plots.setFocus()
    for _ in range(12):  # two weeks back and more: every check-in in view is drawn
        qtbot.keyClick(page.plots, Qt.Key.Key_Left)
        assert _dots_in_view(page) == _check_ins_in_view(page)
    qtbot.mouseClick(page.preset_buttons["3m"], Qt.MouseButton.LeftButton)
    assert page.plots.dots_shown and _dots_in_view(page) == _check_ins_in_view(page)


def test_titles_and_keys_sit_above_the_data(page) -> None:  # type: ignore[no-untyped-def]
    plots = page.plots
    shown = [plots.mood_plot, *(p for p in plots.subplots.values() if p.scene() is not None)]
    assert len(shown) == 5
    for plot in shown:
        header = plot.titleLabel
        assert header.isVisible() and header.sceneBoundingRect().height() > 0
        assert not header.sceneBoundingRect().intersects(plot.getViewBox().sceneBoundingRect())
        assert plot.legend is None  # no key inside the plot area
    mood_key = plots.mood_plot.titleLabel.text
    assert "7-day mean" in mood_key and "daily mean" in mood_key
    light_key = plots.subplots["light"].titleLabel.text
    assert all(word in light_key for word in ("Light (minutes)", "daylight", "lamp"))
    assert "Steps" in plots.subplots["steps"].titleLabel.text


def test_short_plots_keep_value_labels_apart(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.resize(760, 430)  # the plots get only a few dozen pixels each
    qtbot.waitUntil(lambda: page.plots.subplots["steps"].getViewBox().height() < 60)
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    for key, plot in page.plots.subplots.items():
        painter = QPainter(image)
        _axis, _ticks, texts = plot.getAxis("left").generateDrawSpecs(painter)
        painter.end()
        rects = [rect for rect, _flags, _text in texts]
        assert rects, key
        for i, rect in enumerate(rects):
            assert not any(rect.intersects(other) for other in rects[i + 1:]), key


def test_hover_shows_date_and_values(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.apply_preset("2w")
    day = END - timedelta(days=3)
    values = page.plots.series.at(to_epoch_day(day))
    vb = page.plots.mood_plot.getViewBox()
    scene_pos = vb.mapViewToScene(QPointF((to_epoch_day(day) + 0.5) * SECONDS_PER_DAY, 3))
    qtbot.mouseMove(page.plots.viewport(), page.plots.mapFromScene(scene_pos))
    shown = f"{day:%a} {day.month}/{day.day}/{day.year}"  # en_US, by locale
    qtbot.waitUntil(lambda: shown in page.hover_label.text(), timeout=2000)
    text = page.hover_label.text()
    assert f"mood {values['mood_mean']:.1f}" in text
    assert f"sleep {values['sleep_hours']:.1f} h" in text
    assert f"steps {values['steps']:,.0f}" in text


def test_markers_are_labelled(page) -> None:  # type: ignore[no-untyped-def]
    labels = page.plots.marker_labels
    assert "start Sertraline" in labels
    assert "Ketamine infusion ×4" in labels  # four sessions close together: one label


def test_png_export_writes_an_image(page, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.trends import page as trends

    target = tmp_path / "view"
    monkeypatch.setattr(trends.ExportPngDialog, "ask", classmethod(lambda cls, *a: target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".png")
    assert written.stat().st_size > 1000
    image = QImage(str(written))
    assert image.width() == page.plots.width() or image.width() > 500


def test_insights_list(page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.insights_model)
    first = page.insights_model.index(0).data()
    assert first.startswith(("You tend to feel ", "Your mood was about the same "))
    assert " — " in first
    card = page.insights_view.cards[0]
    assert card.sentence.text() == first and card.detail.isHidden()
    card.how_sure.click()
    assert card.detail.isVisibleTo(card) and "95 % interval" in card.detail.text()
    assert card.strength.text().strip("<i>/") in ("a clear pattern", "a slight pattern",
                                                 "may be chance")


def test_empty_journal_shows_a_hint(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(ui_ctx, qtbot)
    assert page.stack.currentWidget() is page.empty
    assert not page.export_button.isEnabled()
    assert page.insights_model.rowCount() == 0
    assert "5 days" in page.insights_status.text()


def test_new_entries_reload_the_plots(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(ui_ctx, qtbot)
    add_moods(ui_ctx.db, [(END, 4), (END - timedelta(days=1), 2)])
    add_medication(ui_ctx.db, "Sertraline", END, None)
    page.loaded = False
    ui_ctx.state.announce(Change.MOOD)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    assert page.stack.currentWidget() is page.plots
    assert len(page.plots.series) == 2
    assert page.plots.marker_labels == ["start Sertraline"]


def test_soak_switching_pages(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow

    seed_realistic(ui_ctx.db, days=120, seed=1, end=END)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    for i in range(40):
        window.show_page("trends")
        trends_page = window.page("trends")
        trends_page.apply_preset(("2w", "3m", "1y", "all")[i % 4])
        window.show_page("year")
        qtbot.wait(1)
    qtbot.waitUntil(lambda: trends_page.loaded, timeout=5000)
    window.show_page("trends")
    assert window.stack.currentWidget() is trends_page
    assert trends_page.plots.grab().width() > 0
