"""A new German user's first steps in the real window, as found in QA."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.app_window import german_interface, open_window
from wellness_app.domain.selfcare import Medication
from wellness_app.services.selfcare import MedicationService

pytestmark = pytest.mark.gui


def test_a_new_german_journal_offers_its_self_care_items_in_german(qapp, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with german_interface(qapp):
        window, db = open_window(qtbot, tmp_path / "journal")
        MedicationService(db).save(Medication(name="Sertralin 50 mg"))
        QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        page = window.stack.currentWidget()

        names = set(page.item_buttons)
        assert {"Lavendel", "Johanniskraut", "Kamillentee", "Musik"} <= names
        assert not names & {"Lavender", "St John's Wort", "Chamomile tea", "Music"}

        QTest.mouseClick(page.item_buttons["Johanniskraut"], Qt.MouseButton.LeftButton)
        assert not page.banner.isHidden()
        assert "Serotoninsyndrom" in page.banner.label.text()
        assert page.about_button.isVisible()
