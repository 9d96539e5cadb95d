"""`log treatment` and `report` through the real entry point; the PDF's text is extracted
with poppler's pdftotext (apt-get install poppler-utils)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from care_planting import at, phq9_answers, plant_assessment, plant_mood

from wellness_app.services import open_database
from wellness_app.services.treatments import TreatmentService
from wellness_app.storage.rows import Medication

DAY = date(2026, 3, 2)
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # the PDF follows the system locale
    return subprocess.run([sys.executable, "-m", "wellness_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, check=False, timeout=60, env=env)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)
    return " ".join(result.stdout.split())


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    db = open_database(data / "wellness.db")
    for n in range(-14, 20):
        plant_mood(db, DAY + timedelta(days=n), 2 if n < 0 else 4,
                   note="private words about my sister" if n == 3 else "")
    plant_assessment(db, DAY - timedelta(days=2), "phq9", phq9_answers(18, item9=1))
    plant_assessment(db, DAY + timedelta(days=10), "phq9", phq9_answers(8))
    plant_assessment(db, DAY + timedelta(days=10), "gad7", [2, 2, 1, 1, 1, 0, 0], hour=9)
    service = TreatmentService(db)
    for n in (0, 3, 7):
        service.log("ketamine-infusion", moment=at(DAY + timedelta(days=n)),
                    clinic="Riverside Clinic", mood_before=2, mood_after=3,
                    note="secret session note" if n == 3 else "")
    with db.transaction() as s:
        s.add(Medication(name="Sertraline", dose="100 mg", start_date=date(2025, 1, 1)))
    db.close()
    return data


@needs_pdftotext
def test_report_has_real_text_and_leaves_notes_out_by_default(journal: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = cli(journal, "report", "--from", "2026-02-15", "--to", "2026-03-21", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for expected in ("Self-care journal summary for a clinician",
                     "Period: 2/15/2026 – 3/21/2026",
                     "not a medical device",
                     "PHQ-9 question 9 answered above “Not at all”", "Several days (1)",
                     "moderately severe", "GAD-7", "Ketamine infusion", "Riverside Clinic",
                     "The PHQ-9 total first fell by half or more on 3/12/2026",
                     "Sertraline", "100 mg", "Light and movement per week", "Page 1 of "):
        assert expected in text, expected
    assert "private words" not in text
    assert "secret session note" not in text


@needs_pdftotext
def test_notes_appear_only_when_ticked_in(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "with-notes.pdf"
    result = cli(journal, "report", "--from", "2026-02-15", "--to", "2026-03-21", "-o", str(out),
                 "--include-notes")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "private words about my sister" in text
    assert "secret session note" in text


@needs_pdftotext
def test_empty_range_writes_a_report_that_says_so(journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = cli(journal, "report", "--from", "2020-01-01", "--to", "2020-01-31", "-o", str(out))
    assert result.returncode == 0
    assert "Nothing was logged between these dates" in result.stderr
    assert "Nothing was logged between these dates." in pdf_text(out)


@pytest.mark.parametrize("args, message", [
    (["report", "--from", "2026-03-10", "--to", "2026-03-01", "-o", "x.pdf"], "ends"),
    (["report", "--from", "March", "--to", "2026-03-01", "-o", "x.pdf"], "YYYY-MM-DD"),
    (["report", "--from", "2026-03-01", "--to", "2026-03-02", "-o", "x.txt"], ".pdf"),
    (["report", "--from", "2026-03-01", "--to", "2026-03-02", "-o", "/no/such/dir/x.pdf"],
     "does not exist"),
    (["log", "treatment", "--kind", "ketamine"], "Unknown treatment kind"),
    (["log", "treatment", "--kind", "tms", "--before", "6"], "Mood before"),
    (["log", "treatment", "--kind", "tms", "--after", "good"], "Mood after"),
    (["log", "treatment", "--kind", "tms", "--at", "yesterday"], "ISO-8601"),
    (["log", "treatment"], "--kind"),
])
def test_bad_input_exits_2_with_one_clear_line(tmp_path: Path, args: list[str],
                                               message: str) -> None:
    result = cli(tmp_path / "j", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_log_treatment_saves_and_shows_the_esketamine_note(tmp_path: Path) -> None:
    result = cli(tmp_path / "j", "log", "treatment", "--kind", "esketamine-nasal-spray",
                 "--at", "2026-03-02T10:00", "--clinic", "North", "--before", "2", "--after", "3",
                 "--note", "ok")
    assert result.returncode == 0, result.stderr
    assert "Saved: Esketamine nasal spray (Spravato) at 2026-03-02 10:00." in result.stdout
    assert "Do not drive until the next day, after a night's sleep" in result.stdout
    day = cli(tmp_path / "j", "day", "2026-03-02", "--json")
    assert '"kind": "esketamine-nasal-spray"' in day.stdout


@pytest.mark.parametrize("args, points", [
    ([], (612, 792)),  # LANG=C reads as en_US in Qt: Letter
    (["--paper", "letter"], (612, 792)), (["--paper", "a4"], (595, 842))])
def test_report_paper(journal: Path, tmp_path: Path, args: list[str],
                      points: tuple[int, int]) -> None:
    from pypdf import PdfReader

    out = tmp_path / "paper.pdf"
    result = cli(journal, "report", "--from", "2026-02-15", "--to", "2026-03-21", "-o", str(out),
                 *args)
    assert result.returncode == 0, result.stderr
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
