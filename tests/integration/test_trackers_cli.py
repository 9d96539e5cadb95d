"""The trackers on the command line: saves, cautions printed, bad input exits 2 and writes
nothing."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from wellness_app.cli import main


def run(tmp: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(tmp), *args])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_log_everything_and_read_the_day(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    day = "2026-02-03"
    assert run(tmp_path, capsys, "log", "light", "--minutes", "30", "--kind", "lamp",
               "--at", f"{day}T07:30")[0] == 0
    code, out, _ = run(tmp_path, capsys, "log", "light", "--minutes", "60", "--at",
                       f"{day}T12:00")
    assert code == 0 and "7,500 of 5,000 lux-hours (5,000 before 10:00)" in out
    code, out, _ = run(tmp_path, capsys, "log", "activity", "--kind", "walk", "--minutes", "25",
                       "--intensity", "vigorous", "--at", f"{day}T18:00")
    assert code == 0 and "50 of 150" in out
    assert run(tmp_path, capsys, "log", "steps", "6,400", "--date", day)[0] == 0
    assert run(tmp_path, capsys, "log", "selfcare", "Lavender", "--at", f"{day}T21:00")[0] == 0
    _, out, _ = run(tmp_path, capsys, "day", day, "--json")
    data = json.loads(out)
    assert data["steps"] == 6400 and data["activity_minutes"] == 25
    assert data["daylight_minutes"] == 60 and data["light_therapy_minutes"] == 30
    assert data["lux_hours"] == 7500 and data["selfcare"] == ["Lavender"]


def test_caution_is_printed_and_the_save_still_happens(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(tmp_path, capsys, "med", "add", "Citalopram", "--dose", "20 mg")[0] == 0
    code, out, _ = run(tmp_path, capsys, "log", "selfcare", "St John's Wort")
    assert code == 0 and out.startswith("Saved: St John's Wort")
    assert "Caution: St John's Wort and Citalopram" in out and "pharmacist" in out
    code, out, _ = run(tmp_path, capsys, "log", "selfcare", "St John's Wort")
    assert code == 0 and "Caution" not in out  # once per pair per day
    code, out, _ = run(tmp_path, capsys, "med", "list")
    assert "Citalopram — 20 mg" in out
    assert run(tmp_path, capsys, "med", "stop", "citalopram", "--date", "2026-01-01")[0] == 0
    assert "to 2026-01-01" in run(tmp_path, capsys, "med", "list")[1]


@pytest.mark.parametrize("args", [
    ("log", "light", "--minutes", "0"),
    ("log", "light", "--minutes", "-10"),
    ("log", "light", "--minutes", "1500"),
    ("log", "light", "--minutes", "ten"),
    ("log", "light", "--minutes", "20", "--kind", "lamp", "--lux", "250000"),
    ("log", "light", "--minutes", "20", "--kind", "torch"),
    ("log", "activity", "--kind", "swimming", "--minutes", "20"),
    ("log", "activity", "--kind", "walk", "--minutes", "0"),
    ("log", "activity", "--kind", "walk", "--minutes", "20", "--intensity", "extreme"),
    ("log", "steps", "-5"),
    ("log", "selfcare", "Unicorn tears"),
    ("med", "add", "Sertraline", "--start", "2026-05-01", "--stop", "2026-01-01"),
    ("med", "stop", "Nothing"),
    ("place", "set", "Atlantis"),
    ("place", "set", "--lat", "95", "--lon", "0"),
])
def test_bad_input_exits_2_and_writes_nothing(tmp_path: Path, capsys, args) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(tmp_path, capsys, *args)
    assert code == 2 and err.count("\n") == 1 and "error" in err
    if (tmp_path / "wellness.db").exists():
        with closing(sqlite3.connect(tmp_path / "wellness.db")) as con:
            for table in ("light_sessions", "activity_sessions", "daily_metrics",
                          "selfcare_logs", "medications", "preferences", "activity_kinds"):
                count = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                assert count == 0 or table == "activity_kinds", table
            names = {n for (n,) in con.execute("SELECT name FROM activity_kinds")}
            assert "swimming" not in names
    assert run(tmp_path, capsys, "med", "list")[1].strip() == "No medications listed."
    code, _, err = run(tmp_path, capsys, "place", "show")
    assert code == 2 and "No place set" in err


def test_new_kind_and_item_are_added_with_new(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(tmp_path, capsys, "log", "activity", "--kind", "swimming", "--minutes", "20",
               "--new")[0] == 0
    assert run(tmp_path, capsys, "log", "selfcare", "Bergamot", "--new", "--category",
               "scent")[0] == 0
    code, out, _ = run(tmp_path, capsys, "place", "set", "--lat", "51.5", "--lon", "-0.12")
    assert code == 0
    code, out, _ = run(tmp_path, capsys, "place", "show", "--date", "2026-06-21")
    assert code == 0 and "sunrise" in out and "day length 16 h 3" in out
