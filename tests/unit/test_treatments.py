"""Treatment sessions: validation, series detection and the before/after arithmetic."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from care_planting import at, phq9_answers, plant_assessment, plant_mood

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.history import DayMood
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.treatment_outcome import series_outcome
from wellness_app.domain.treatments import TreatmentSession, detect_series
from wellness_app.services import Database
from wellness_app.services.day_summary import DaySummaryService
from wellness_app.services.treatments import TreatmentService

D0 = date(2026, 3, 2)



def phq_at(moment: Moment, total: int) -> AssessmentRecord:
    return AssessmentRecord(kind="phq9", moment=moment, answers=tuple(phq9_answers(total)),
                            total=total)

def session(day: date, kind: str = "ketamine-infusion", hour: int = 10) -> TreatmentSession:
    return TreatmentSession(moment=at(day, hour), kind=kind)


def test_sessions_within_14_days_form_one_series_and_15_days_start_another() -> None:
    days = [D0, D0 + timedelta(days=3), D0 + timedelta(days=17), D0 + timedelta(days=32)]
    found = detect_series([session(d) for d in days])
    assert [len(s.sessions) for s in found] == [3, 1]
    assert found[0].last.local_date == D0 + timedelta(days=17)
    assert found[1].first.local_date == D0 + timedelta(days=32)


def test_series_are_per_kind() -> None:
    found = detect_series([session(D0), session(D0 + timedelta(days=2), "psychotherapy"),
                           session(D0 + timedelta(days=4))])
    assert [(s.kind, len(s.sessions)) for s in found] == [
        ("ketamine-infusion", 2), ("psychotherapy", 1)]


def test_before_after_means_baseline_response_and_remission_dates() -> None:
    sessions = [session(D0 + timedelta(days=n)) for n in (0, 3, 7, 10, 14, 17)]
    (series,) = detect_series(sessions)
    moods = [DayMood(D0 - timedelta(days=n), 2.0, 1) for n in range(1, 15)]
    moods += [DayMood(D0 - timedelta(days=15), 5.0, 1)]  # outside the before window
    last = D0 + timedelta(days=17)
    moods += [DayMood(last + timedelta(days=n), 4.0 if n % 2 else 3.0, 1) for n in range(1, 15)]
    moods += [DayMood(last + timedelta(days=15), 1.0, 1)]  # outside the after window

    def phq(day: date, total: int, hour: int = 8) -> AssessmentRecord:
        return phq_at(at(day, hour), total)

    phq9 = [
        phq(D0 - timedelta(days=20), 24),  # too old to be the baseline
        phq(D0 - timedelta(days=10), 20),
        phq(D0, 18, hour=8),  # before the first session that morning: the baseline
        phq(D0 + timedelta(days=7), 11),
        phq(D0 + timedelta(days=12), 9),  # first ≤ 50 % of 18 → response
        phq(last + timedelta(days=5), 4),  # first < 5 → remission
        phq(last + timedelta(days=10), 3),
    ]
    outcome = series_outcome(series, moods, phq9)
    assert outcome.before.mood_mean == pytest.approx(2.0)
    assert outcome.before.mood_days == 14
    assert outcome.before.phq9_mean == pytest.approx(20.0)  # only the one 10 days before
    assert outcome.after.mood_mean == pytest.approx(3.5)
    assert outcome.after.phq9_mean == pytest.approx(3.5)
    assert outcome.baseline_phq9 == 18
    assert outcome.response_on == D0 + timedelta(days=12)
    assert outcome.remission_on == last + timedelta(days=5)
    text = "\n".join(outcome.observations())
    assert "first fell by half or more on 14 March 2026" in text
    assert "first below 5 on 24 March 2026" in text
    assert "should" not in text.lower()


def test_response_needs_half_the_baseline_exactly() -> None:
    (series,) = detect_series([session(D0)])
    base = phq_at(at(D0 - timedelta(days=1)), 15)
    not_yet = phq_at(at(D0 + timedelta(days=3)), 8)
    half = phq_at(at(D0 + timedelta(days=6)), 7)
    outcome = series_outcome(series, [], [base, not_yet, half])
    assert outcome.response_on == D0 + timedelta(days=6)
    assert outcome.remission_on is None
    assert outcome.before.mood_mean is None


def test_without_a_baseline_nothing_is_marked() -> None:
    (series,) = detect_series([session(D0)])
    later = phq_at(at(D0 + timedelta(days=3)), 2)
    outcome = series_outcome(series, [], [later])
    assert outcome.baseline_phq9 is None
    assert outcome.response_on is None and outcome.remission_on is None
    assert "cannot be marked" in outcome.observations()[-1]


def test_service_adds_edits_deletes_and_summarises(db: Database) -> None:
    service = TreatmentService(db)
    for n in range(1, 15):
        plant_mood(db, D0 - timedelta(days=n), 2)
    plant_assessment(db, D0 - timedelta(days=1), "phq9", phq9_answers(16))
    plant_assessment(db, D0 + timedelta(days=9), "phq9", phq9_answers(6))
    first = service.log("ketamine-infusion", moment=at(D0), clinic=" Clinic A ",
                        mood_before=2, mood_after=3)
    assert first.clinic == "Clinic A"
    second = service.log("ketamine-infusion", moment=at(D0 + timedelta(days=4)))
    edited = service.update(second.with_changes(note="felt floaty", mood_after=4))
    assert service.sessions()[1].note == "felt floaty" and edited.mood_after == 4
    (outcome,) = service.outcomes()
    assert outcome.before.mood_mean == pytest.approx(2.0)
    assert outcome.baseline_phq9 == 16
    assert outcome.response_on == D0 + timedelta(days=9)
    day = DaySummaryService(db).summary(D0).extra
    assert day["treatments"][0]["kind"] == "ketamine-infusion"
    gone = service.delete(first.id or 0)
    assert [t.id for t in service.sessions()] == [second.id]
    service.restore(gone)
    assert len(service.sessions()) == 2


@pytest.mark.parametrize("changes, message", [
    ({"kind": "ketamine"}, "Unknown treatment kind"),
    ({"mood_before": 6}, "Mood before must be a whole number from 1 to 5"),
    ({"mood_after": 0}, "Mood after"),
    ({"clinic": "x" * 201}, "clinic name"),
])
def test_bad_input_is_refused_and_nothing_is_saved(db: Database, changes: dict[str, object],
                                                   message: str) -> None:
    service = TreatmentService(db)
    with pytest.raises(ValidationError, match=message):
        service.add(session(D0).with_changes(**changes))
    assert service.sessions() == []


@pytest.mark.parametrize("days_after_last, marked", [(90, True), (91, False)])
def test_remission_is_looked_for_up_to_90_days_after_the_last_session(
        days_after_last: int, marked: bool) -> None:
    (series,) = detect_series([session(D0)])
    base = phq_at(at(D0 - timedelta(days=1)), 12)
    later = phq_at(at(D0 + timedelta(days=days_after_last)), 3)
    outcome = series_outcome(series, [], [base, later])
    assert (outcome.remission_on is not None) is marked
    assert (outcome.response_on is not None) is marked


def test_an_after_window_still_running_says_so_far() -> None:
    (series,) = detect_series([session(D0)])
    running = series_outcome(series, [], [], today=D0 + timedelta(days=14))
    assert "14 days after the last session, so far" in running.observations()[1]
    done = series_outcome(series, [], [], today=D0 + timedelta(days=15))
    assert "so far" not in done.observations()[1]
