"""Safety plan round trip; saving questionnaires, history, latest and the 14-day reminder."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from wellness_app.domain.assessments import explanation, reminder_due
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.safety_plan import SECTIONS, SafetyContact, SafetyPlan, plan_as_text
from wellness_app.domain.timestamps import Moment
from wellness_app.services import Database
from wellness_app.services.assessments import AssessmentService
from wellness_app.services.safety_plan import SafetyPlanService


def _plan() -> SafetyPlan:
    return SafetyPlan(
        items={"warning_signs": ("Not sleeping", "  ", "Cancelling plans"),
               "worth_living_for": ("My daughter, Ana",)},
        contacts=(SafetyContact("Maya", "07700 900123", "person"),
                  SafetyContact("Dr Okafor (GP)", "020 7946 0000", "professional", "weekdays")),
    )


def test_safety_plan_round_trip(db: Database) -> None:
    saved = SafetyPlanService(db).save(_plan())
    again = SafetyPlanService(db).plan()
    assert again.lines("warning_signs") == ("Not sleeping", "Cancelling plans")
    assert again.lines("worth_living_for") == ("My daughter, Ana",)
    assert [c.name for c in again.contacts] == ["Maya", "Dr Okafor (GP)"]
    assert again.contacts[1].note == "weekdays" and saved == again
    text = "\n".join(plan_as_text(again))
    assert "4. People I can ask for help" in text and "Maya: 07700 900123" in text
    assert "5. Professionals or agencies to contact in a crisis (incl. crisis lines)" in text


def test_saving_again_replaces_the_plan(db: Database) -> None:
    service = SafetyPlanService(db)
    service.save(_plan())
    service.save(SafetyPlan({"coping": ("Walk round the block",)}, ()))
    plan = service.plan()
    assert plan.items == {"coping": ("Walk round the block",)} and plan.contacts == ()


def test_contact_without_a_name_is_refused_and_nothing_changes(db: Database) -> None:
    service = SafetyPlanService(db)
    service.save(_plan())
    with pytest.raises(ValidationError, match="needs a name"):
        service.save(SafetyPlan({}, (SafetyContact("", "123"),)))
    assert len(service.plan().contacts) == 2


def test_section_titles_are_the_stanley_brown_steps() -> None:
    assert [s.number for s in SECTIONS] == [1, 2, 3, 4, 5, 6, None]
    assert SECTIONS[-1].title == "The one thing that is most important to me and worth living for"


def _at(day: int) -> Moment:
    return Moment(datetime(2026, 11, day, 9, 0, tzinfo=UTC), 60)


def test_history_latest_and_item9(db: Database) -> None:
    service = AssessmentService(db)
    service.save("phq9", [1] * 9, moment=_at(1), difficulty=1)
    service.save("gad7", [2] * 7, moment=_at(2))
    last = service.save("phq9", [0] * 8 + [2], moment=_at(3))
    assert [r.total for r in service.history("phq9")] == [9, 2]
    assert service.latest("phq9") == last and last.item9 == 2 and last.needs_safety_plan
    assert service.history("phq9")[0].difficulty == 1
    assert service.latest("gad7").band.name == "moderate"  # type: ignore[union-attr]


def test_bad_answers_write_nothing(db: Database) -> None:
    service = AssessmentService(db)
    with pytest.raises(ValidationError):
        service.save("phq9", [0] * 8 + [4])
    with pytest.raises(ValidationError, match="Only the PHQ-9"):
        service.save("gad7", [0] * 7, difficulty=1)
    assert service.history() == []


def test_reminder_is_off_by_default_and_due_after_14_days(db: Database) -> None:
    service = AssessmentService(db)
    assert not service.phq9_due(date(2026, 11, 20))
    service.set_reminder_enabled(True)
    assert service.phq9_due(date(2026, 11, 20))  # never answered
    service.save("phq9", [0] * 9, moment=_at(1))
    assert not service.phq9_due(date(2026, 11, 14))
    assert service.phq9_due(date(2026, 11, 15))


def test_reminder_rule() -> None:
    assert reminder_due(None, date(2026, 1, 1))
    assert not reminder_due(date(2026, 1, 1), date(2026, 1, 14))
    assert reminder_due(date(2026, 1, 1), date(2026, 1, 15))


def test_explanation_never_diagnoses_or_calls_a_low_total_safe() -> None:
    low = explanation("phq9", 0)
    assert "not a diagnosis" in low and "safe" not in low.lower()
    assert "usual point to talk" in explanation("phq9", 10)
    assert "usual point to talk" not in explanation("phq9", 9)
    assert "anxiety" in explanation("gad7", 15)
