"""Cautions the way a person meets them: the one-click Self-care button, the Medications
page's honest column, the Light page's safety note and lamp caution, the Treatments page,
in English and in German."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, Qt

from wellness_app.domain.selfcare import Medication
from wellness_app.services.selfcare import MedicationService, SelfCareService


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def add_item(qtbot, page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.new_name.setText(name)
    page.new_category.setCurrentIndex(page.new_category.findData("tea_supplement"))
    click(qtbot, page.add_button)


def test_one_click_herb_tea_with_german_sertraline(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.selfcare.page import SelfCarePage

    MedicationService(ui_ctx.db).save(Medication("Sertralin 50 mg"))
    page = SelfCarePage(ui_ctx)
    qtbot.addWidget(page)
    add_item(qtbot, page, "St John's Wort tea with honey")
    click(qtbot, page.item_buttons["St John's Wort tea with honey"])
    text = page.banner.label.text()
    assert not page.banner.isHidden()
    assert "St John's Wort and Sertralin 50 mg (an SSRI antidepressant)" in text
    for words in ("serotonin syndrome", "agitation", "fast heartbeat", "urgent help",
                  "don't stop a prescribed medicine on your own"):
        assert words in text
    assert len(SelfCareService(ui_ctx.db).for_day(date.today())) == 1  # saved


def test_the_caution_and_the_notes_in_german(qtbot, ui_ctx, german) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.selfcare.page import SelfCarePage

    MedicationService(ui_ctx.db).save(Medication("Yaz"))
    page = SelfCarePage(ui_ctx)
    qtbot.addWidget(page)
    click(qtbot, page.item_buttons["St John's Wort"])
    text = page.banner.label.text()
    assert "Johanniskraut und Yaz (hormonelle Verhütung)" in text
    assert "Kondome" in text and "Apotheke" in text and "St John" not in text
    assert "keine Behandlung" in page.comfort.text()
    click(qtbot, page.about_button)
    assert not page.herb_about.isHidden() and "JAMA 2002" in page.herb_about.text()
    assert "Wechselwirkungen" in page.herb_about.text()


def test_about_st_johns_wort_and_comfort_not_treatment(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.selfcare.page import SelfCarePage

    page = SelfCarePage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    assert "not a treatment" in page.comfort.text()
    assert not page.herb_about.isVisible()
    assert "interacts with many medicines" in page.item_buttons["St John's Wort"].toolTip()
    click(qtbot, page.about_button)
    about = page.herb_about.text()
    assert page.herb_about.isVisible()
    assert "mild to moderate" in about and "did not help major depression" in about
    assert "prescriber" in about and "raises serotonin" not in about


def test_medications_page_never_says_no_caution(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.medications.page import MedicationsPage

    page = MedicationsPage(ui_ctx)
    qtbot.addWidget(page)
    for name in ("Vitamin D3", "Jarsin 300", "Lithium 400 mg"):
        page.name.setText(name)
        click(qtbot, page.add_button)
    column = {page.model.index(r, 0).data(): page.model.index(r, 4).data()
              for r in range(page.model.rowCount())}
    assert column["Vitamin D3"] == ("not in this app's list — that does not mean it is safe "
                                    "with St John's Wort; ask your pharmacist")
    assert column["Jarsin 300"].startswith("St John's Wort itself")
    assert "a medicine with serotonin effects" in column["Lithium 400 mg"]
    assert "sensitive to light" in column["Lithium 400 mg"]
    combo = [page.klass.itemText(i) for i in range(page.klass.count())]
    assert not any("no caution" in t or t == "—" for t in [*column.values(), *combo])
    assert page.klass.currentData() is not None  # the first choice is a class, not removal
    row = list(column).index("Lithium 400 mg")
    page.view.selectRow(row)
    page.klass.setCurrentIndex(page.klass.count() - 1)  # take this name off the list
    click(qtbot, page.klass_button)
    assert page.model.index(row, 4).data().startswith("not in this app's list")


def test_light_page_safety_note_first_use_and_lamp_timer(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    note = page.safety.label.text().lower()
    assert page.safety.isVisible()
    for words in ("bipolar disorder", "mania", "eye doctor", "macular degeneration",
                  "diabetic eye disease", "doxycycline", "sensitive to light"):
        assert words in note
    assert "bipolar" in page.timer_button.toolTip()
    click(qtbot, page.safety.close_button)
    assert not page.safety.isVisible()
    again = LightPage(ui_ctx)  # the next time the page is built: already read
    qtbot.addWidget(again)
    again.show()
    assert not again.safety.isVisible()
    click(qtbot, again.safety_button)
    assert again.safety.isVisible()


def test_lamp_session_with_a_light_sensitising_medicine(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    MedicationService(ui_ctx.db).save(Medication("Doxycyclin 100 mg"))
    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    click(qtbot, page.lamp_log)
    text = page.banner.label.text()
    assert "Doxycyclin 100 mg" in text and "light-therapy lamp" in text
    assert "St John's Wort" not in text


def test_treatments_page_shows_the_ketamine_caution(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.treatments.page import TreatmentsPage

    SelfCareService(ui_ctx.db).log("Johanniskraut", new=True, category="tea_supplement")
    page = TreatmentsPage(ui_ctx)
    qtbot.addWidget(page)
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("ketamine-infusion"))
    form.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    click(qtbot, form.save)
    assert page.model.rowCount() == 1  # saved
    text = page.banner.label.text()
    assert not page.banner.isHidden()
    assert "St John's Wort and Ketamine infusion" in text and "14 days" in text


def test_interface_wording_is_the_domains_and_fully_translated(qapp, german) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.domain import cautions
    from wellness_app.services.cautions import bundled_table
    from wellness_app.ui.common import caution_text as ui

    assert ui.TEMPLATES == cautions.TEMPLATES and ui.NOT_IN_LIST == cautions.NOT_IN_LIST
    assert {k: v["label"] for k, v in bundled_table()["classes"].items()} == ui.CLASS_LABELS
    for kind in cautions.TEMPLATES:
        german_text = ui.caution_text(cautions.Caution("k", kind, "Sertralin", "ssri",
                                                       "an SSRI antidepressant"))
        assert german_text != cautions.Caution("k", kind, "Sertralin", "ssri", "").text
        assert "Johanniskraut" in german_text or kind == "photosensitising"
    for key in ui.CLASS_LABELS:
        assert ui.class_label(key) != ui.CLASS_LABELS[key], key
    assert ui.name_summary(False, ()).startswith("nicht in der Liste dieser App")
