"""`assess` and `crisis` from the command line: scores, item 9 first, bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wellness_app.cli import main
from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.services import open_database
from wellness_app.services.assessments import AssessmentService
from wellness_app.services.safety_plan import SafetyPlanService


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _history(tmp_path: Path) -> list[int]:
    db = open_database(tmp_path / "wellness.db")
    try:
        return [r.total for r in AssessmentService(db).history()]
    finally:
        db.close()


@pytest.mark.parametrize(("kind", "answers", "total", "band"), [
    ("phq9", "1,1,1,1,0,0,0,0,0", 4, "minimal"), ("phq9", "1,1,1,1,1,0,0,0,0", 5, "mild"),
    ("phq9", "2,2,2,1,1,1,0,0,0", 9, "mild"), ("phq9", "2,2,2,2,2,0,0,0,0", 10, "moderate"),
    ("phq9", "2,2,2,2,2,2,2,0,0", 14, "moderate"),
    ("phq9", "3,3,3,3,3,0,0,0,0", 15, "moderately severe"),
    ("phq9", "3,3,3,3,3,3,1,0,0", 19, "moderately severe"),
    ("phq9", "3,3,3,3,3,3,2,0,0", 20, "severe"),
    ("gad7", "1,1,1,1,0,0,0", 4, "minimal"), ("gad7", "1,1,1,1,1,0,0", 5, "mild"),
    ("gad7", "3,3,3,0,0,0,0", 9, "mild"), ("gad7", "3,3,3,1,0,0,0", 10, "moderate"),
    ("gad7", "2,2,2,2,2,2,2", 14, "moderate"), ("gad7", "3,3,3,3,3,0,0", 15, "severe"),
])
def test_scores_at_every_band_boundary(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       kind: str, answers: str, total: int, band: str) -> None:
    code, out, _ = _run(tmp_path, capsys, "assess", kind, "--answers", answers)
    assert code == 0
    assert f"total: {total} of {27 if kind == 'phq9' else 21} ({band})" in out
    assert ("usual point to talk" in out) == (total >= 10)
    assert "diagnosis" in out and "Crisis lines" not in out
    assert _history(tmp_path) == [total]


def test_item9_prints_plan_and_lines_before_the_score(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(tmp_path / "wellness.db")
    SafetyPlanService(db).save(SafetyPlan({"coping": ("Cold water on my face",)},
                                          (SafetyContact("Maya", "07700 900123"),)))
    db.close()
    code, out, _ = _run(tmp_path, capsys, "assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1",
                        "--country", "GB")
    assert code == 0
    plan_at = out.index("Cold water on my face")
    maya_at = out.index("Maya: 07700 900123")
    samaritans_at = out.index("Samaritans: 116 123")
    score_at = out.index("PHQ-9 total: 1 of 27")
    assert plan_at < samaritans_at < score_at and maya_at < samaritans_at
    assert "safe" not in out.lower().replace("safety", "")


def test_item9_zero_shows_no_crisis_block(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(tmp_path, capsys, "assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,0")
    assert "Crisis lines" not in out and "total: 0 of 27 (minimal)" in out


@pytest.mark.parametrize(("args", "message"), [
    (["assess", "phq9", "--answers", "0,0,0,0,0,0,0,0"], "needs 9 answers, got 8"),
    (["assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,4"], "Answer 9 must be 0, 1, 2 or 3"),
    (["assess", "gad7", "--answers", "0,0,x,0,0,0,0"], "Answer 3 must be 0, 1, 2 or 3"),
    (["assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--difficulty", "5"], "Difficulty"),
    (["assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--country", "Britain"],
     "two-letter"),
])
def test_bad_answers_exit_2_with_one_line_and_write_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    code, out, err = _run(tmp_path, capsys, *args)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert _history(tmp_path) == []


def test_crisis_command_plan_first_then_lines(tmp_path: Path) -> None:
    db = open_database(tmp_path / "wellness.db")
    SafetyPlanService(db).save(SafetyPlan({"worth_living_for": ("My dog, Biscuit",)}, ()))
    db.close()
    result = subprocess.run(
        [sys.executable, "-m", "wellness_app", "--data-dir", str(tmp_path), "crisis",
         "--country", "de"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("My dog, Biscuit") < out.index("TelefonSeelsorge: 0800 111 0 111")
    assert "Last reviewed 2026-12-02" in out


def test_crisis_set_country_is_remembered(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _run(tmp_path, capsys, "crisis", "--set-country", "au")
    _, out, _ = _run(tmp_path, capsys, "crisis")
    assert "Lifeline: 13 11 14" in out and "Crisis lines — Australia" in out
