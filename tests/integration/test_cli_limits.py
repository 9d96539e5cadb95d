"""Bad input gets one line and exit 2, never a traceback; a bug gets one line naming the
log and exit 1; no log line carries personal text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.integration.conftest import Cli
from wellness_app.logging_setup import LOG_FILENAME


def _one_line(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.mark.parametrize("at", ["0001-01-01", "9999-12-31T23:59-12:00", "0001-01-01T00:00+14:00",
                                "1899-12-31T23:00", "9999-12-31", "2026-02-30T10:00"])
def test_out_of_range_dates_get_one_line(cli: Cli, at: str) -> None:
    result = cli("log", "mood", "3", "--at", at)
    assert result.code == 2
    _one_line(result.err)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1800-06-01"])
def test_steps_dates_lie_within_the_journal_range(cli: Cli, day: str) -> None:
    result = cli("log", "steps", "4000", "--date", day)
    assert result.code == 2
    _one_line(result.err, "range")


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("at", ["2026-03-29T02:30", "2026-03-29T02:00", "2026-03-29T02:59"])
def test_a_time_in_the_spring_gap_is_refused_naming_the_gap(cli: Cli, berlin: None,
                                                             at: str) -> None:
    result = cli("log", "mood", "3", "--at", at)
    assert result.code == 2
    _one_line(result.err, "daylight-saving gap")


def test_an_autumn_fold_time_is_the_first_occurrence(cli: Cli, berlin: None) -> None:
    assert cli("log", "mood", "3", "--at", "2026-10-25T02:30").code == 0
    listed = cli("log", "mood", "4", "--at", "2026-03-29T03:00")  # just after the gap: fine
    assert listed.code == 0
    from wellness_app.storage.encryption import connect_raw

    conn = connect_raw(cli.db_path, None)
    offsets = [row[0] for row in conn.execute(
        "SELECT utc_offset_min FROM mood_entries ORDER BY id")]
    conn.close()
    assert offsets == [120, 120]  # summer time (CEST): the first 02:30 of that night


def test_tags_are_limited(cli: Cli) -> None:
    long = cli("log", "mood", "3", "--tags", "x" * 5000)
    assert long.code == 2
    _one_line(long.err, "80")
    many = cli("log", "mood", "3", "--tags", ",".join(f"t{n}" for n in range(10_000)))
    assert many.code == 2
    _one_line(many.err, "50")
    assert cli("log", "mood", "3", "--tags", "y" * 80).code == 0


def test_a_bug_gets_one_line_with_the_log_path_and_exit_1(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from wellness_app.services.moods import MoodService

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(" ".join(("my", "private", "note", "text")))

    monkeypatch.setattr(MoodService, "add", boom)
    result = cli("log", "mood", "3", "--note", "my private note text")
    assert result.code == 1
    _one_line(result.err, "unexpected error", LOG_FILENAME)
    assert "my private note text" not in result.err
    log = (cli.data_dir / "logs" / LOG_FILENAME).read_text(encoding="utf-8")
    assert "RuntimeError" in log and "my private note text" not in log


def test_sql_errors_never_carry_parameters(tmp_path: Path) -> None:
    from wellness_app.services import open_database

    db = open_database(tmp_path / "wellness.db")
    try:
        with pytest.raises(IntegrityError) as caught, db.engine.begin() as conn:
            conn.execute(text("INSERT INTO mood_entries (id, mood) VALUES (:i, :m)"),
                         [{"i": 1, "m": "SECRET-NOTE"}, {"i": 1, "m": "SECRET-NOTE"}])
        assert "SECRET-NOTE" not in str(caught.value)
    finally:
        db.close()
