"""`log mood` offers the support line after a hard check-in, and `status [--json]` says what
Today's banners say: doctor suggested and why, check-ins due."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, timedelta

import pytest

from wellness_app.cli.commands.mood import SUPPORT_LINE

LINE = "If things feel unbearable, your safety plan and crisis lines are here"


@pytest.mark.parametrize(("level", "note", "offered"), [
    ("1", "", True),
    ("2", "", False),
    ("5", "", False),
    ("3", "I want to kill myself", True),
    ("4", "Ich will nicht mehr leben", True),
    ("2", "I'm not suicidal, just tired", False),
    ("3", "Walk with Sam", False),
])
def test_log_mood_prints_the_line_after_a_hard_checkin(cli, level: str, note: str,  # type: ignore[no-untyped-def]
                                                       offered: bool) -> None:
    result = cli("log", "mood", level, "--note", note)
    assert result.code == 0 and result.out.startswith("Saved: mood")
    assert (LINE in result.out) is offered
    assert result.err == ""


def test_the_line_is_printed_at_most_once_a_day(cli) -> None:  # type: ignore[no-untyped-def]
    assert SUPPORT_LINE in cli("log", "mood", "1").out
    assert SUPPORT_LINE not in cli("log", "mood", "1").out
    assert SUPPORT_LINE not in cli("log", "mood", "3", "--note", "I want to die").out


def test_the_note_is_never_logged(cli, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    cli("log", "mood", "1", "--note", "I want to kill myself")
    assert "kill myself" not in caplog.text
    log_files = list((cli.data_dir / "logs").glob("*")) if (cli.data_dir / "logs").exists() \
        else []
    for path in log_files:
        assert "kill myself" not in path.read_text(errors="replace")


def test_status_on_an_empty_journal_suggests_nothing_and_never_says_safe(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("status")
    assert result.code == 0
    assert "No suggestion to see a doctor" in result.out
    assert "safe" not in result.out.lower()
    assert "Mood check-in today: not yet" in result.out
    data = json.loads(cli("status", "--json").out)
    assert data["doctor_suggested"] is False and data["reasons"] == []
    assert data["checkin_due"] == {"phq9": False, "mood_today": True}
    assert data["latest_phq9"] is None


def test_status_names_question9_first_whatever_the_total(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1").code == 0
    data = json.loads(cli("status", "--json").out)
    assert data["doctor_suggested"] is True
    assert data["reasons"] == ["phq9_item9"]
    assert data["latest_phq9"]["item9"] == 1 and data["latest_phq9"]["total"] == 1
    text = cli("status").out
    assert text.startswith("It might help to talk to a doctor.")
    assert "better off dead" in text
    assert "important to tell a doctor or someone you trust soon" in text
    assert "wellness-app crisis" in text


def test_status_lists_total_and_low_mood_days(cli) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    for n in range(14):
        assert cli("log", "mood", "1", "--at", (now - timedelta(days=n)).isoformat()).code == 0
    assert cli("assess", "phq9", "--answers", "2,2,2,2,2,0,0,0,0").code == 0
    data = json.loads(cli("status", "--json").out)
    assert data["reasons"] == ["phq9_total", "low_mood_days"]
    assert data["low_mood_days"]["low"] >= 13
    assert data["checkin_due"]["mood_today"] is False


def test_status_reports_a_not_now_and_a_due_phq9(cli) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services import open_database
    from wellness_app.services.assessments import AssessmentService
    from wellness_app.services.escalation import EscalationService

    cli("assess", "phq9", "--answers", "2,2,2,2,2,0,0,0,0",
        "--at", (date.today() - timedelta(days=15)).isoformat() + "T09:00:00+00:00")
    db = open_database(cli.db_path)
    try:
        AssessmentService(db).set_reminder_enabled(True)
        until = EscalationService(db).not_now()
    finally:
        db.close()
    data = json.loads(cli("status", "--json").out)
    assert data["doctor_suggested"] is False
    assert data["reasons"] == ["phq9_total"] and data["quiet_until"] == until.isoformat()
    assert data["checkin_due"]["phq9"] is True
    text = cli("status").out
    assert f"quiet until {until.isoformat()}" in text and "PHQ-9 check-in: due" in text


def test_the_line_is_offered_even_when_its_day_cannot_be_recorded(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from contextlib import contextmanager

    from wellness_app.domain.moods import MoodEntry
    from wellness_app.domain.timestamps import Moment
    from wellness_app.services import open_database
    from wellness_app.services.support_line import SupportLineService
    from wellness_app.storage.database import DatabaseOpenError

    db = open_database(tmp_path / "wellness.db")
    try:
        @contextmanager
        def read_only():  # type: ignore[no-untyped-def]
            raise DatabaseOpenError("The journal is read-only")
            yield

        monkeypatch.setattr(db, "transaction", read_only)
        service = SupportLineService(db)
        assert service.after_checkin(MoodEntry(Moment.now(), 1))
        assert service.after_checkin(MoodEntry(Moment.now(), 3, note="I want to die"))
        assert not service.after_checkin(MoodEntry(Moment.now(), 3, note="A good walk"))
    finally:
        db.close()


def test_assess_with_question9_ends_with_the_warm_advice(cli) -> None:  # type: ignore[no-untyped-def]
    out = cli("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,2").out
    assert out.index("better off dead") < out.index("PHQ-9 total: 2 of 27")
    assert "important to tell a doctor or someone you trust soon" in out.split("total:")[1]
    plain = cli("assess", "phq9", "--answers", "1,0,0,0,0,0,0,0,0").out
    assert "important to tell a doctor" not in plain
