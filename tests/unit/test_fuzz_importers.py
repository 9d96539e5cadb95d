"""The new importers, fuzzed: random or damaged input only ever raises UserError (one
clear message, nothing written), numbers written with any separators read back exactly,
and an Apple Health export with every record twice counts the same as with each once."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import random
import zipfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_io_apple_health import PHONE, WATCH, cat, export, rec

from wellness_app.domain.errors import UserError
from wellness_app.services.io import (
    bearable,
    csv_generic,
    csv_values,
    csv_zip_import,
    daylio,
    daylio_backup,
    loop_habits,
    text_files,
)
from wellness_app.services.io.apple_health import parser
from wellness_app.services.io.daylio_moods import level_from_words

QUIET = settings(max_examples=80, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])
CELLS = st.one_of(st.sampled_from(["", "3", "12,345", "1.234", "7,5", "11/24/2026",
                                   "2026-11-24", "24.11.2026", "22nd Sep 2020", "9:15 pm",
                                   "YES_MANUAL", "2", "-1", "2500", "Mood", "Sleep", "7:30",
                                   "Energy", "Symptom", "a|b", '"', "\x00", "é"]),
                  st.text(max_size=8))
ROWS = st.lists(st.lists(CELLS, min_size=1, max_size=8), max_size=6)


def table(header: str, rows: list[list[str]]) -> str:
    out = io.StringIO()
    out.write(header + "\n")
    for row in rows:
        out.write(",".join(row) + "\n")
    return out.getvalue()


@QUIET
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_say_why(raw: bytes) -> None:
    with contextlib.suppress(UserError):
        text, encoding = text_files.decode(raw, "x.csv")
        assert isinstance(text, str) and encoding


@QUIET
@given(ROWS, st.sampled_from(["", ".", ","]), st.sampled_from(["", ",", ".", " "]),
       st.sampled_from(["1-5", "1-10", "0-4"]), st.sampled_from(["", "MM/DD/YYYY"]),
       st.booleans())
def test_generic_csv_with_any_settings_only_raises_user_error(
        rows: list[list[str]], decimal: str, thousands: str, scale: str, date_format: str,
        long: bool) -> None:
    mapping = ({"a": "date", "b": "kind", "c": "value"} if long else
               {"a": "date", "b": "mood", "c": "steps", "d": "sleep_hours"})
    with contextlib.suppress(UserError):
        csv_generic.parse(table("a,b,c,d", rows), csv_generic.CsvSettings(
            mapping, date_format, decimal, thousands, scale))


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.integers(0, 999), st.sampled_from([
    (".", ","), (",", "."), (",", " "), (".", "'"), (".", "")]))
def test_numbers_with_stated_separators_read_back_exactly(whole: int, cents: int,
                                                          seps: tuple[str, str]) -> None:
    decimal, thousands = seps
    grouped = f"{whole:,}".replace(",", thousands) if thousands else str(whole)
    text = f"{grouped}{decimal}{cents:03d}"
    expected = float(Decimal(f"{whole}.{cents:03d}"))
    assert csv_values.NumberFormat(decimal, thousands).parse(text) == expected


@QUIET
@given(ROWS, st.booleans())
def test_daylio_any_rows_in_either_layout_only_raise_user_error(rows: list[list[str]],
                                                               old: bool) -> None:
    header = ("year,date,weekday,time,mood,activities,note" if old else
              "full_date,date,weekday,time,mood,activities,note_title,note")
    with contextlib.suppress(UserError):
        daylio.parse(table(header, rows), accept_proposed=True)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_every_mood_name_gets_a_level_from_1_to_5_or_none(name: str) -> None:
    assert level_from_words(name) in (None, 1, 2, 3, 4, 5)


JSONISH = st.recursive(st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5),
                       lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.sampled_from(
                           ["id", "mood", "custom_name", "mood_group_id", "datetime", "year",
                            "month", "day", "hour", "minute", "tags", "note", "name",
                            "predefined_name_id", "timeZoneOffset"]), inner, max_size=6),
                       max_leaves=20)


@QUIET
@given(entries=st.lists(JSONISH, max_size=4), moods=st.lists(JSONISH, max_size=3),
       garble=st.booleans())
def test_daylio_backup_with_any_content_only_raises_user_error(
        entries: list[object], moods: list[object], garble: bool,
        tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("daylio") / "backup.daylio"
    payload = json.dumps({"dayEntries": entries, "customMoods": moods, "tags": []}).encode()
    encoded = base64.b64encode(payload)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("backup.daylio", encoded[:-3] if garble else encoded)
    with contextlib.suppress(UserError):
        daylio_backup.parse(daylio_backup.load(path))


@QUIET
@given(ROWS)
def test_bearable_any_rows_only_raise_user_error(rows: list[list[str]]) -> None:
    with contextlib.suppress(UserError):
        bearable.parse(table("date,date formatted,weekday,time of day,category,"
                             "rating/amount,detail,notes", rows))


@QUIET
@given(ROWS)
def test_loop_any_rows_only_raise_user_error(rows: list[list[str]]) -> None:
    with contextlib.suppress(UserError):
        loop_habits.parse(table("Date,Walk,Water,", rows))


@QUIET
@given(cut=st.integers(0, 4000), junk=st.binary(max_size=20))
def test_truncated_csv_zip_only_raises_user_error(cut: int, junk: bytes,
                                                  tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("zip")
    whole = io.BytesIO()
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mood_entries.csv", "\ufeffid,mood,note,local_time,tags\n"
                         "1,3,hi,2026-01-01T10:00:00+01:00,tea\n")
        archive.writestr("tags.csv", "\ufeffid,name\n1,tea\n")
    path = folder / "export.zip"
    path.write_bytes(whole.getvalue()[:cut] + junk)
    with contextlib.suppress(UserError):
        csv_zip_import.read(path)


DAY = "2024-05-10"
SOURCES = [PHONE, WATCH, 'sourceName="Pillow"', 'sourceName="Anna’s iPhone" device="'
           '&lt;&lt;HKDevice: 0x9&gt;, model:iPhone, hardware:iPhone9,1&gt;"']


@st.composite
def health_records(draw: st.DrawFn) -> list[str]:
    out = []
    for _ in range(draw(st.integers(1, 12))):
        source = draw(st.sampled_from(SOURCES))
        hour, minute = draw(st.integers(0, 22)), draw(st.integers(0, 50))
        start, end = f"{DAY} {hour:02d}:{minute:02d}:00 +0200", \
            f"{DAY} {hour:02d}:{minute + 9:02d}:00 +0200"
        if draw(st.booleans()):
            out.append(rec("StepCount", start, end, str(draw(st.integers(1, 900))), source))
        else:
            out.append(cat("SleepAnalysis", "HKCategoryValueSleepAnalysisAsleepCore", start, end,
                           source))
    return out


@QUIET
@given(records=health_records(), rnd=st.randoms())
def test_every_record_twice_counts_as_once(records: list[str], rnd: random.Random,
                                           tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("ah")
    once, twice = folder / "once.xml", folder / "twice.xml"
    doubled = records * 2
    rnd.shuffle(doubled)
    once.write_text(export("".join(records), dtd=""), encoding="utf-8")
    twice.write_text(export("".join(doubled), dtd=""), encoding="utf-8")
    first, second = parser.parse_file(once), parser.parse_file(twice)
    assert sorted(first.metrics, key=repr) == sorted(second.metrics, key=repr)
    assert first.skipped.get("exact duplicate records (counted once)", 0) == 0


def test_fixture_sources_parse(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(export(rec("StepCount", f"{DAY} 10:00:00 +0200", f"{DAY} 10:05:00 +0200",
                               "5", SOURCES[3]), dtd=""), encoding="utf-8")
    assert [m.value for m in parser.parse_file(path).metrics] == [5.0]
