"""The services facade: one object per journal, each service built once and on first use,
and importing it costs the start-up nothing (no SQLAlchemy before the window shows)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wellness_app.services import open_database
from wellness_app.services.facade import Services, bundled_crisis_lines
from wellness_app.services.moods import MoodService


def test_each_service_is_built_once_over_the_same_journal(tmp_path: Path) -> None:
    db = open_database(tmp_path / "wellness.db")
    try:
        services = Services(db)
        assert isinstance(services.moods, MoodService)
        assert services.moods is services.moods
        entry = services.moods.log(4)
        assert [e.id for e in MoodService(db).for_day(entry.local_date)] == [entry.id]
        # a crisis-line service reads the lock state when built: a fresh one each call
        assert services.crisis_lines() is not services.crisis_lines()
    finally:
        db.close()


def test_crisis_lines_need_no_journal(tmp_path: Path) -> None:
    lines = bundled_crisis_lines(tmp_path)
    assert lines.lines(lines.country())  # the bundled directory, read without a journal


def test_importing_the_facade_loads_no_service_or_sqlalchemy() -> None:
    code = ("import sys, wellness_app.services.facade as f; "
            "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
            "'wellness_app.services.moods', 'wellness_app.storage'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"
