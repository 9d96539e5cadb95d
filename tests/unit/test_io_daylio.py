"""Daylio CSV import, as the app really writes it."""

from __future__ import annotations

import contextlib
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from io_helpers import count, rows

from wellness_app.domain.errors import UserError
from wellness_app.services.io import daylio
from wellness_app.services.io.service import ImportOptions, ImportService, detect_format

NEW = "full_date,date,weekday,time,mood,activities,note_title,note\n"
OLD = "full_date,date,weekday,time,mood,activities,note\n"
SAMPLE = NEW + (
    '2024-03-03,March 3,Sunday,9:15 pm,rad ,friends | walk |  reading ,"A good day",'
    '"Line one<br>she said ""hi"", then left 🙂\nsecond line<ul><li>tea</li><li>sun</li></ul>'
    '&amp; more"\n'
    "2024-03-02,March 2,Saturday,12:00 am,meh,,,\n"
    "2024-03-01,March 1,Friday,23:40,awful,work,,plain note\n"
)


def write(tmp_path: Path, text: str, name: str = "daylio_export.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_new_header_with_bom_and_every_quirk(db, tmp_path: Path) -> None:
    path = write(tmp_path, SAMPLE, bom=True)
    assert detect_format(path) == "daylio"
    report = ImportService(db).run("daylio", path)
    assert report.added["mood_entries"] == 3
    got = rows(db, "SELECT local_date, mood, note_title, note FROM mood_entries ORDER BY id")
    # newest first in the file, stored oldest first
    assert [r[0] for r in got] == ["2024-03-01", "2024-03-02", "2024-03-03"]
    assert [r[1] for r in got] == [1, 3, 5]
    assert got[2][2] == "A good day"
    assert got[2][3] == ('Line one\nshe said "hi", then left 🙂\nsecond line\n- tea\n- sun\n'
                         "& more")
    tags = {r[0] for r in rows(db, "SELECT name FROM tags")}
    assert {"friends", "walk", "reading", "work"} <= tags


def test_times_twelve_hour_and_midnight_in_local_zone(tmp_path: Path) -> None:
    plan = daylio.parse(SAMPLE)
    by_day = {m.moment.local_date: m.moment.local for m in plan.moods}
    assert by_day[date(2024, 3, 2)].time() == time(0, 0)  # 12:00 am is midnight
    assert by_day[date(2024, 3, 3)].time() == time(21, 15)
    assert by_day[date(2024, 3, 1)].time() == time(23, 40)
    assert daylio._time("12:30 pm", 1) == time(12, 30)
    assert daylio._time("12:05 AM", 1) == time(0, 5)


def test_old_seven_column_header(db, tmp_path: Path) -> None:
    path = write(tmp_path, OLD + "2023-12-31,December 31,Sunday,10:00,good,family,hello\n")
    ImportService(db).run("daylio", path)
    assert rows(db, "SELECT mood, note, note_title FROM mood_entries") == [(4, "hello", "")]


def test_unknown_mood_names_are_all_listed_and_nothing_imported(db, tmp_path: Path) -> None:
    text = NEW + ("2024-01-02,x,x,10:00,super happy,,,\n2024-01-01,x,x,10:00,good,,,\n"
                  "2023-12-31,x,x,10:00,Grumpy ,,,\n")
    path = write(tmp_path, text)
    with pytest.raises(UserError) as err:
        ImportService(db).run("daylio", path)
    assert "'super happy'" in str(err.value) and "'Grumpy'" in str(err.value)
    assert "good" not in str(err.value).split("--mood-map")[0]
    assert count(db, "mood_entries") == 0
    mapping = daylio.parse_mood_map(["super happy=5", "grumpy=2"])
    ImportService(db).run("daylio", path, ImportOptions(mood_map=mapping))
    assert sorted(r[0] for r in rows(db, "SELECT mood FROM mood_entries")) == [2, 4, 5]


def test_bad_mood_map_item_is_a_clear_error() -> None:
    with pytest.raises(UserError, match="NAME=LEVEL"):
        daylio.parse_mood_map(["super"])
    with pytest.raises(UserError, match="1 to 5"):
        daylio.parse_mood_map(["super=9"])


def test_second_import_adds_nothing_and_backup_is_taken(db, tmp_path: Path) -> None:
    path = write(tmp_path, SAMPLE)
    ImportService(db).run("daylio", path)
    again = ImportService(db).run("daylio", path)
    assert again.total_added == 0
    assert again.skipped["already imported"] == 3
    assert count(db, "mood_entries") == 3
    assert count(db, "import_batches") == 2
    assert len(list(db.backups_dir.glob("pre-import-*.db"))) == 2


def test_bad_row_in_the_middle_leaves_journal_unchanged(db, tmp_path: Path) -> None:
    text = NEW + ("2024-01-03,x,x,10:00,good,,,\n2024-01-02,x,x,25:99,good,,,\n"
                  "2024-01-01,x,x,10:00,good,,,\n")
    with pytest.raises(UserError, match="Line 3"):
        ImportService(db).run("daylio", write(tmp_path, text))
    assert count(db, "mood_entries") == 0


def test_failure_while_writing_rolls_everything_back(db, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from wellness_app.storage.repositories import imports

    def boom(*args: object, **kwargs: object) -> tuple[int, int]:
        raise UserError("disk full")

    monkeypatch.setattr(imports, "upsert_metrics", boom)
    with pytest.raises(UserError, match="disk full"):
        ImportService(db).run("daylio", write(tmp_path, SAMPLE))
    assert count(db, "mood_entries") == 0
    assert count(db, "import_batches") == 0


def test_not_a_daylio_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="plain CSV, not a Daylio export"):
        daylio.parse("date,mood\n2024-01-01,3\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text_only_raises_user_error(text: str) -> None:
    with contextlib.suppress(UserError):
        daylio.parse(NEW + text)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(SAMPLE)))
def test_truncated_file_only_raises_user_error(cut: int) -> None:
    with contextlib.suppress(UserError):
        daylio.parse(SAMPLE[:cut])
