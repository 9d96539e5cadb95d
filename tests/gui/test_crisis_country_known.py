"""The crisis country follows the place chosen in the setup or on the Light page; a line
typed wrong in "Manage lines" is refused in the editor itself, with nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from wellness_app.domain.sun import find_city
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.ui.common.place_settings import LightSettings
from wellness_app.ui.crisis.line_editor import CrisisLineEditor
from wellness_app.ui.onboarding.wizard import OnboardingWizard


@pytest.mark.parametrize(("city", "code"), [("Berlin", "DE"), ("Vienna", "AT"),
                                            ("Edinburgh", "GB"), ("Lisbon", "elsewhere")])
def test_the_setups_city_presets_the_crisis_country(ui_ctx, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                    city: str, code: str) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the locale alone would say US
    monkeypatch.delenv("LC_ALL", raising=False)
    wizard = OnboardingWizard(ui_ctx.services, ui_ctx.settings)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.place.fields.city.setText(city)
    while wizard.currentPage() is not wizard.country:
        wizard.next()
    assert wizard.country.country.currentData() == code
    wizard.accept()
    assert CrisisLineService(ui_ctx.db).country() == code


def test_a_city_chosen_on_the_light_page_sets_the_crisis_country(ui_ctx, qtbot,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    from wellness_app.ui.common.place_settings import LightSettingsDialog
    from wellness_app.ui.light.page import LightPage

    CrisisLineService(ui_ctx.db).set_country("US")
    place = find_city("Stockholm")
    monkeypatch.setattr(LightSettingsDialog, "ask", classmethod(
        lambda cls, *a: LightSettings(place.name, place.latitude, place.longitude, 2500)))
    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    page.edit_settings()
    assert CrisisLineService(ui_ctx.db).country() == "SE"


@pytest.mark.parametrize(("label", "contact", "note", "problem"), [
    ("My GP", "", "", "needs a number"),
    ("", "020 7946 0000", "", "needs a name"),
    ("My GP", "020\t7946", "", "control characters"),
    ("My GP", "0" * 201, "", "under 200"),
])
def test_a_malformed_line_is_refused_in_the_editor_and_nothing_is_lost(
        qtbot, label: str, contact: str, note: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    editor = CrisisLineEditor(None)
    qtbot.addWidget(editor)
    editor.show()
    editor.label.setText(label)
    editor.contact.setText(contact)
    editor.note.setText(note)
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible() and problem in editor.error.text()
    assert editor.values() == (label, contact, note)  # what was typed stays
    editor.label.setText("My GP")
    editor.contact.setText("020 7946 0000")
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible()
