"""Deleting a row on Light, Movement, Self-care, Medications and Treatments the ways a person
does (the row's bin, its context menu, the Delete key), and taking it back (the Undo bar,
Ctrl+Z): the same record returns, selected, in the real window at 1024×600."""

from __future__ import annotations

from datetime import datetime

import pytest
from app_window import german_interface, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from wellness_app.domain.selfcare import Medication
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.treatments import TreatmentSession
from wellness_app.services.light import LightService
from wellness_app.services.movement import MovementService
from wellness_app.services.selfcare import MedicationService, SelfCareService
from wellness_app.services.treatments import TreatmentService
from wellness_app.ui.common.widgets.row_delete import DeleteButtonDelegate

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def go(window, key: Qt.Key):  # type: ignore[no-untyped-def]
    QTest.keyClick(window, key, CTRL)
    return window.stack.currentWidget()


def click_bin(view, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click the bin drawn at the end of `row` (in the last column)."""
    model = view.model()
    last = 0
    while model.index(row, last + 1).isValid():
        last += 1
    cell = view.visualRect(model.index(row, last))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=(
        DeleteButtonDelegate.button_rect(cell).center()))


def ctrl_z(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)


def test_light_bin_undo_button_delete_key_and_ctrl_z_in_german(qapp, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with german_interface(qapp):
        window, db = open_window(qtbot, tmp_path)
        light = LightService(db)
        page = go(window, Qt.Key.Key_5)
        QTest.mouseClick(page.quick, Qt.MouseButton.LeftButton)
        page.lamp_minutes.setValue(20)
        QTest.mouseClick(page.lamp_log, Qt.MouseButton.LeftButton)
        [lamp] = [s for s in light.for_day(Moment.now().local_date) if s.kind == "lamp"]
        assert page.model.rowCount() == 2
        box = page.list.parentWidget()
        assert not [b for b in page.findChildren(QPushButton) if "lösch" in b.text().lower()]
        row = [r.id for r in page.model.records()].index(lamp.id)

        click_bin(page.list, row)
        assert lamp not in light.for_day(lamp.moment.local_date)
        bar = box.undo_bar
        assert bar.isVisible() and bar.message.text().startswith("Gelöscht:")
        assert "Lampe" in bar.message.text()
        QTest.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
        assert lamp in light.for_day(lamp.moment.local_date)  # same id, time, lux, minutes, note
        assert not bar.isVisible()
        assert page.list.currentIndex().row() == row and page.list.hasFocus()

        QTest.keyClick(page.list, Qt.Key.Key_Delete)
        assert lamp not in light.for_day(lamp.moment.local_date)
        assert page.model.rowCount() == 1 and page.list.currentIndex().isValid()
        ctrl_z(page.list)
        assert lamp in light.for_day(lamp.moment.local_date) and not bar.isVisible()
        ctrl_z(page.list)  # nothing left to undo: nothing changes
        assert len(light.for_day(lamp.moment.local_date)) == 2
        db.close()


def test_self_care_delete_key_twice_then_ctrl_z_brings_back_newest_first(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    care = SelfCareService(db)
    page = go(window, Qt.Key.Key_7)
    page.note.setText("a walk to the shop")
    QTest.mouseClick(page.item_buttons["Lavender"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.item_buttons["Music"], Qt.MouseButton.LeftButton)
    logs = care.for_day(Moment.now().local_date)
    assert [log.item for log in logs] == ["Lavender", "Music"]
    page.list.setCurrentIndex(page.model.index(0))
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_Delete)
    QTest.keyClick(page.list, Qt.Key.Key_Delete)  # the neighbour was selected: it goes too
    assert care.for_day(Moment.now().local_date) == []
    ctrl_z(page.list)
    assert care.for_day(Moment.now().local_date) == logs[1:]
    assert page.list.parentWidget().undo_bar.isVisible()  # one more to take back
    ctrl_z(page.note)  # a text field keeps its own Ctrl+Z
    assert care.for_day(Moment.now().local_date) == logs[1:]
    ctrl_z(page.list)
    assert care.for_day(Moment.now().local_date) == logs
    db.close()


def test_movement_closing_the_bar_keeps_the_delete(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    moves = MovementService(db)
    walk = moves.log("walk", 20, moment=Moment.now())
    page = go(window, Qt.Key.Key_6)
    click_bin(page.list, 0)
    assert moves.for_day(walk.moment.local_date) == []
    page.list.parentWidget().undo_bar.hide()  # as its × or the 10 seconds do
    ctrl_z(page.list)
    assert moves.for_day(walk.moment.local_date) == []
    db.close()


def test_medications_context_menu_delete_and_undo_bring_back_the_caution(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    meds = MedicationService(db)
    kept = meds.save(Medication("Sertraline", "50 mg")).value
    page = go(window, Qt.Key.Key_8)
    assert page.model.index(0, 4).data() == "an SSRI antidepressant"
    page.view.selectRow(0)
    menu = page.view.actions()  # what the row's context menu shows
    [delete] = [a for a in menu if a.text() == "Delete"]
    assert delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    delete.trigger()
    assert meds.list() == [] and page.model.rowCount() == 0
    assert "Sertraline" in page.undo_bar.message.text()
    SelfCareService(db).log("St John's Wort")
    QTest.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert meds.list() == [kept]
    assert page.model.index(0, 4).data() == "an SSRI antidepressant"
    assert "St John's Wort and Sertraline" in page.banner.label.text()
    db.close()


def test_treatments_from_the_pages_menu_bin_and_ctrl_z(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path)
    service = TreatmentService(db)
    when = Moment.from_aware(datetime(2026, 3, 2, 10, 0).astimezone())
    saved = service.save(TreatmentSession(moment=when, kind="psychotherapy", clinic="Riverside",
                                          mood_before=2, mood_after=3)).value
    [to_treatments] = [a for a in window.pages_menu.actions()
                       if a.text().replace("&", "") == "Treatments"]
    to_treatments.trigger()
    page = window.stack.currentWidget()
    assert page.model.rowCount() == 1
    click_bin(page.table, 0)
    assert service.sessions() == [] and page.undo_bar.isVisible()
    ctrl_z(page.table)
    assert service.sessions() == [saved]
    assert page.table.currentIndex().row() == 0
    db.close()
