"""The Treatments page: model, add/edit/delete with undo, inline errors, the summary, and
the esketamine note."""

from __future__ import annotations

from datetime import date, timedelta

from care_planting import at, phq9_answers, plant_assessment, plant_mood
from PySide6.QtCore import QDateTime, Qt

from wellness_app.services.treatments import TreatmentService
from wellness_app.ui.treatments.model import SessionRole, TreatmentTableModel
from wellness_app.ui.treatments.page import TreatmentsPage

DAY = date(2026, 3, 2)


def test_model_passes_qtmodeltester_and_shows_newest_first(qtmodeltester, db) -> None:
    service = TreatmentService(db)
    service.log("tms", moment=at(DAY), mood_before=2)
    service.log("esketamine-nasal-spray", moment=at(DAY + timedelta(days=1)), clinic="North")
    model = TreatmentTableModel()
    model.set_items(service.sessions())
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Esketamine nasal spray (Spravato)"
    assert model.index(0, 2).data() == "North"
    assert model.index(1, 3).data() == "2 → —"
    assert model.index(1, 3).data(Qt.ItemDataRole.AccessibleTextRole) == "mood before 2, after —"
    assert model.index(1, 0).data(SessionRole).kind == "tms"


def test_add_edit_delete_and_undo(qtbot, ui_ctx) -> None:
    page = TreatmentsPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.empty.isVisibleTo(page)
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("ketamine-infusion"))
    form.when.setDateTime(QDateTime(2026, 3, 2, 10, 0, 0))
    form.clinic.setText("Riverside")
    form.before.setValue(2)
    form.after.setValue(4)
    with qtbot.waitSignal(ui_ctx.state.changed):
        qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "3/2/2026 10:00\u202fAM"  # en_US, pinned
    assert not page.empty.isVisibleTo(page)
    assert "Ketamine infusion" in page.summary.text()

    page.table.selectRow(0)
    assert form.editing is not None and form.clinic.text() == "Riverside"
    form.note.setPlainText("felt calm")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert TreatmentService(ui_ctx.db).sessions()[0].note == "felt calm"

    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0 and page.undo_bar.isVisibleTo(page)
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert TreatmentService(ui_ctx.db).sessions()[0].note == "felt calm"


def test_bad_input_shows_inline_and_saves_nothing(qtbot, ui_ctx) -> None:
    page = TreatmentsPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.form.kind.currentIndex() == -1  # no kind chosen for the person
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    assert "Choose which treatment" in page.form.error.text()
    page.form.kind.setCurrentIndex(page.form.kind.findData("psychotherapy"))
    page.form.when.setDateTime(QDateTime.currentDateTime().addDays(3))
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    assert "in the future" in page.form.error.text()
    assert page.model.rowCount() == 0


def test_esketamine_note_shows_only_for_esketamine(qtbot, ui_ctx) -> None:
    page = TreatmentsPage(ui_ctx)
    qtbot.addWidget(page)
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("psychotherapy"))
    assert not form.driving_note.isVisibleTo(page)
    form.kind.setCurrentIndex(form.kind.findData("esketamine-nasal-spray"))
    assert form.driving_note.isVisibleTo(page)
    assert "Do not drive until the next day, after a night's sleep" in form.driving_note.text()


def test_summary_panel_states_response_as_an_observation(qtbot, ui_ctx) -> None:
    db = ui_ctx.db
    for n in range(1, 15):
        plant_mood(db, DAY - timedelta(days=n), 2)
    plant_assessment(db, DAY - timedelta(days=1), "phq9", phq9_answers(20))
    plant_assessment(db, DAY + timedelta(days=12), "phq9", phq9_answers(10))
    TreatmentService(db).log("ketamine-infusion", moment=at(DAY))
    TreatmentService(db).log("ketamine-infusion", moment=at(DAY + timedelta(days=5)))
    page = TreatmentsPage(ui_ctx)
    qtbot.addWidget(page)
    text = page.summary.text()
    assert "sessions: 2" in text
    assert "mean daily mood 2.0 of 5 (days with check-ins: 14)" in text
    assert "Your PHQ-9 total first fell by half or more on 3/14/2026." in text
