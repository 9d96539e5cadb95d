"""A first session from a fresh data dir: version, logging, the day summary."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta

from tests.integration.conftest import run_entry_point
from wellness_app import __version__


def test_version_through_the_real_entry_point(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_entry_point("--version", data_dir=tmp_path / "d")
    assert result.returncode == 0
    assert result.stdout.strip() == f"wellness-app {__version__}"


def test_log_then_day_json_has_exact_keys_and_values(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("log", "mood", "2", "--tags", "walk,Friends, new thing", "--note",
                "Slow morning ☕", "--at", "2026-03-01T08:30+01:00", "--sleep", "6.5")
    assert first.code == 0, first.err
    assert first.out.strip() == "Saved: mood 2 (bad) at 2026-03-01 08:30."
    assert cli("log", "mood", "5", "--tags", "walk", "--at", "2026-03-01T23:50+01:00").code == 0
    # 23:30 UTC on 1 March, but lived on 2 March in UTC+1: belongs to the 2nd
    assert cli("log", "mood", "4", "--at", "2026-03-02T00:30+01:00").code == 0

    day = cli("day", "2026-03-01", "--json")
    assert day.code == 0
    summary = json.loads(day.out)
    assert list(summary) == ["date", "mood", "tags", "steps", "daylight_minutes",
                             "light_therapy_minutes", "activity_minutes", "sleep_hours",
                             "lux_hours", "selfcare", "mindful_minutes", "phq9_total",
                             "gad7_total", "treatments"]
    assert summary == {
        "date": "2026-03-01", "mood": {"entries": 2, "mean": 3.5, "min": 2, "max": 5},
        "tags": ["Friends", "new thing", "walk"], "steps": None, "daylight_minutes": None,
        "light_therapy_minutes": None, "activity_minutes": None, "sleep_hours": 6.5,
        "lux_hours": None, "selfcare": [], "mindful_minutes": None, "phq9_total": None,
        "gad7_total": None, "treatments": [],
    }
    assert json.loads(cli("day", "2026-03-02", "--json").out)["mood"]["entries"] == 1


def test_log_defaults_to_now_and_survives_a_new_process(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "3").code == 0
    today = datetime.now().astimezone().date().isoformat()
    result = run_entry_point("day", today, "--json", data_dir=cli.data_dir)
    assert result.returncode == 0
    assert json.loads(result.stdout)["mood"]["entries"] == 1


def test_almost_a_day_ahead_is_still_accepted(cli) -> None:  # type: ignore[no-untyped-def]
    soon = (datetime.now().astimezone() + timedelta(hours=20)).isoformat(timespec="minutes")
    assert cli("log", "mood", "4", "--at", soon).code == 0


def test_plain_version_loads_neither_qt_nor_sqlalchemy() -> None:
    code = ("import sys\nfrom wellness_app.cli import main\ncode = main(['--version'])\n"
            "heavy = sorted(m for m in ('sqlalchemy', 'PySide6', 'alembic') if m in sys.modules)\n"
            "print(code, heavy)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.splitlines() == [f"wellness-app {__version__}", "0 []"]


def test_version_verbose_names_the_libraries_for_a_bug_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_entry_point("--version", "--verbose", data_dir=tmp_path / "d")
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines[0] == f"wellness-app {__version__}"
    text = result.stdout
    for expected in (r"Python 3\.\d+", r"Qt 6\.\d+\.\d+, PySide6 6\.\d+", r"SQLite 3\.\d+",
                     r"SQLCipher 4\.\d+", r"OpenSSL \d"):
        assert re.search(expected, text), expected
