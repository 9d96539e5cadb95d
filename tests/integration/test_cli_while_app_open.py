"""Command-line writes while the app has the journal open are safe (WAL + busy timeout)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wellness_app.services import open_database
from wellness_app.services.moods import MoodService


def test_cli_and_app_write_at_the_same_time_without_losing_anything(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app_db = open_database(data / "wellness.db")  # the GUI's handle
    service = MoodService(app_db)
    cli = [subprocess.Popen([sys.executable, "-m", "wellness_app", "--data-dir", str(data),
                             "log", "mood", "4", "--note", f"from the terminal {n}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
           for n in range(3)]
    for n in range(40):  # the app keeps saving meanwhile
        service.log(2, note=f"from the app {n}")
    results = [(*p.communicate(timeout=60), p.returncode) for p in cli]
    assert [code for _out, _err, code in results] == [0, 0, 0], results
    assert service.count() == 43
    app_db.close()
