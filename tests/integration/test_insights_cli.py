"""`wellness-app insights`: sentences, JSON with factor/means/difference/CI/counts, bounds."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
from trend_seed import add_light, add_moods, span

from wellness_app.cli import main
from wellness_app.services import open_database


def _seed(data_dir: Path) -> None:
    db = open_database(data_dir / "wellness.db")
    rng = np.random.default_rng(11)
    days = span(date(2025, 1, 1), 120)
    bright = rng.random(len(days)) < 0.5
    add_moods(db, [(d, int(np.clip(round(3 + b + rng.normal(0, 0.5)), 1, 5)))
                   for d, b in zip(days, bright, strict=True)])
    add_light(db, [(d, "daylight", 60.0) for d, b in zip(days, bright, strict=True) if b])
    db.close()


def test_insights_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _seed(tmp_path)
    assert main(["--data-dir", str(tmp_path), "insights", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    top = report["insights"][0]
    assert top["factor"] == "daylight_30"
    assert top["mean_with"] > top["mean_without"]
    assert 0 < top["ci_low"] < top["difference"] < top["ci_high"]
    assert top["n_with"] + top["n_without"] == 120 and top["clear"] is True
    assert top["strength"] == "clear" and top["comparisons"] == report["comparisons"]
    assert top["sentence"].startswith("You tend to feel better on days with at least 30")
    assert top["detail"].endswith("A pattern, not proof of cause.")
    assert report["seasonal_basis"] == "month" and report["days_with_mood"] == 120
    assert set(report["weekday_means"]) >= {"Monday", "Sunday"}


def test_insights_text_and_date_bounds(tmp_path: Path) -> None:
    _seed(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "wellness_app", "--data-dir", str(tmp_path), "insights",
         "--from", "2025-01-01", "--to", "2025-01-08"],
        capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "No insights yet" in run.stdout and "(8 days" in run.stdout
    full = subprocess.run(
        [sys.executable, "-m", "wellness_app", "--data-dir", str(tmp_path), "insights"],
        capture_output=True, text=True, check=False)
    first = full.stdout.splitlines()[0]
    assert first.startswith("- You tend to feel better on days with at least 30 minutes of "
                            "daylight — ")
    assert first.endswith("on other days. (a clear pattern)")
    assert "95 %" not in full.stdout  # the numbers are in --json


def test_insights_rejects_bad_range(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["--data-dir", str(tmp_path), "insights", "--from", "2025-02-01",
                 "--to", "2025-01-01"])
    assert code == 2
    assert "is after" in capsys.readouterr().err
