"""A new user's first CLI session, as found in QA: every step prints, none crashes."""

from __future__ import annotations


def test_day_lists_a_logged_treatment_in_plain_text(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "treatment", "--kind", "esketamine-nasal-spray", "--before", "2",
               "--after", "3", "--at", "2026-03-01T09:15+01:00").code == 0
    assert cli("log", "mood", "2", "--tags", "work", "--at", "2026-03-01T10:00+01:00").code == 0

    day = cli("day", "2026-03-01")

    assert day.code == 0, day.err
    assert "Traceback" not in day.err
    assert "  tags: work" in day.out
    assert "  treatments: esketamine-nasal-spray at 09:15 (before 2, after 3)" in day.out
