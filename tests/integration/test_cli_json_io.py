"""JSON export and import through the CLI: round trip, idempotence, atomicity, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wellness_app.services import open_database
from wellness_app.services.moods import MoodService
from wellness_app.storage.repositories import bulk


def _journal_with_everything(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--years", "0.6", "--seed", "3").code == 0
    assert cli("log", "mood", "2", "--tags", "Rain,walk", "--note", 'He said "ok" 🙂\nnew line',
               "--at", "2026-01-05T23:30-05:00").code == 0
    db = open_database(cli.db_path)
    try:
        MoodService(db).rename_label(5, "rad")
        with db.transaction() as session:
            bulk.insert_rows(session, "safety_plan_items", [
                {"section": "warning_signs", "position": 0, "text": "Not answering messages"}])
            bulk.insert_rows(session, "safety_contacts", [
                {"name": "Sam", "phone": "+44 7700 900123", "role": "person", "note": "",
                 "position": 0}])
            bulk.insert_rows(session, "user_crisis_lines", [
                {"country": "GB", "label": "Samaritans", "contact": "116 123", "note": "",
                 "hidden": False, "position": 0}])
    finally:
        db.close()


def test_export_import_export_is_byte_identical(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _journal_with_everything(cli)
    first = tmp_path / "first.json"
    assert cli("export", "json", "-o", str(first)).code == 0
    assert cli("export", "json").out == first.read_text(encoding="utf-8")
    document = json.loads(first.read_text(encoding="utf-8"))
    assert list(document)[:3] == ["format", "schema_version", "app_version"]
    assert document["format"] == "wellness_app-export" and document["schema_version"] == 1
    data = document["data"]
    assert list(data) == [
        "tags", "activity_kinds", "selfcare_items", "mood_entries", "light_sessions",
        "activity_sessions", "daily_metrics", "selfcare_logs", "medications", "assessments",
        "treatment_sessions", "safety_plan_items", "safety_contacts", "user_crisis_lines",
        "preferences"]
    assert all(data.values())  # every table has records, so every kind round-trips
    mine = next(e for e in data["mood_entries"] if e["note"].startswith("He said"))
    assert mine["at"] == "2026-01-05T23:30:00-05:00" and mine["local_date"] == "2026-01-05"
    assert mine["tags"] == ["Rain", "walk"] and "id" not in mine

    other = tmp_path / "other"
    imported = cli("import", "json", str(first), data_dir=other)
    assert imported.code == 0, imported.err
    assert imported.out.startswith(f"Imported {sum(len(v) for v in data.values()):,} records")
    second = tmp_path / "second.json"
    assert cli("export", "json", "-o", str(second), data_dir=other).code == 0
    assert second.read_bytes() == first.read_bytes()
    assert list((other / "backups").glob("pre-import-*.db"))


def test_importing_twice_adds_nothing(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _journal_with_everything(cli)
    export = tmp_path / "e.json"
    cli("export", "json", "-o", str(export))
    # into the journal it came from: everything is already there
    again = cli("import", "json", str(export))
    assert again.code == 0
    assert again.out.startswith("Imported 0 records")
    assert "skipped because already in the journal" in again.out
    assert cli("export", "json").out == export.read_text(encoding="utf-8")


def test_hand_written_file_imports_once(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hand.json"
    path.write_text(json.dumps({"format": "wellness_app-export", "schema_version": 1, "data": {
        "mood_entries": [{"at": "2026-02-01T09:00+01:00", "mood": 4, "tags": ["tea"]},
                         {"at": "2026-02-01T09:00+01:00", "mood": 4, "tags": ["tea"]}],
        "light_sessions": [{"at": "2026-02-01T07:30+01:00", "kind": "lamp", "minutes": 30,
                            "lux": 10000}],
    }}), encoding="utf-8")
    first = cli("import", "json", str(path))
    assert first.code == 0, first.err
    assert first.out.startswith("Imported 2 records from hand.json, skipped 1.")
    assert "duplicate within the file: 1" in first.out
    assert cli("import", "json", str(path)).out.startswith("Imported 0 records")
    summary = json.loads(cli("day", "2026-02-01", "--json").out)
    assert summary["mood"]["entries"] == 1 and summary["tags"] == ["tea"]
    entry = json.loads(cli("export", "json").out)["data"]["mood_entries"][0]
    assert entry["source"] == "json" and entry["created_at"] == "2026-02-01T08:00:00+00:00"


def _bad_file(tmp_path: Path, index: int, change: dict) -> Path:  # type: ignore[type-arg]
    entries = [{"at": f"2026-02-{day:02d}T09:00+01:00", "mood": 3} for day in range(1, 21)]
    entries[index].update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "wellness_app-export", "schema_version": 1,
                                "data": {"tags": [{"name": "fresh"}],
                                         "mood_entries": entries}}), encoding="utf-8")
    return path


@pytest.mark.parametrize(("change", "message"), [
    ({"mood": 9}, "mood_entries[12].mood: must be a whole number from 1 to 5, not 9"),
    ({"mood": "4"}, "mood_entries[12].mood: must be a whole number, not '4'"),
    ({"at": "someday"}, "mood_entries[12].at: must be an ISO-8601 time, not 'someday'"),
    ({"at": "2026-02-13T09:00"}, "mood_entries[12].at: needs its UTC offset"),
    ({"at": "2999-01-01T09:00+00:00"}, "mood_entries[12].at: 2999-01-01T09:00+00:00 is more"),
    ({"note": "x" * 10_001}, "mood_entries[12].note: is 10,001 characters; the limit is 10,000"),
    ({"feeling": "ok"}, "mood_entries[12].feeling: unknown field"),
    ({"tags": "walk"}, "mood_entries[12].tags: must be a list of tag names"),
    ({"source": "fitbit"}, "mood_entries[12].source: must be one of"),
])
def test_a_bad_record_in_the_middle_changes_nothing(cli, tmp_path, change, message) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "4", "--at", "2026-01-01T09:00").code == 0
    before = cli("export", "json").out
    result = cli("import", "json", str(_bad_file(tmp_path, 12, change)))
    assert result.code == 2
    assert result.err.startswith(f"wellness-app: error: bad.json: {message}")
    assert result.err.strip().endswith("Nothing was imported.")
    assert len(result.err.strip().splitlines()) == 1
    assert cli("export", "json").out == before
    assert not list((cli.data_dir / "backups").glob("pre-import-*"))


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "bad.json is not valid JSON (line 1, column 2"),
    ("[]", 'This is not a wellness_app export'),
    ('{"format": "wellness_app-export", "schema_version": 7, "data": {}}',
     "schema version 7, written by a newer version"),
    ('{"format": "wellness_app-export", "schema_version": 1, "data": {"moods": []}}',
     "data.moods: unknown table"),
    ('{"format": "wellness_app-export", "schema_version": 1, "data": {"activity_sessions": '
     '[{"at": "2026-01-01T10:00+00:00", "kind": "skiing", "minutes": 60}]}}',
     "activity_sessions[0].kind: no activity_kinds row called 'skiing'"),
])
def test_bad_files_are_refused(cli, tmp_path, content, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = cli("import", "json", str(path))
    assert result.code == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1


def test_missing_file_and_folder(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = cli("import", "json", str(tmp_path / "nope.json"))
    assert missing.code == 2 and "Cannot read" in missing.err and "No such file" in missing.err
    folder = cli("import", "json", str(tmp_path))
    assert folder.code == 2 and "is a folder, not an export file" in folder.err


def test_export_to_a_missing_folder_fails_cleanly(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("log", "mood", "3")
    result = cli("export", "json", "-o", str(tmp_path / "no" / "such" / "e.json"))
    assert result.code == 2 and "Cannot write to" in result.err
    assert not (tmp_path / "no").exists()


def test_a_failure_while_writing_rolls_everything_back(cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _journal_with_everything(cli)
    export = tmp_path / "e.json"
    cli("export", "json", "-o", str(export))
    from wellness_app.domain.errors import UserError
    from wellness_app.storage.repositories import journal_dump

    real = journal_dump.insert_records

    def fail_half_way(session, table_name, records, **kw):  # type: ignore[no-untyped-def]
        if table_name == "light_sessions":
            raise UserError("disk trouble (simulated)")
        return real(session, table_name, records, **kw)

    monkeypatch.setattr(journal_dump, "insert_records", fail_half_way)
    other = tmp_path / "other"
    assert cli("log", "mood", "3", "--at", "2026-01-01T10:00", data_dir=other).code == 0
    before = cli("export", "json", data_dir=other).out
    result = cli("import", "json", str(export), data_dir=other)
    assert result.code == 2 and "disk trouble (simulated)" in result.err
    assert cli("export", "json", data_dir=other).out == before  # tags, entries: rolled back
