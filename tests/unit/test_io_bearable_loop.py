"""Bearable and Loop Habit Tracker exports, on small files with each quirk."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from io_helpers import count, rows

from wellness_app.domain.errors import UserError
from wellness_app.services.io import bearable, loop_habits
from wellness_app.services.io.service import ImportService, detect_format

BEARABLE = (
    "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"
    "22nd Sep 2020,2020-09-22,Tuesday,am,Mood,7,,slept badly\n"
    "22nd Sep 2020,2020-09-22,Tuesday,pm,Mood,3,,\n"
    "22nd Sep 2020,2020-09-22,Tuesday,pm,Symptom,2,Headache (Moderate),\n"
    "22nd Sep 2020,2020-09-22,Tuesday,pm,Energy,2,,\n"
    "22nd Sep 2020,2020-09-22,Tuesday,all day,Factors,,Exercise | Socialising,\n"
    "22nd Sep 2020,2020-09-22,Tuesday,all day,Sleep,7:30,Asleep 23:30 - 07:00,\n"
    "22nd Sep 2020,2020-09-22,Tuesday,all day,Nutrition,,Meals: toast,\n"
    "1st Oct 2020,2020-10-01,Thursday,mid,Mood,10,,\n"
    "3rd Oct 2020,2020-10-03,Saturday,am,Symptom,1,Fatigue (Mild),\n"
)


def write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bearable_rows_become_check_ins_with_energy_tags_and_sleep(db, tmp_path: Path) -> None:
    path = write(tmp_path, BEARABLE, "Bearable App - Data Export.csv")
    assert detect_format(path) == "bearable"
    report = ImportService(db).run("bearable", path)
    assert report.added["mood_entries"] == 3
    got = rows(db, "SELECT local_date, mood, mood_label, energy, note FROM mood_entries "
                   "ORDER BY at_utc")
    assert got == [("2020-09-22", 4, "7/10", None, "slept badly"),
                   ("2020-09-22", 2, "3/10", 2, ""), ("2020-10-01", 5, "10/10", None, "")]
    pm_tags = rows(db, "SELECT t.name FROM tags t JOIN mood_entry_tags l ON l.tag_id = t.id "
                       "JOIN mood_entries e ON e.id = l.entry_id WHERE e.mood = 2 ORDER BY 1")
    assert pm_tags == [("Headache",)]
    am_tags = rows(db, "SELECT t.name FROM tags t JOIN mood_entry_tags l ON l.tag_id = t.id "
                       "JOIN mood_entries e ON e.id = l.entry_id WHERE e.mood = 4 ORDER BY 1")
    assert am_tags == [("Exercise",), ("Socialising",)]  # "all day": the day's first
    assert rows(db, "SELECT local_date, value FROM daily_metrics WHERE metric='sleep_hours'") \
        == [("2020-09-22", 7.5)]
    assert report.skipped["readings of a kind this app does not track"] == 1
    assert report.skipped["energy, symptoms or factors on a day without a mood rating"] == 1
    assert ImportService(db).run("bearable", path).total_added == 0


@pytest.mark.parametrize(("line", "message"), [
    ("Tuesday,x,Tuesday,am,Mood,7,,", "not a date like 22nd Sep 2020"),
    ("22nd Sep 2020,2020-09-22,Tuesday,am,Mood,11,,", "rated 1–10"),
    ("22nd Sep 2020,2020-09-22,Tuesday,am,Sleep,30:00,,", "not hours"),
])
def test_bearable_bad_rows_name_their_line(line: str, message: str) -> None:
    with pytest.raises(UserError, match=f"Line 2: .*{message}"):
        bearable.parse(BEARABLE.splitlines()[0] + "\n" + line + "\n")


CHECKMARKS = ("Date,Meditate,Walk,Water (l),\n"
              "09-23-20,2,1,2500,\n"
              "09-22-20,0,2,0,\n"
              "09-21-20,-1,YES_MANUAL,1750,\n")


def test_loop_checkmarks_become_self_care_logs(db, tmp_path: Path) -> None:
    path = write(tmp_path, CHECKMARKS, "Checkmarks.csv")
    assert detect_format(path) == "loop"
    report = ImportService(db).run("loop", path)
    assert report.added["selfcare_logs"] == 5
    got = rows(db, "SELECT l.local_date, i.name, l.note FROM selfcare_logs l JOIN "
                   "selfcare_items i ON i.id = l.item_id ORDER BY 1, 2")
    assert got == [("2020-09-21", "Walk", ""), ("2020-09-21", "Water (l)", "1.75"),
                   ("2020-09-22", "Walk", ""), ("2020-09-23", "Meditate", ""),
                   ("2020-09-23", "Water (l)", "2.5")]
    assert ImportService(db).run("loop", path).total_added == 0


def test_loop_export_zip_with_habits_csv(db, tmp_path: Path) -> None:
    path = tmp_path / "Loop Habits CSV 2024-03-01.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Habits.csv", "Position,Name,Type,Question,Description\n"
                                       "001,Pages read,1,How many?,\n002,Stretch,0,,\n")
        archive.writestr("Checkmarks.csv", "Date,Pages read,Stretch,\n"
                                           "2024-02-29,2000,2,\n2024-02-28,3,0,\n")
        archive.writestr("001 Pages read/Checkmarks.csv", "Date,Value\n")
    assert detect_format(path) == "loop"
    ImportService(db).run("loop", path)
    assert rows(db, "SELECT l.local_date, i.name, l.note FROM selfcare_logs l JOIN "
                    "selfcare_items i ON i.id = l.item_id ORDER BY 1, 2") == [
        ("2024-02-28", "Pages read", "0.003"), ("2024-02-29", "Pages read", "2"),
        ("2024-02-29", "Stretch", "")]


def test_loop_bad_cells_and_files_are_refused(db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Line 2: 'maybe' under Walk"):
        loop_habits.parse("Date,Walk,\n2024-01-01,maybe,\n")
    with pytest.raises(UserError, match="not a Loop Habit Tracker"):
        loop_habits.parse("Day,Walk\n2024-01-01,2\n")
    cut = tmp_path / "loop.zip"
    cut.write_bytes(b"PK\x03\x04truncated")
    with pytest.raises(UserError, match="damaged or incomplete"):
        ImportService(db).run("loop", cut)
    assert count(db, "selfcare_logs") == 0
