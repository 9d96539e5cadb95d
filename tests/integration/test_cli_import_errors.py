"""Import errors that say what happened: one line, exit status 2, nothing written."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from wellness_app.cli import main


def cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def truncated_zip(path: Path) -> bytes:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", "<HealthData>" + "x" * 5000)
    whole = path.read_bytes()
    return whole[: len(whole) // 2]


@pytest.mark.parametrize(("command", "name", "content", "message"), [
    ("daylio", "daylio.csv", b"", "daylio.csv is empty"),
    ("csv", "mine.csv", b"", "mine.csv is empty"),
    ("apple-health", "export.xml", b"", "export.xml is empty"),
    ("apple-health", "export.zip", None, "damaged or incomplete"),
    ("daylio", "backup.daylio", None, "damaged or incomplete"),
    ("daylio", "plain.csv", b"date,mood\n2024-01-01,3\n", "plain CSV, not a Daylio export"),
    ("csv", "broken.csv", codecs.BOM_UTF16_LE + b"\x00\xd8", "unknown text encoding"),
    ("csv", "photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
])
def test_each_error_is_one_line_exit_2_and_nothing_written(
        tmp_path: Path, capsys, command: str, name: str, content: bytes | None,  # type: ignore[no-untyped-def]
        message: str) -> None:
    path = tmp_path / name
    path.write_bytes(truncated_zip(tmp_path / "whole.zip") if content is None else content)
    extra = ["--map", "date=date", "--map", "mood=mood"] if command == "csv" else []
    assert cli(tmp_path, "import", command, str(path), *extra) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
    assert "Daylio" not in err or command == "daylio"  # plain-CSV errors never talk Daylio
    assert not list((tmp_path / "data").rglob("pre-import-*"))
    assert cli(tmp_path, "export", "csv", "-o", str(tmp_path / "out.zip")) == 0
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        assert archive.read("mood_entries.csv").decode("utf-8-sig").count("\n") == 1


def test_custom_moods_list_proposals_then_one_flag_imports(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "daylio.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note\n"
                    "2024-04-02,x,x,8:00 am,okay,,\n2024-04-01,x,x,8:00 am,beyond anxious,,\n",
                    encoding="utf-8")
    assert cli(tmp_path, "import", "daylio", str(path)) == 2
    err = capsys.readouterr().err
    assert "'okay' → 3" in err and "'beyond anxious' → 1" in err
    assert "--mood-map 'beyond anxious=1' --mood-map 'okay=3'" in err
    assert cli(tmp_path, "import", "daylio", str(path), "--accept-proposed-moods") == 0
    out = capsys.readouterr().out
    assert "2 check-ins" in out and "beyond anxious = 1" in out


def test_json_report_carries_the_checks_and_the_mood_map(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n'
        '<Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Pillow" '
        'startDate="2024-05-09 12:00:00 +0200" endDate="2024-05-10 10:00:00 +0200" '
        'value="HKCategoryValueSleepAnalysisAsleep"/>\n</HealthData>\n', encoding="utf-8")
    assert cli(tmp_path, "import", "apple-health", str(path), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["long_nights"] == [{"date": "2024-05-10", "hours": 22.0}]
    daylio = tmp_path / "daylio.csv"
    daylio.write_text("full_date,date,weekday,time,mood,activities,note\n"
                      "2024-04-02,x,x,8:00 am,okay,,\n", encoding="utf-8")
    assert cli(tmp_path, "import", "daylio", str(daylio), "--accept-proposed-moods",
               "--json") == 0
    assert json.loads(capsys.readouterr().out)["mood_map"] == {"okay": 3}
