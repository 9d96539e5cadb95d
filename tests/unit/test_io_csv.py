"""Generic CSV import with a column mapping, and the CSV export zip."""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from io_helpers import count, rows

from wellness_app.domain.errors import UserError
from wellness_app.domain.moods import JournalQuery
from wellness_app.services.io import csv_generic
from wellness_app.services.io.csv_export import CsvExportService
from wellness_app.services.io.service import ImportOptions, ImportService, detect_format
from wellness_app.services.moods import MoodService

TEXT = ("Day;Clock;Feeling;Diary;Labels;Walked;Slept;Sun\n"
        "2024-02-01;08:30;4;slept ok, \"fine\";work|friends;5400;7,5;20\n"
        "2024-02-02;;2;;;;6;\n")
MAP = ["Day=date", "Clock=time", "Feeling=mood", "Diary=note", "Labels=tags",
       "Walked=steps", "Slept=sleep_hours", "Sun=daylight_minutes"]


def run(db, tmp_path: Path, text: str, mapping: list[str]):  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    options = ImportOptions(column_map=csv_generic.parse_column_map(mapping))
    return ImportService(db).run("csv", path, options)


def test_mapped_columns_land_in_the_right_places(db, tmp_path: Path) -> None:
    assert detect_format(tmp_path / "x.csv") is None  # missing file: cannot sniff
    report = run(db, tmp_path, TEXT, MAP)
    assert report.added["mood_entries"] == 2
    assert rows(db, "SELECT mood, note FROM mood_entries ORDER BY at_utc") == [
        (4, 'slept ok, "fine"'), (2, "")]
    assert sorted(rows(db, "SELECT local_date, metric, value FROM daily_metrics")) == [
        ("2024-02-01", "sleep_hours", 7.5), ("2024-02-01", "steps", 5400.0),
        ("2024-02-02", "sleep_hours", 6.0)]
    assert rows(db, "SELECT minutes FROM light_sessions") == [(20.0,)]
    assert run(db, tmp_path, TEXT, MAP).total_added == 0  # idempotent


def test_preview_shows_header_and_first_rows() -> None:
    header, first = csv_generic.preview(TEXT, rows=1)
    assert header[:3] == ["Day", "Clock", "Feeling"]
    assert first == [["2024-02-01", "08:30", "4", 'slept ok, "fine"', "work|friends", "5400",
                      "7,5", "20"]]


def test_bad_row_in_the_middle_changes_nothing(db, tmp_path: Path) -> None:
    text = "Day,Feeling\n2024-01-01,3\n2024-01-02,7\n2024-01-03,4\n"
    with pytest.raises(UserError, match=r"Line 3: mood must be 1–5"):
        run(db, tmp_path, text, ["Day=date", "Feeling=mood"])
    assert count(db, "mood_entries") == 0


def test_mapping_errors_are_specific(db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="'Nope'"):
        run(db, tmp_path, "Day,Feeling\n2024-01-01,3\n", ["Nope=date"])
    with pytest.raises(UserError, match="not a field"):
        csv_generic.parse_column_map(["Day=birthday"])
    with pytest.raises(UserError, match="'date' or 'datetime'"):
        run(db, tmp_path, "Day,Feeling\n2024-01-01,3\n", ["Feeling=mood"])


def test_csv_export_is_a_zip_of_bom_csvs_with_iso_dates(db, tmp_path: Path) -> None:
    MoodService(db).log(4, tags=["tea", "walk"], note="hello, world")
    dest = tmp_path / "out.zip"
    counts = CsvExportService(db).export(dest)
    assert counts["mood_entries"] == 1
    with zipfile.ZipFile(dest) as archive:
        names = set(archive.namelist())
        raw = archive.read("mood_entries.csv")
    assert {"mood_entries.csv", "tags.csv", "light_sessions.csv", "daily_metrics.csv"} <= names
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0]["note"] == "hello, world"
    assert sorted(table[0]["tags"].split("|")) == ["tea", "walk"]
    assert table[0]["at_utc"].endswith("Z") and "T" in table[0]["local_time"]
    with pytest.raises(UserError, match="zip"):
        CsvExportService(db).export(tmp_path / "out.csv")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_random_csv_only_raises_user_error(text: str) -> None:
    with contextlib.suppress(UserError):
        csv_generic.parse("Day,Feeling,Steps\n" + text,
                          {"Day": "date", "Feeling": "mood", "Steps": "steps"})


def test_day_summary_prefers_the_measured_sleep(db, tmp_path: Path) -> None:
    from datetime import date

    from wellness_app.services.day_summary import DaySummaryService

    MoodService(db).log(3, sleep_hours=5.0)
    today = MoodService(db).search(JournalQuery())[0].local_date
    run(db, tmp_path, f"Day,Slept\n{today.isoformat()},7.25\n", ["Day=date", "Slept=sleep_hours"])
    summary = DaySummaryService(db).summary(today).to_json_dict()
    assert summary["sleep_hours"] == 7.25
    assert DaySummaryService(db).summary(date(2001, 1, 1)).to_json_dict()["sleep_hours"] is None


@pytest.mark.parametrize(("cells", "message"), [
    ("x" * 10_001 + ",", r"Line 3: the note is 10,001 characters; the limit is 10,000"),
    ("ok," + "t" * 81, r"Line 3: a tag is 81 characters; the limit is 80"),
])
def test_rows_break_the_same_rules_as_a_check_in(db, tmp_path: Path, cells: str,
                                                 message: str) -> None:
    text = f"Day,Feeling,Diary,Labels\n2024-01-01,3,,\n2024-01-02,4,{cells}\n"
    with pytest.raises(UserError, match=message):
        run(db, tmp_path, text, ["Day=date", "Feeling=mood", "Diary=note", "Labels=tags"])
    assert count(db, "mood_entries") == 0
