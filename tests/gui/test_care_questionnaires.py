"""Questionnaire page: keyboard answering, item 9 shows the plan and lines before the
score, result wording, history model and chart thresholds, the 14-day banner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from wellness_app.domain.changes import Change
from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.domain.timestamps import Moment
from wellness_app.services.assessments import AssessmentService
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.services.safety_plan import SafetyPlanService
from wellness_app.ui.care.questionnaires_page import QuestionnairesPage
from wellness_app.ui.crisis.dialog import CrisisDialog


@pytest.fixture
def page(ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    widget = QuestionnairesPage(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_answers(qtbot, page: QuestionnairesPage, digits: str) -> None:  # type: ignore[no-untyped-def]
    form = page.forms[page.current_kind()]
    form.focus_first()
    for digit in digits:
        qtbot.keyClick(form.focusWidget() or form, digit)


def test_item9_shows_plan_and_lines_before_the_score(page, ui_ctx, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    SafetyPlanService(ui_ctx.db).save(SafetyPlan({"coping": ("Cold water on my face",)},
                                                 (SafetyContact("Maya", "07700 900123"),)))
    CrisisLineService(ui_ctx.db).set_country("GB")
    seen: list[dict[str, object]] = []

    def fake_ask(parent, ctx, intro=""):  # type: ignore[no-untyped-def]
        dialog = CrisisDialog(ctx, parent, intro)
        seen.append({
            "score_already_shown": page.result_shown(),
            "intro": intro,
            "plan": dialog.plan_text(),
            "lines": dialog.line_texts(),
        })
        dialog.deleteLater()

    monkeypatch.setattr(CrisisDialog, "ask", classmethod(lambda cls, *a, **k: fake_ask(*a, **k)))
    _type_answers(qtbot, page, "000000001")  # item 9 = "Several days", total 1
    assert page.item9_notice.isVisible()
    submit = page.forms["phq9"].submit
    submit.setFocus()
    qtbot.keyClick(submit, Qt.Key.Key_Space)

    assert len(seen) == 1
    assert seen[0]["score_already_shown"] is False
    assert "better off dead" in str(seen[0]["intro"])
    assert "Cold water on my face" in str(seen[0]["plan"])
    assert "Maya" in str(seen[0]["plan"])
    assert seen[0]["lines"] == ["Emergency: 999 or 112", "Samaritans: 116 123"]
    assert page.result_shown()
    shown = page.result.total.text() + page.result.explanation.text()
    assert "1</b> / 27" in shown and "minimal" in shown
    assert "safe" not in shown.lower()
    assert AssessmentService(ui_ctx.db).latest("phq9").item9 == 1  # type: ignore[union-attr]


def test_item9_zero_goes_straight_to_the_score(page, ui_ctx, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[object] = []
    monkeypatch.setattr(CrisisDialog, "ask", classmethod(lambda cls, *a, **k: calls.append(a)))
    page.submit("phq9", [3, 3, 3, 1, 0, 0, 0, 0, 0])
    assert calls == [] and page.result_shown()
    assert "usual point to talk" in page.result.explanation.text()
    assert "Crisis support" in page.result.support.text()  # still one click away


def test_digits_answer_and_move_on_then_submit(page, qtbot):  # type: ignore[no-untyped-def]
    page.open_payload("gad7")
    form = page.forms["gad7"]
    assert not form.submit.isEnabled()
    _type_answers(qtbot, page, "1230123")
    assert form.answers() == [1, 2, 3, 0, 1, 2, 3]
    assert form.submit.isEnabled() and form.submit.hasFocus()
    qtbot.keyClick(form.submit, Qt.Key.Key_Space)
    assert page.result.record is not None and page.result.record.total == 12
    assert page.model.rowCount() == 1 and "moderate" in page.model.index(0, 3).data()


def test_exact_wording_on_the_form(page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    texts = {label.text() for label in page.forms["phq9"].findChildren(QLabel)}
    assert "Thoughts that you would be better off dead or of hurting yourself in some way" in texts
    assert any(t.startswith("If you checked off any problems") for t in texts)
    assert any("Over the last 2 weeks, how often have you been bothered by any of the "
               "following problems?" in t for t in texts)


def test_history_model_and_chart_thresholds(page, ui_ctx, qtmodeltester):  # type: ignore[no-untyped-def]
    service = AssessmentService(ui_ctx.db)
    for day, answers in ((1, [2] * 9), (15, [1] * 9), (29, [0] * 9)):
        service.save("phq9", answers, moment=Moment(datetime(2026, 10, day, 9, tzinfo=UTC), 0))
    page.refresh()
    qtmodeltester.check(page.model)
    assert [page.model.index(r, 2).data() for r in range(3)] == ["0 / 27", "9 / 27", "18 / 27"]
    assert [round(line.value() + 0.5) for line in page.chart.thresholds] == [5, 10, 15, 20]
    _xs, ys = page.chart.curve.getData()
    assert list(ys) == [18, 9, 0]
    page.open_payload("gad7")
    assert [round(line.value() + 0.5) for line in page.chart.thresholds] == [5, 10, 15]


def test_reminder_toggle_drives_the_today_banner(page, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from wellness_app.ui.shell.extensions import TODAY_BANNERS

    holder = QWidget()
    qtbot.addWidget(holder)
    banners = [make(ui_ctx, holder) for make in TODAY_BANNERS]
    from wellness_app.ui.care.crisis_support import Phq9DueBanner

    banner = next(b for b in banners if isinstance(b, Phq9DueBanner))
    assert "PHQ-9 check-in is due" in banner.label.text()
    assert banner.isHidden()
    page.reminder.setChecked(True)
    assert not banner.isHidden()  # never answered: due
    page.submit("phq9", [0] * 9)
    assert banner.isHidden()


def test_bad_submission_shows_inline_error_and_saves_nothing(page, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    page.submit("phq9", [0] * 8)
    assert "needs 9 answers" in page.error.text() and not page.result_shown()
    assert AssessmentService(ui_ctx.db).history() == []




def test_a_revisit_does_not_replot_an_unchanged_history(page, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    service = AssessmentService(ui_ctx.db)
    service.save("phq9", [1] * 9, moment=Moment(datetime(2026, 10, 1, 9, tzinfo=UTC), 0))
    page.refresh()
    plotted: list[int] = []
    monkeypatch.setattr(page.chart, "show_records",
                        lambda kind, records: plotted.append(len(records)))
    page.refresh()  # nothing changed: the chart is left alone
    assert plotted == []
    service.save("phq9", [2] * 9, moment=Moment(datetime(2026, 10, 15, 9, tzinfo=UTC), 0))
    ui_ctx.state.announce(Change.ASSESSMENT)  # a new result is shown at once
    assert plotted == [2]
    assert page.model.rowCount() == 2
