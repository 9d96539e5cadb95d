"""A product, page by page: every page has a title and a purpose, the first-run setup
counts its steps and shows no unset coordinates or commands, Light explains lux-hours."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from wellness_app.ui.shell.registry import PAGES, PURPOSES


@pytest.fixture
def window(main_window):  # type: ignore[no-untyped-def]
    return main_window


def test_every_page_has_a_title_and_a_purpose(window) -> None:  # type: ignore[no-untyped-def]
    assert set(PURPOSES) == {spec.key for spec in PAGES}
    for spec, action in zip(PAGES, window.pages_menu.actions(), strict=True):
        action.trigger()
        header = window.page_header
        assert header.isVisible()
        assert spec.title in header.text() and PURPOSES[spec.key] in header.text()
        assert PURPOSES[spec.key].endswith(".")


def test_first_run_setup_counts_steps_without_commands_or_zeros(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    [action] = [a for top in window.menuBar().actions() for a in top.menu().actions()
                if a.objectName() == "onboardingAction"]
    action.trigger()
    [wizard] = seen
    wizard.show()
    total = len(wizard.steps)
    for number, page in enumerate(wizard.steps, start=1):
        assert page.subTitle() == f"Step {number} of {total}"
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "wellness-app" not in texts and "--" not in texts
    fields = wizard.place.fields
    assert fields.by_city.isChecked()
    assert not fields.latitude.isVisibleTo(wizard.place)  # no unset "0.000"
    fields.by_coords.setChecked(True)
    assert fields.latitude.isVisibleTo(wizard.place)
    wizard.hide()


def test_light_explains_lux_hours(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("light")
    note = window.page("light").lux_hours_note
    assert note.isVisible() and "brightness times time" in note.text()


def test_empty_questionnaire_history_shows_words_not_axes(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("questionnaires")
    page = window.page("questionnaires")
    assert page.empty.isVisible() and "No check-ins yet" in page.empty.text()
    assert not page.chart.isVisible() and not page.table.isVisible()
    page.submit("phq9", [1] * 8 + [0])  # question 9 at 0: no crisis dialog in this test
    assert page.chart.isVisible() and page.table.isVisible() and not page.empty.isVisible()


def test_own_words_without_developer_suffixes(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("selfcare")
    page = window.page("selfcare")
    shown = [page.items_model.index(row).data() for row in range(page.items_model.rowCount())]
    names = [item.name for item in page.items_model.records()]
    assert shown == names and shown  # "lavender", not "lavender (Scents)"
