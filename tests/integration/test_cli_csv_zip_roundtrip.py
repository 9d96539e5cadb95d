"""The app reads its own CSV export: export, import into a new journal, export again gives
the same CSV files, with energy, anxiety, sleep, tags, medications, treatments,
questionnaires, the safety plan and the person's crisis lines."""

from __future__ import annotations

import zipfile
from pathlib import Path

from wellness_app.cli import main


def cli(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in sorted(archive.namelist())}


def test_export_import_export_gives_identical_csvs(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first", tmp_path / "second"
    assert cli(first, "demo", "--years", "0.3") == 0
    assert cli(first, "log", "mood", "2", "--energy", "1", "--anxiety", "5", "--sleep", "4.5",
               "--tags", "tea,oat milk", "--note", 'comma, "quote"\nnew line') == 0
    assert cli(first, "log", "treatment", "--kind", "tms", "--clinic", "Clinic, Town",
               "--before", "2", "--after", "3") == 0
    _plan_and_lines(first)
    before = tmp_path / "before.zip"
    assert cli(first, "export", "csv", "-o", str(before)) == 0
    exported = files(before)
    for name in ("mood_entries.csv", "medications.csv", "treatment_sessions.csv",
                 "assessments.csv", "safety_plan_items.csv", "user_crisis_lines.csv",
                 "activity_sessions.csv", "selfcare_logs.csv"):
        assert exported[name].count(b"\n") > 1, f"{name} has no rows to round-trip"
    capsys.readouterr()
    assert cli(second, "import", "csv-zip", str(before)) == 0
    assert "Imported" in capsys.readouterr().out
    after = tmp_path / "after.zip"
    assert cli(second, "export", "csv", "-o", str(after)) == 0
    again = files(after)
    assert again.keys() == exported.keys()
    for name in exported:
        assert again[name] == exported[name], name
    # a second import adds nothing
    capsys.readouterr()
    assert cli(second, "import", "csv-zip", str(before)) == 0
    assert "Imported 0 records" in capsys.readouterr().out


def _plan_and_lines(data: Path) -> None:
    """The safety plan and a crisis line of the person's own (no CLI writes these)."""
    from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
    from wellness_app.services import open_database
    from wellness_app.services.crisis_lines import CrisisLineService
    from wellness_app.services.safety_plan import SafetyPlanService

    db = open_database(data / "wellness.db")
    try:
        SafetyPlanService(db).save(SafetyPlan(
            items={"warning_signs": ("not sleeping", "skipping meals"),
                   "coping": ("walk, then tea",)},
            contacts=(SafetyContact("Sam", "+49 30 1234567", "person", "evenings"),)))
        CrisisLineService(db).add("DE", "My therapist's line", "+49 30 7654321", "weekdays")
    finally:
        db.close()
