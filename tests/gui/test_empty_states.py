"""Empty lists say what would go there instead of showing a blank box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QListView

from wellness_app.domain.changes import Change
from wellness_app.services.light import LightService
from wellness_app.ui.common.widgets.empty_state import EmptyState
from wellness_app.ui.light.page import LightPage
from wellness_app.ui.medications.page import MedicationsPage
from wellness_app.ui.movement.page import MovementPage
from wellness_app.ui.selfcare.page import SelfCarePage


def shown(state: EmptyState | None) -> bool:
    assert state is not None
    return state.isVisibleTo(state.view) and state.geometry() == state.view.viewport().rect()


@pytest.mark.parametrize(("page_class", "words"), [
    (LightPage, "opening the curtains"),
    (MovementPage, "every movement counts"),
    (SelfCarePage, "one small thing for yourself"),
    (MedicationsPage, "No medications listed yet"),
])
def test_each_tracker_says_what_is_missing_when_empty(qtbot, ui_ctx, page_class, words) -> None:  # type: ignore[no-untyped-def]
    page = page_class(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    state = page.findChild(EmptyState)
    assert shown(state)
    assert words in state.text()


def test_the_line_goes_when_something_is_logged_and_comes_back_after_delete(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert shown(page.findChild(EmptyState))
    LightService(ui_ctx.db).log(20)
    ui_ctx.state.announce(Change.LIGHT)
    assert page.model.rowCount() == 1
    assert not page.findChild(EmptyState).isVisibleTo(page)
    page.list.setCurrentIndex(page.model.index(0, 0))
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0
    assert shown(page.findChild(EmptyState))


def test_the_line_fills_the_list_when_it_is_resized(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([]))
    state = EmptyState(view, "Nothing yet")
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.resize(420, 260)
    assert shown(state)
    view.model().setStringList(["one"])
    assert not state.isVisibleTo(view)
