"""The generic CSV import never corrupts: exact numbers, stated or unmistakable dates,
mood scales, the long layout, and the encodings spreadsheets save in."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from io_helpers import count, rows

from wellness_app.domain.errors import UserError
from wellness_app.services.io import csv_values
from wellness_app.services.io.csv_generic import parse_column_map
from wellness_app.services.io.service import ImportOptions, ImportService


def run(db, tmp_path: Path, data: str | bytes, mapping: list[str], **settings: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.csv"
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    options = ImportOptions(column_map=parse_column_map(mapping), **settings)
    return ImportService(db).run("csv", path, options)


STEPS = ["Day=date", "Steps=steps"]


@pytest.mark.parametrize(("text", "decimal", "thousands", "expected"), [
    ("5400", "", "", 5400), ("1,234.5", "", "", 1234.5), ("1.234.567", "", "", 1234567),
    ("1 234", "", "", 1234), ("12,345", ".", ",", 12345), ("12.345", ",", ".", 12345),
    ("12 345", ",", " ", 12345), ("12'345", ".", "'", 12345), ("7,5", ",", "", 7.5),
    ("0.125", "", "", 0.125), ("-3,5", ",", ".", -3.5),
])
def test_numbers_are_read_exactly(text: str, decimal: str, thousands: str,
                                  expected: float) -> None:
    assert csv_values.NumberFormat(decimal, thousands).parse(text) == expected


@pytest.mark.parametrize(("text", "decimal", "thousands"), [
    ("12,345", "", ""), ("1.234", "", ""), ("12,345", ".", ""), ("1.234", ",", ""),
    ("1,23,456", ".", ","), ("12.34.5", ",", "."), ("abc", "", ""), ("1e3", "", ""),
    ("1,2,3", "", ""), ("١٢", "", ""), ("12.345,6", ".", ","),
])
def test_numbers_that_could_be_misread_are_refused(text: str, decimal: str,
                                                   thousands: str) -> None:
    with pytest.raises(ValueError):
        csv_values.NumberFormat(decimal, thousands).parse(text)


def test_ambiguous_steps_are_refused_naming_the_line_and_nothing_is_written(
        db, tmp_path: Path) -> None:
    for text in ('Day,Steps\n2026-01-01,800\n2026-01-02,"12,345"\n',
                 "Day,Steps\n2026-01-01,800\n2026-01-02,1.234\n"):
        with pytest.raises(UserError, match=r"Line 3: steps .* not an exact number"):
            run(db, tmp_path, text, STEPS)
    assert count(db, "daily_metrics") == 0


def test_stated_separators_keep_every_digit(db, tmp_path: Path) -> None:
    run(db, tmp_path, 'Day,Steps\n2026-01-02,"12,345"\n', STEPS, decimal=".", thousands=",")
    run(db, tmp_path, "Day;Steps;Sleep\n2026-01-03;1.234;7,5\n", [*STEPS, "Sleep=sleep_hours"],
        decimal=",", thousands=".")
    assert sorted(rows(db, "SELECT local_date, metric, value FROM daily_metrics")) == [
        ("2026-01-02", "steps", 12345.0), ("2026-01-03", "sleep_hours", 7.5),
        ("2026-01-03", "steps", 1234.0)]


def test_fractional_steps_are_refused(db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Line 2: steps '1\.5' is not a whole number"):
        run(db, tmp_path, "Day,Steps\n2026-01-01,1.5\n", STEPS)


@pytest.mark.parametrize(("dates", "expected"), [
    (["11/24/2026", "01/02/2026"], ["2026-11-24", "2026-01-02"]),
    (["24.11.2026"], ["2026-11-24"]), (["24/11/2026", "02/01/2026"], ["2026-11-24", "2026-01-02"]),
    (["2026-11-24"], ["2026-11-24"]), (["11-24-26"], ["2026-11-24"]),
    (["24 Nov 2026"], ["2026-11-24"]), (["20261124"], ["2026-11-24"]),
])
def test_the_one_date_format_the_file_allows_is_used(db, tmp_path: Path, dates: list[str],
                                                     expected: list[str]) -> None:
    body = "".join(f"{d},{n + 1}\n" for n, d in enumerate(dates))
    run(db, tmp_path, "Day,Feeling\n" + body, ["Day=date", "Feeling=mood"])
    assert sorted(r[0] for r in rows(db, "SELECT local_date FROM mood_entries")) == sorted(
        expected)


def test_ambiguous_dates_need_a_stated_format(db, tmp_path: Path) -> None:
    text = "Day,Feeling\n03/04/2026,3\n05/06/2026,4\n"
    with pytest.raises(UserError, match=r"DD/MM/YYYY or MM/DD/YYYY.*--date-format"):
        run(db, tmp_path, text, ["Day=date", "Feeling=mood"])
    run(db, tmp_path, text, ["Day=date", "Feeling=mood"], date_format="MM/DD/YYYY")
    assert sorted(rows(db, "SELECT local_date FROM mood_entries")) == [
        ("2026-03-04",), ("2026-05-06",)]


def test_a_date_in_no_known_format_names_its_line(db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Line 3: 'soon' is not a date"):
        run(db, tmp_path, "Day,Feeling\n2026-01-01,3\nsoon,4\n", ["Day=date", "Feeling=mood"])


@pytest.mark.parametrize(("scale", "values", "levels"), [
    ("1-10", range(1, 11), [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]),
    ("0-10", [0, 5, 10], [1, 3, 5]), ("1–7", [1, 4, 7], [1, 3, 5]), ("0-4", [0, 2, 4], [1, 3, 5]),
])
def test_mood_scale_is_converted_and_the_original_kept(db, tmp_path: Path, scale: str,
                                                       values: range, levels: list[int]) -> None:
    body = "".join(f"2026-01-{n + 1:02d},{v}\n" for n, v in enumerate(values))
    run(db, tmp_path, "Day,Feeling\n" + body, ["Day=date", "Feeling=mood"], mood_scale=scale)
    stored = rows(db, "SELECT mood, mood_label FROM mood_entries ORDER BY local_date")
    assert [m for m, _ in stored] == levels
    high = scale.replace("–", "-").split("-")[1]
    assert [label for _, label in stored] == [f"{v}/{high}" for v in values]


def test_mood_outside_the_scale_is_refused(db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Line 2: mood must be 1–10, not '11'"):
        run(db, tmp_path, "Day,Feeling\n2026-01-01,11\n", ["Day=date", "Feeling=mood"],
            mood_scale="1-10")


def test_long_layout_one_row_per_reading(db, tmp_path: Path) -> None:
    text = ("date,time,what,amount\n"
            "2026-02-01,08:00,Mood,7\n2026-02-01,,steps,8000\n2026-02-01,,Sleep,\"7,5\"\n"
            "2026-02-01,21:00,mood,3\n2026-02-01,,heart rate,61\n2026-02-02,,steps,8000\n")
    report = run(db, tmp_path, text, ["date=date", "time=time", "what=kind", "amount=value"],
                 mood_scale="1-10")
    assert rows(db, "SELECT mood FROM mood_entries ORDER BY at_utc") == [(4,), (2,)]
    assert sorted(rows(db, "SELECT local_date, metric, value FROM daily_metrics")) == [
        ("2026-02-01", "sleep_hours", 7.5), ("2026-02-01", "steps", 8000.0),
        ("2026-02-02", "steps", 8000.0)]
    assert report.skipped["readings of a kind this app does not track"] == 1


def test_two_different_figures_for_one_day_are_refused(db, tmp_path: Path) -> None:
    text = "date,kind,value\n2026-02-01,steps,8000\n2026-02-01,steps,8000\n2026-02-01,steps,90\n"
    with pytest.raises(UserError, match="Line 4: a second, different steps figure"):
        run(db, tmp_path, text, ["date=date", "kind=kind", "value=value"])
    assert count(db, "daily_metrics") == 0


TEXT = "Tag;Stimmung;Notiz\n2026-03-01;4;Café mit Jürgen – schön\n"
MAP = ["Tag=date", "Stimmung=mood", "Notiz=note"]


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("utf-16"),
    TEXT.encode("utf-16-le"), TEXT.encode("utf-16-be"), TEXT.encode("cp1252"),
    TEXT.replace("–", "-").encode("latin-1"),
])
def test_encodings_excel_saves_in(db, tmp_path: Path, data: bytes) -> None:
    run(db, tmp_path, data, MAP)
    (note,), = rows(db, "SELECT note FROM mood_entries")
    assert note.startswith("Café mit Jürgen")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"), (b"  \n\n", "is empty"), (codecs.BOM_UTF8, "is empty"),
    (b"PK\x03\x04rest", "is a zip file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "damaged or in an unknown text encoding"),
])
def test_files_that_are_not_csv_text_say_so(db, tmp_path: Path, data: bytes,
                                             message: str) -> None:
    with pytest.raises(UserError, match=message):
        run(db, tmp_path, data, MAP)


def test_energy_and_anxiety_come_with_the_mood(db, tmp_path: Path) -> None:
    text = "day,mood,energy,anxiety\n2026-01-01,3,2,5\n2026-01-02,4,,\n"
    run(db, tmp_path, text, ["day=date", "mood=mood", "energy=energy", "anxiety=anxiety"])
    assert rows(db, "SELECT mood, energy, anxiety FROM mood_entries ORDER BY at_utc") == [
        (3, 2, 5), (4, None, None)]
    with pytest.raises(UserError, match="Line 2: energy must be a whole number from 1 to 5"):
        run(db, tmp_path, "day,mood,energy\n2026-01-03,3,7\n",
            ["day=date", "mood=mood", "energy=energy"])
