"""At the smallest supported screen (1024×600), entered the way a person does: the
questionnaire history fits without a sideways scroll bar, the safety plan has one heading,
and example data chosen in German is German."""

from __future__ import annotations

import re

import pytest
from app_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from wellness_app.services.demo_data import DemoDataService


def click_page(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    """Click the page's row in the sidebar, as a person does; the page shown."""
    from wellness_app.ui.shell.registry import PAGES

    row = [page.key for page in PAGES].index(key)
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    QTest.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    return page


@pytest.mark.parametrize("language", ["en", "de"])
def test_questionnaire_history_fits_at_1024x600(qtbot, tmp_path, qapp, language) -> None:  # type: ignore[no-untyped-def]
    from contextlib import nullcontext

    from app_window import german_interface

    with german_interface(qapp) if language == "de" else nullcontext():
        window, db = open_window(qtbot, tmp_path, size=(1024, 600))
        DemoDataService(db).fill(years=0.4, seed=3)
        QTest.keyClick(window.sidebar, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        page = window.page("questionnaires")
        qtbot.waitUntil(page.isVisible)
        page.refresh()
        qtbot.wait(50)
        table = page.table
        assert table.isVisible() and page.model.rowCount() >= 5
        assert not table.horizontalScrollBar().isVisible()
        header = table.horizontalHeader()
        shown = [c for c in range(page.model.columnCount()) if not header.isSectionHidden(c)]
        assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
        # the hidden item 9 and difficulty answers are one glance away: the details line
        record = page.model.record(0)
        words = "Überhaupt nicht" if language == "de" else "Not at all"
        assert page.details.isVisible() and record.item9 == 0
        assert words in page.details.text() and words in page.model.index(0, 3).data(
            Qt.ItemDataRole.ToolTipRole)
        QTest.keyClick(table, Qt.Key.Key_Down)  # another row: its details
        assert page.details.text() != "" and page.details.text().startswith(
            page.model.index(1, 0).data()[:4])
        window.close()
        db.close()


def test_safety_plan_has_one_heading(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, db = open_window(qtbot, tmp_path, size=(1024, 600))
    page = click_page(qtbot, window, "safety")
    assert "Safety plan" in window.page_header.text()
    heading = re.compile(r"<h[1-3]|safety plan</", re.IGNORECASE)
    headings = [label.text() for label in window.findChildren(QLabel)
                if label.isVisible() and label is not window.page_header
                and heading.search(label.text())]
    assert headings == []  # only the window's page header names the page
    assert page.save_button.isVisible()
    window.close()
    db.close()


def test_example_data_chosen_in_german_is_german(ui_ctx, german) -> None:  # type: ignore[no-untyped-def]
    """The first-run setup's "example data" in German: German self-care items and notes,
    like the starter list a new German journal gets."""
    from wellness_app.services.io.json_export import JsonExportService
    from wellness_app.ui.onboarding.choices import Choices, apply

    assert apply(ui_ctx.services, Choices(demo_data=True)) == []
    data = JsonExportService(ui_ctx.db).document()["data"]
    items = {item["name"] for item in data["selfcare_items"]}
    assert {"Lavendel", "Johanniskraut", "Kamillentee", "Melissentee"} <= items
    assert not {"Lavender", "Chamomile tea", "Lemon balm tea"} & items
    notes = {entry["note"] for entry in data["mood_entries"]}
    assert "Ruhiger Sonntag." in notes and "Quiet Sunday." not in notes
