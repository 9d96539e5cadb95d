"""The crisis screen: calm cards, not an editor; the emergency number always there; the
country asked first when unknown; the plan after the lines; keyboard only; 1024×600."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.services.crisis_lines import CrisisLineService, load_directory
from wellness_app.services.safety_plan import SafetyPlanService
from wellness_app.ui.crisis import cards as crisis_cards
from wellness_app.ui.crisis.dialog import CrisisDialog
from wellness_app.ui.crisis.manage import ManageLinesDialog

PLAN = SafetyPlan({"coping": ("Cold water on my face",),
                   "worth_living_for": ("My daughter, Ana",)},
                  (SafetyContact("Maya", "07700 900123", "person", "my sister"),))


@pytest.fixture
def links(monkeypatch):  # type: ignore[no-untyped-def]
    """Addresses handed to the desktop (none are opened)."""
    opened: list[str] = []

    def fake(url: str) -> bool:
        opened.append(url)
        return not url.startswith("sms:")  # this desktop has no app for texts

    monkeypatch.setattr(crisis_cards, "open_link", fake)
    return opened


def screen(ctx, qtbot, **kwargs) -> CrisisDialog:  # type: ignore[no-untyped-def]
    dialog = CrisisDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lines_as_cards_then_people_then_plan(ui_ctx, qtbot, links) -> None:  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(PLAN)
    CrisisLineService(ui_ctx.db).set_country("AU")
    dialog = screen(ui_ctx, qtbot)
    assert "Call 000 now" in dialog.emergency_text.text()
    card = dialog.line_cards[0]
    assert card.number.text() == "13 11 14"
    assert card.number.font().pointSizeF() > dialog.font().pointSizeF() * 1.5
    assert "Call, text, chat · 24/7 · free" in card.info.text()
    assert "Text: 0477 13 11 14" in card.info.text()
    assert set(card.action_buttons) == {"copy", "call", "text", "chat"}
    card.action_buttons["call"].click()
    card.action_buttons["chat"].click()
    card.action_buttons["text"].click()
    assert links == ["tel:131114", "https://www.lifeline.org.au/crisis-chat/", "sms:0477131114"]
    assert "use your phone: 0477 13 11 14" in dialog.feedback.text()
    card.action_buttons["copy"].click()
    assert QApplication.clipboard().text() == "13 11 14"
    assert dialog.feedback.text() == "Copied 13 11 14."
    person = dialog.person_cards[0]
    assert person.number.text() == "07700 900123" and "my sister" in person.accessibleName()
    person.action_buttons["call"].click()
    assert links[-1] == "tel:07700900123"
    # order on the screen: lines, then people, then the plan
    y = lambda w: w.mapTo(dialog.body, QPoint(0, 0)).y()  # noqa: E731
    assert y(card) < y(person) < y(dialog.plan_view)
    assert "Cold water on my face" in dialog.plan_view.text()
    advice = [label for label in dialog.body.findChildren(type(dialog.reviewed))
              if "Go only as far as you need" in label.text()]
    assert len(advice) == 1 and y(advice[0]) < y(dialog.plan_view)
    assert dialog.plan_button.text().replace("&", "") == "Edit my safety plan"


def test_an_empty_plan_is_one_sentence_and_a_button(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    navigated: list[object] = []
    ui_ctx.state.navigate.connect(lambda key, arg: navigated.append(key))
    dialog = screen(ui_ctx, qtbot)
    assert dialog.plan_view.text().count(".") == 1
    assert dialog.person_cards == []
    assert dialog.plan_button.text().replace("&", "") == "Make a safety plan"
    dialog.plan_button.click()
    assert navigated == ["safety"] and not dialog.isVisible()


def test_close_is_default_and_enter_never_opens_an_editor(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editors: list[object] = []
    monkeypatch.setattr(ManageLinesDialog, "ask", classmethod(
        lambda cls, *a: editors.append(a) or False))
    CrisisLineService(ui_ctx.db).set_country("GB")
    dialog = screen(ui_ctx, qtbot)
    assert dialog.close_button.isDefault() and dialog.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and editors == []
    dialog = screen(ui_ctx, qtbot)
    dialog.manage_button.click()
    assert len(editors) == 1


def test_keyboard_only_reaches_every_button_and_everything_is_named(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(PLAN)
    CrisisLineService(ui_ctx.db).set_country("US")
    dialog = screen(ui_ctx, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    seen: set[QWidget] = set()
    for _ in range(len(buttons) * 3):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    missing = [b.text() for b in buttons if b not in seen]
    assert missing == []
    unnamed = [b.text() for b in buttons if not b.accessibleName()]
    assert unnamed == []
    assert all(card.accessibleName() for card in dialog.line_cards + dialog.person_cards)


def test_fits_1024x600_it_scrolls_and_never_clips(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(PLAN)
    CrisisLineService(ui_ctx.db).set_country("NO")  # four lines, two of them emergency
    dialog = screen(ui_ctx, qtbot)
    dialog.fit_screen(QRect(0, 0, 1024, 600))  # the smallest screen the app supports
    qtbot.waitUntil(lambda: dialog.height() <= 600)
    assert dialog.width() <= 1024 and dialog.height() <= 600 - 40  # room for a title bar
    assert dialog.minimumSizeHint().height() <= dialog.height()
    for widget in (dialog.emergency_text, dialog.close_button, *dialog.emergency_buttons):
        top_left = widget.mapTo(dialog, QPoint(0, 0))
        assert dialog.rect().contains(top_left) and top_left.y() + widget.height() <= \
            dialog.height(), widget
    assert dialog.body.sizeHint().height() > dialog.scroll_area.viewport().height()
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # it scrolls
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0  # and never clips sideways


def test_unknown_country_asks_where_you_are_first(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "C.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    dialog = screen(ui_ctx, qtbot)
    assert dialog.picker.isVisible()
    assert "112" in dialog.emergency_text.text()  # a number even before the answer
    qtbot.keyClicks(dialog.picker.search, "schw")  # Schweiz, Schweden
    shown = [dialog.picker.list.item(r).text() for r in range(dialog.picker.list.count())
             if not dialog.picker.list.item(r).isHidden()]
    assert shown == ["Switzerland (CH)", "Sweden (SE)"]
    dialog.picker.search.clear()
    qtbot.keyClicks(dialog.picker.search, "switz")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert CrisisLineService(ui_ctx.db).country() == "CH"
    assert "144" in dialog.emergency_text.text()
    assert dialog.line_cards[0].number.text() == "143"
    assert dialog.picker is None  # asked once; "Change country…" brings it back
    dialog.change_country.click()
    assert dialog.picker.isVisible()


def test_every_country_shows_its_emergency_number(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = CrisisLineService(ui_ctx.db)
    dialog = screen(ui_ctx, qtbot)
    for country in load_directory().countries:
        if country.code == "elsewhere":
            continue
        service.set_country(country.code)
        dialog.refresh()
        for line in country.emergency:
            assert line.contact in dialog.emergency_text.text(), country.code


def test_stale_list_gets_a_calm_note(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = screen(ui_ctx, qtbot)
    assert dialog.stale.isHidden()
    monkeypatch.setattr(CrisisLineService, "is_stale", lambda self, today=None: True)
    dialog.refresh()
    assert dialog.stale.isVisible() and "more than a year ago" in dialog.stale.text()


def test_understanding_a_crisis_opens_by_keyboard(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = screen(ui_ctx, qtbot)
    section = dialog.understanding
    assert not section.body.isVisible()
    section.toggle.setFocus()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Space)
    text = section.body.text()
    assert section.body.isVisible()
    for words in ("Warning signs", "Ask directly", "Stay with them", "surroundings safer"):
        assert words.casefold() in text.casefold(), words


def test_locked_screen_shows_bundled_lines_never_the_plan(ui_ctx, qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(PLAN)
    CrisisLineService(ui_ctx.db).set_country("DE")
    dialog = screen(None, qtbot, data_dir=data_dir)
    assert "Call 112 now" in dialog.emergency_text.text()
    assert dialog.line_cards[0].number.text().startswith("0800 111 0 111")
    texts = " ".join(label.text() for label in dialog.body.findChildren(
        type(dialog.emergency_text)))
    assert "once your journal is unlocked" in texts
    assert "Cold water" not in texts and "Maya" not in texts
    assert not dialog.manage_button.isVisible()


def test_a_manage_change_shows_on_the_screen(ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    CrisisLineService(ui_ctx.db).set_country("GB")
    dialog = screen(ui_ctx, qtbot)

    def hide(cls, parent, service, code):  # type: ignore[no-untyped-def]
        service.set_hidden(code, "Samaritans", True)
        return True

    monkeypatch.setattr(ManageLinesDialog, "ask", classmethod(hide))
    dialog.manage_button.click()
    assert dialog.line_cards == []
    assert "999" in dialog.emergency_text.text()  # never hidden


def test_a_broken_own_line_from_an_import_is_shown_with_a_clear_hint(ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.domain.crisis_lines import CrisisLine
    from wellness_app.storage.repositories import crisis_lines

    CrisisLineService(ui_ctx.db).set_country("GB")
    with ui_ctx.db.transaction() as session:  # e.g. an old export edited by hand
        crisis_lines.upsert(session, CrisisLine("GB", "My GP", "   ", ""))
    dialog = screen(ui_ctx, qtbot)
    card = dialog.line_cards[-1]
    assert card.line.label == "My GP"
    assert "No number yet" in card.number.text() and card.action_buttons == {}
    assert "999" in dialog.emergency_text.text()


@pytest.mark.parametrize(("typed", "code"), [
    ("Germany", "DE"), ("germany", "DE"), ("Deutschland", "DE"), ("de", "DE"), ("DE", "DE"),
    ("ger", "DE"), ("UK", "GB"), ("britain", "GB"), ("England", "GB"), ("usa", "US"),
    ("united states", "US"), ("america", "US"), ("Österreich", "AT"), ("oesterreich", "AT"),
    ("Schweiz", "CH"), ("suisse", "CH"), ("svizzera", "CH"), ("Holland", "NL"),
    ("nederland", "NL"), ("belgique", "BE"), ("españa", "ES"), ("espana", "ES"),
    ("brasil", "BR"), ("méxico", "MX"), ("日本", "JP"), ("japan", "JP"), ("sverige", "SE"),
    ("norge", "NO"), ("danmark", "DK"), ("suomi", "FI"), ("polska", "PL"),
    ("south africa", "ZA"), ("aotearoa", "NZ"), ("éire", "IE"), ("india", "IN"),
    ("  Italy ", "IT"), ("elsewhere", "elsewhere"),
])
def test_where_are_you_finds_a_country_however_it_is_typed(ui_ctx, qtbot, typed: str,  # type: ignore[no-untyped-def]
                                                          code: str) -> None:
    from wellness_app.ui.crisis.country import CountryPicker

    picker = CountryPicker(CrisisLineService(ui_ctx.db).countries())
    qtbot.addWidget(picker)
    chosen: list[str] = []
    picker.chosen.connect(chosen.append)
    picker.search.setText(typed)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert chosen == [code]


def test_where_are_you_in_german_finds_the_german_names(ui_ctx, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.i18n import install_translators
    from wellness_app.ui.crisis.country import CountryPicker

    translators = install_translators(qapp, "de")
    try:
        picker = CountryPicker(CrisisLineService(ui_ctx.db).countries())
        qtbot.addWidget(picker)
        picker.search.setText("Vereinigtes")
        assert picker.list.currentItem().text() == "Vereinigtes Königreich (GB)"
        picker.search.setText("Südafrika")
        assert picker.list.currentItem().data(Qt.ItemDataRole.UserRole) == "ZA"
        picker.search.setText("Atlantis")
        assert all(picker.list.item(r).isHidden() for r in range(picker.list.count()))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
