"""Light, Movement, Self-care and Medications pages: mouse, keyboard, fake-clock timers."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from wellness_app.domain.selfcare import Medication
from wellness_app.domain.timestamps import Moment
from wellness_app.services.light import LightService
from wellness_app.services.movement import MovementService
from wellness_app.services.selfcare import MedicationService, SelfCareService


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def today() -> date:
    return Moment.now().local_date


def press(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Activate a button from the keyboard (focus + space)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_light_page_one_click_form_and_dose(qtbot, ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    assert "0 of 5,000 lux-hours" in page.dose_label.text()
    qtbot.mouseClick(page.quick, Qt.MouseButton.LeftButton)
    assert [s.minutes for s in LightService(ui_ctx.db).for_day(today())] == [15]
    page.day_minutes.setFocus()
    page.day_minutes.selectAll()
    qtbot.keyClicks(page.day_minutes, "45")
    press(qtbot, page.day_log)
    assert sorted(s.minutes for s in LightService(ui_ctx.db).for_day(today())) == [15, 45]
    assert page.model.rowCount() == 2
    assert "2,500 of 5,000" in page.dose_label.text()  # 60 min at the 2,500 lux estimate
    qtmodeltester.check(page.model)
    page.list.setCurrentIndex(page.model.index(0))
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1


def test_lamp_timer_logs_when_done_and_partially_when_stopped(qtbot, ui_ctx, clock) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    page = LightPage(ui_ctx, clock=clock)
    qtbot.addWidget(page)
    page.lamp_minutes.setValue(20)
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    clock.now += 5 * 60
    page.timer.tick()
    assert page.timer_label.text() == "15:00 left"
    clock.now += 15 * 60
    page.timer.tick()  # the countdown ends and logs by itself
    lamps = [s for s in LightService(ui_ctx.db).for_day(today()) if s.kind == "lamp"]
    assert [(s.minutes, s.lux) for s in lamps] == [(20, 10_000)]
    assert not page.timer.running and "Logged 20" in page.timer_label.text()
    press(qtbot, page.timer_button)
    clock.now += 7.5 * 60
    press(qtbot, page.timer_button)  # stopped early: the partial time is logged
    minutes = sorted(s.minutes for s in LightService(ui_ctx.db).for_day(today()))
    assert minutes == [7.5, 20]
    press(qtbot, page.timer_button)
    clock.now += 20
    press(qtbot, page.timer_button)
    assert len(LightService(ui_ctx.db).for_day(today())) == 2
    assert "nothing logged" in page.timer_label.text()


def test_lamp_on_a_st_johns_wort_day_shows_a_calm_banner(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    SelfCareService(ui_ctx.db).log("St John's Wort")
    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.lamp_log, Qt.MouseButton.LeftButton)
    assert LightService(ui_ctx.db).for_day(today())[0].kind == "lamp"  # saved anyway
    assert not page.banner.isHidden()
    assert "light-therapy lamp" in page.banner.label.text()
    assert "doctor or pharmacist" in page.banner.label.text()
    qtbot.mouseClick(page.banner.close_button, Qt.MouseButton.LeftButton)
    assert page.banner.isHidden()


def test_bad_lamp_input_shows_inline_error_and_saves_nothing(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    LightService(ui_ctx.db).log(1430, kind="lamp", lux=100)
    page.lamp_minutes.setValue(30)
    qtbot.mouseClick(page.lamp_log, Qt.MouseButton.LeftButton)
    assert not page.error.isHidden() and "1440" in page.error.text()
    assert len(LightService(ui_ctx.db).for_day(today())) == 1


def test_place_settings_dialog_sets_the_sun(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common import place_settings as light_settings
    from wellness_app.ui.light.page import LightPage

    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    assert "Set your place" in page.sun_label.text() and page.plot.isHidden()
    chosen = light_settings.LightSettings("London", 0, 0, 4_000)
    monkeypatch.setattr(light_settings.LightSettingsDialog, "ask",
                        classmethod(lambda cls, *a: chosen))
    qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    assert page.sun_label.text().startswith("London, England: sunrise")
    assert not page.plot.isHidden()
    assert len(page.curve.getData()[0]) in (365, 366)
    assert LightService(ui_ctx.db).outdoor_lux() == 4_000


def test_settings_dialog_reads_its_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.domain.sun import find_city
    from wellness_app.ui.common.place_settings import LightSettingsDialog

    dialog = LightSettingsDialog(find_city("Paris"), 2_500)
    qtbot.addWidget(dialog)
    assert dialog.result_settings().city == "Paris, France"
    dialog.by_coords.setChecked(True)
    dialog.latitude.setValue(60.17)
    result = dialog.result_settings()
    assert result.city is None and result.latitude == pytest.approx(60.17)


def test_movement_page_form_keyboard_week_and_delete(qtbot, ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.movement.page import MovementPage

    page = MovementPage(ui_ctx)
    qtbot.addWidget(page)
    assert "Any movement counts" in page.week.message.text()
    page.kind.setCurrentText("dance")
    page.minutes.setValue(15)
    page.intensity.setCurrentIndex(page.intensity.findData("vigorous"))
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    page.kind.setCurrentText("swimming")  # typed: a new kind joins the list
    page.note.setFocus()
    qtbot.keyClicks(page.note, "with Sam")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    logged = MovementService(ui_ctx.db).for_day(today())
    assert sorted((s.kind, s.minutes, s.note) for s in logged) == [
        ("dance", 15, ""), ("swimming", 15, "with Sam")]
    assert page.note.text() == ""
    assert page.kind.findText("swimming") >= 0
    assert page.week.bar.value() == 60  # two vigorous 15-minute sessions count double
    cell = page.week.days[today().weekday()].text()
    assert "60 min" in cell
    qtmodeltester.check(page.model)
    page.list.setCurrentIndex(page.model.index(0))
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1


def test_move_now_stopwatch_logs_on_stop(qtbot, ui_ctx, clock) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.movement.page import MovementPage

    page = MovementPage(ui_ctx, clock=clock)
    qtbot.addWidget(page)
    page.kind.setCurrentText("walk")
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    clock.now += 12 * 60 + 30
    page.stopwatch.tick()
    assert page.stopwatch_label.text() == "12:30"
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert [s.minutes for s in MovementService(ui_ctx.db).for_day(today())] == [12.5]
    page.steps.setValue(4_321)
    press(qtbot, page.steps_button)
    assert MovementService(ui_ctx.db).steps(today()) == 4_321


def test_selfcare_one_click_keyboard_and_item_editing(qtbot, ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.selfcare.page import SelfCarePage

    page = SelfCarePage(ui_ctx)
    qtbot.addWidget(page)
    page.note.setText("in the bath")
    qtbot.mouseClick(page.item_buttons["Lavender"], Qt.MouseButton.LeftButton)
    press(qtbot, page.item_buttons["Music"])
    logs = SelfCareService(ui_ctx.db).for_day(today())
    assert [(log.item, log.note) for log in logs] == [("Lavender", "in the bath"), ("Music", "")]
    assert page.model.rowCount() == 2 and page.banner.isHidden()
    page.new_name.setFocus()
    qtbot.keyClicks(page.new_name, "Bergamot")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert "Bergamot" in page.item_buttons
    qtmodeltester.check(page.items_model)
    qtmodeltester.check(page.model)
    row = [i.name for i in page.items_model.records()].index("Bergamot")
    page.items_view.setCurrentIndex(page.items_model.index(row))
    page.items_view.setFocus()
    qtbot.keyClick(page.items_view, Qt.Key.Key_Delete)
    assert "Bergamot" not in page.item_buttons
    assert page.items_undo.message.text() == "Removed from the buttons: Bergamot"
    qtbot.mouseClick(page.items_undo.undo_button, Qt.MouseButton.LeftButton)
    assert "Bergamot" in page.item_buttons


def test_st_johns_wort_with_an_ssri_shows_the_caution_once(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.selfcare.page import SelfCarePage

    MedicationService(ui_ctx.db).save(Medication("Citalopram", "20 mg"))
    page = SelfCarePage(ui_ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.item_buttons["St John's Wort"], Qt.MouseButton.LeftButton)
    text = page.banner.label.text()
    assert not page.banner.isHidden() and "St John's Wort and Citalopram" in text
    page.banner.hide()
    qtbot.mouseClick(page.item_buttons["St John's Wort"], Qt.MouseButton.LeftButton)
    assert page.banner.isHidden()  # once per pair per day
    assert len(SelfCareService(ui_ctx.db).for_day(today())) == 2


def test_medications_page_add_stop_class_delete(qtbot, ui_ctx, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.medications.page import MedicationsPage

    SelfCareService(ui_ctx.db).log("St John's Wort")
    page = MedicationsPage(ui_ctx)
    qtbot.addWidget(page)
    page.name.setFocus()
    qtbot.keyClicks(page.name, "Sertraline")
    qtbot.keyClicks(page.dose, "50 mg")
    qtbot.keyClick(page.dose, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 4).data() == "an SSRI antidepressant"
    assert "St John's Wort and Sertraline" in page.banner.label.text()
    qtmodeltester.check(page.model)
    page.name.setText("Mystery pill")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    row = [page.model.index(r, 0).data() for r in range(2)].index("Mystery pill")
    page.view.selectRow(row)
    page.klass.setCurrentIndex(page.klass.findData("statin"))
    qtbot.mouseClick(page.klass_button, Qt.MouseButton.LeftButton)
    row = [page.model.index(r, 0).data() for r in range(2)].index("Mystery pill")
    assert page.model.index(row, 4).data().startswith("a statin")
    page.view.selectRow(row)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.model.index(row, 3).data() == f"{today():%-m/%-d/%Y}"  # en_US, by locale
    page.view.selectRow(row)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [m.name for m in MedicationService(ui_ctx.db).list()] == ["Sertraline"]
    page.view.selectRow(0)
    page.load_selected()
    assert page.name.text() == "Sertraline" and page.dose.text() == "50 mg"
    page.dose.setText("100 mg")
    page.has_start.setChecked(True)
    page.start.setDate(page.start.date().addDays(-30))
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    [med] = MedicationService(ui_ctx.db).list()
    assert med.dose == "100 mg" and med.start is not None and med.stop is None
    page.name.clear()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in page.error.text()


def test_pages_open_from_the_sidebar_and_survive_switching(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.shell.main_window import MainWindow
    from wellness_app.ui.shell.registry import PAGES

    keys = [spec.key for spec in PAGES]
    assert {"light", "movement", "selfcare", "medications"} <= set(keys)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    for _ in range(3):
        for key in ("light", "movement", "selfcare", "medications"):
            window.show_page(key)
            assert window.current_page_key() == key
    assert len({id(window.page(k)) for k in ("light", "movement")}) == 2
