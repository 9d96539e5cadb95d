"""Daylio as people really export it: custom moods proposed and confirmed once, the
original label kept, re-import with a changed map, 2017–2018 exports and `.daylio` backups."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

import pytest
from io_helpers import count, rows

from wellness_app.domain.errors import UserError
from wellness_app.services.io import daylio, daylio_dates
from wellness_app.services.io.daylio_moods import level_from_words, propose
from wellness_app.services.io.service import ImportOptions, ImportService, detect_format

NEW = "full_date,date,weekday,time,mood,activities,note_title,note\n"
CUSTOM = NEW + (
    "2024-03-04,x,x,21:00,beyond anxious,,,\n"
    "2024-03-04,x,x,09:00,Medium [-],work,,\n"
    "2024-03-03,x,x,21:00,okay,,,\n"
    "2024-03-03,x,x,20:00,good,,,\n"
    "2024-03-02,x,x,21:00,content,,,\n"
    "2024-03-02,x,x,09:00,tired,,,\n"
    "2024-03-01,x,x,09:00,okay,,,\n"
)


def write(tmp_path: Path, text: str, name: str = "daylio_export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "level"), [
    ("rad", 5), ("Super", 5), ("great", 5), ("amazing", 5), ("sehr gut", 5), ("très bien", 5),
    ("good", 4), ("Happy!", 4), ("content", 4), ("gut", 4), ("bien", 4), ("Good [-]", 4),
    ("meh", 3), ("okay", 3), ("OK", 3), ("average", 3), ("Medium [-]", 3), ("so-so", 3),
    ("naja", 3), ("bof", 3), ("3", 3),
    ("bad", 2), ("sad", 2), ("tired", 2), ("anxious", 2), ("not good", 2), ("müde", 2),
    ("awful", 1), ("horrible", 1), ("beyond anxious", 1), ("very bad", 1), ("depressed", 1),
    ("schrecklich", 1), ("fatal", 1), ("not bad", 3),
])
def test_words_for_feelings_propose_a_level(name: str, level: int) -> None:
    assert level_from_words(name) == level


# Custom mood names found in real Daylio exports in public repositories (names only; the
# files were imported in full once while building this: 2,693 rows, all imported):
# github.com/zhafen/moody, vee-upatising/Mood-Forecasting, kayraucklnc/daylio_visualizer,
# DavidCDCB/Estados (Spanish), kplich/daylio-visualisation (Polish, 2017 format, whose
# owner's own map is 1 okropnie, 2 źle, 2.5 tak sobie, 4 dobrze, 5 wspaniale).
REAL_NAMES = {
    "Angry": 2, "anxious": 2, "beyond anxious": 1, "content": 4, "distracted": 3,
    "exhausted": 2, "frustrated": 2, "in pain": 2, "okay": 3, "tired": 2,
    "Anxious": 2, "Boring": 3, "Depressed": 1, "Optimistic": 4, "Cry": 1, "Sick": 2,
    "ansioso": 2, "como siempre": 3, "mal": 2, "Motivado": 4, "Pos bien": 4,
    "Sin animo": 2, "una mierda": 1,
    "dobrze": 4, "okropnie": 1, "tak sobie": 3, "wspaniale": 5, "źle": 2,
}


@pytest.mark.parametrize(("name", "level"), sorted(REAL_NAMES.items()))
def test_real_custom_names_from_public_exports(name: str, level: int) -> None:
    assert level_from_words(name) == level


def test_names_no_word_list_knows_take_the_level_of_their_days() -> None:
    entries = [("d1", "good"), ("d1", "blorp"), ("d2", "rad"), ("d2", "blorp"),
               ("d3", "zzz")]
    found = {p.name: (p.level, p.reason) for p in propose(
        ["blorp", "zzz"], entries, daylio.DEFAULT_MOODS)}  # type: ignore[arg-type]
    assert found == {"blorp": (5, "days"), "zzz": (3, "guess")}


def test_cli_style_error_lists_names_proposals_and_ready_flags(db, tmp_path: Path) -> None:
    with pytest.raises(daylio.UnknownMoods) as err:
        ImportService(db).run("daylio", write(tmp_path, CUSTOM))
    text = str(err.value)
    for part in ("'beyond anxious' → 1", "'Medium [-]' → 3", "'okay' → 3", "'content' → 4",
                 "'tired' → 2", "--accept-proposed-moods", "--mood-map 'okay=3'"):
        assert part in text
    assert "'good'" not in text
    assert count(db, "mood_entries") == 0


def test_one_confirmation_imports_keeps_labels_and_remembers_the_map(db, tmp_path: Path) -> None:
    path = write(tmp_path, CUSTOM)
    report = ImportService(db).run("daylio", path, ImportOptions(accept_proposed_moods=True))
    assert report.added["mood_entries"] == 7
    assert rows(db, "SELECT mood, mood_label FROM mood_entries ORDER BY at_utc") == [
        (3, "okay"), (2, "tired"), (4, "content"), (4, ""), (3, "okay"), (3, "Medium [-]"),
        (1, "beyond anxious")]
    assert any("okay = 3" in line for line in report.lines())
    # the next export from the same phone needs no confirmation at all
    again = write(tmp_path, NEW + "2024-03-05,x,x,09:00,tired,,,\n", "later.csv")
    assert ImportService(db).run("daylio", again).added["mood_entries"] == 1


def test_reimport_with_a_changed_map_updates_levels_and_adds_nothing(db, tmp_path: Path) -> None:
    path = write(tmp_path, CUSTOM)
    ImportService(db).run("daylio", path, ImportOptions(accept_proposed_moods=True))
    changed = ImportService(db).run("daylio", path, ImportOptions(
        mood_map=daylio.parse_mood_map(["okay=4", "Medium [-]=2"])))
    assert changed.added["mood_entries"] == 0
    assert changed.added["mood_levels_changed"] == 3
    assert changed.skipped["already imported"] == 4
    assert count(db, "mood_entries") == 7
    assert sorted(rows(db, "SELECT mood_label, mood FROM mood_entries WHERE mood_label "
                           "IN ('okay', 'Medium [-]')")) == [("Medium [-]", 2), ("okay", 4),
                                                             ("okay", 4)]


OLD = "year,date,weekday,time,mood,activities,note\n"


@pytest.mark.parametrize(("line", "day", "clock"), [
    ('2018,29 March,Thursday,11:54 pm,happy,"socialise | eat out",""', "2018-03-29", "23:54"),
    ('2018,March 28,Wednesday,10:21 PM,average,"tired | dreamt ",""', "2018-03-28", "22:21"),
    ('2017,"29. März",Donnerstag,23:54,gut,"Freunde | Essen",""', "2017-03-29", "23:54"),
    ('2018,29 de marzo,jueves,7:05,bien,"",""', "2018-03-29", "07:05"),
    ('2018,3 juil.,mardi,12:00 am,bof,"",""', "2018-07-03", "00:00"),
    ('2018,12 мая,суббота,21:30,хорошо,"",""', "2018-05-12", "21:30"),
])
def test_2017_2018_exports_in_any_language(db, tmp_path: Path, line: str, day: str,
                                           clock: str) -> None:
    path = write(tmp_path, OLD + line + "\n")
    assert detect_format(path) == "daylio"
    ImportService(db).run("daylio", path, ImportOptions(accept_proposed_moods=True))
    (stored,) = rows(db, "SELECT local_date, mood_label FROM mood_entries")
    assert stored[0] == day
    entry = daylio.parse(OLD + line + "\n", accept_proposed=True).moods[0]
    assert entry.moment.local.strftime("%H:%M") == clock


def test_old_activities_become_tags(tmp_path: Path) -> None:
    plan = daylio.parse(OLD + '2018,29 March,Thursday,11:54 pm,good,"socialise | eat out",""\n')
    assert plan.moods[0].tags == ("socialise", "eat out")


def test_an_old_date_that_is_not_one_names_its_line() -> None:
    with pytest.raises(UserError, match="Line 2"):
        daylio.parse(OLD + "2018,Thursday,Thursday,10:00,good,,\n")
    assert daylio_dates.month_of("ju") is None


def backup(tmp_path: Path, data: dict, name: str = "backup_2024.daylio") -> Path:  # type: ignore[type-arg]
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        encoded = base64.b64encode(json.dumps(data).encode("utf-8"))
        archive.writestr("backup.daylio", encoded[:60] + b"\n" + encoded[60:])
        archive.writestr("assets/photos/2024/3/abc", b"\x89PNG")
    return path


BACKUP = {
    "version": 15,
    "customMoods": [
        {"id": 1, "custom_name": "", "mood_group_id": 1, "predefined_name_id": 1},
        {"id": 2, "custom_name": "", "mood_group_id": 2, "predefined_name_id": 2},
        {"id": 7, "custom_name": "Medium [-]", "mood_group_id": 3, "predefined_name_id": -1},
        {"id": 9, "custom_name": "beyond anxious", "mood_group_id": 5, "predefined_name_id": -1},
    ],
    "tags": [{"id": 3, "name": "walk"}, {"id": 4, "name": "tea"}],
    "dayEntries": [
        {"id": 2, "minute": 15, "hour": 21, "day": 3, "month": 2, "year": 2024,
         "datetime": 1709496900000, "timeZoneOffset": 3600000, "mood": 9, "tags": [3, 4],
         "note": "long day<br>better now", "note_title": ""},
        {"id": 1, "minute": 0, "hour": 8, "day": 2, "month": 2, "year": 2024,
         "datetime": 1709362800000, "timeZoneOffset": 3600000, "mood": 7, "tags": [],
         "note": "", "note_title": ""},
        {"id": 3, "minute": 0, "hour": 9, "day": 1, "month": 2, "year": 2024,
         "datetime": 1709280000000, "timeZoneOffset": 3600000, "mood": 1, "tags": [4],
         "note": "", "note_title": ""},
        {"id": 4, "day": 1, "mood": 404},
    ],
}


def test_daylio_backup_file_imports_with_exact_levels(db, tmp_path: Path) -> None:
    path = backup(tmp_path, BACKUP)
    assert detect_format(path) == "daylio"
    report = ImportService(db).run("daylio", path)
    assert report.added["mood_entries"] == 3
    assert report.skipped["entries with a missing or malformed date or mood"] == 1
    assert rows(db, "SELECT local_date, mood, mood_label, note FROM mood_entries "
                    "ORDER BY at_utc") == [
        ("2024-03-01", 5, "", ""), ("2024-03-02", 3, "Medium [-]", ""),
        ("2024-03-03", 1, "beyond anxious", "long day\nbetter now")]
    assert ImportService(db).run("daylio", path).total_added == 0


def test_backup_and_csv_of_the_same_entries_do_not_double_up(db, tmp_path: Path) -> None:
    ImportService(db).run("daylio", backup(tmp_path, BACKUP))
    csv_text = NEW + "2024-03-02,March 2,Saturday,8:00 am,Medium [-],,,\n"
    ImportService(db).run("daylio", write(tmp_path, csv_text),
                          ImportOptions(mood_map={"medium [-]": 3}))
    assert count(db, "mood_entries") == 3


@pytest.mark.parametrize(("content", "message"), [
    (b"PK\x03\x04\x14\x00\x00\x00cut short", "damaged or incomplete"),
    (b"", "is empty"),
])
def test_damaged_backup_or_empty_file_says_so(db, tmp_path: Path, content: bytes,
                                              message: str) -> None:
    path = tmp_path / "backup.daylio"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        ImportService(db).run("daylio", path)


def test_a_truncated_real_zip_is_damaged_not_foreign(db, tmp_path: Path) -> None:
    whole = backup(tmp_path, BACKUP).read_bytes()
    cut = tmp_path / "cut.daylio"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UserError, match="damaged or incomplete"):
        ImportService(db).run("daylio", cut)
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(UserError, match="not a Daylio backup"):
        ImportService(db).run("daylio", tmp_path / "other.zip")
