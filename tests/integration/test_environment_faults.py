"""The environment is not damage: a full disk, a read-only folder or a lock gets one clear
line (exit 2) and changes nothing; a backup that cannot be written never blocks a save."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from tests.faults.disk import fill, read_only_view, small_disk
from tests.integration.conftest import Cli
from wellness_app.storage.encryption import connect_raw

pytestmark = pytest.mark.skipif(os.name != "posix", reason="tmpfs mounts")


def _moods(db_path: Path) -> list[int]:
    conn = connect_raw(db_path, None)
    try:
        return [row[0] for row in conn.execute("SELECT mood FROM mood_entries ORDER BY id")]
    finally:
        conn.close()


def _one_line(err: str, *fragments: str) -> None:
    lines = [line for line in err.strip().splitlines() if line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_a_full_disk_at_start_is_not_damage(cli: Cli) -> None:
    with small_disk(3072) as disk:
        data = disk / "data"
        assert cli("log", "mood", "4", data_dir=data).code == 0
        filler = fill(disk)
        for command in (("log", "mood", "3"), ("day", "2026-01-01"), ("backup",),
                        ("export", "json", "-o", str(disk / "out.json"))):
            result = cli(*command, data_dir=data)
            assert result.code == 2, command
            _one_line(result.err, "full", "Nothing was")
        names = {p.name for p in data.iterdir()}
        assert not any("corrupt" in name for name in names), names  # nothing moved aside
        filler.unlink()
        assert _moods(data / "wellness.db") == [4]  # the journal is whole, nothing lost
        assert cli("log", "mood", "2", data_dir=data).code == 0
        assert _moods(data / "wellness.db") == [4, 2]


def test_a_due_backup_on_a_nearly_full_disk_never_blocks_the_save(cli: Cli) -> None:
    with small_disk(16384) as disk:
        data = disk / "data"
        assert cli("log", "mood", "4", data_dir=data).code == 0
        filler = fill(disk)
        with filler.open("r+b") as handle:  # room for a save, not for a copy + reserve
            handle.truncate(filler.stat().st_size - 256 * 1024)
        result = cli("log", "mood", "3", data_dir=data)
        assert result.code == 0, result.err
        assert "Traceback" not in result.err
        _one_line(result.err, "automatic backup could not be written", str(data / "backups"),
                  "disk is full", "Free some space")
        result = cli("log", "mood", "2", data_dir=data)  # the same failure: told once
        assert result.code == 0 and result.err == ""
        assert _moods(data / "wellness.db") == [4, 3, 2]
        backups = data / "backups"
        leftovers = list(backups.glob("*.partial*")) if backups.exists() else []
        assert leftovers == []
        filler.unlink()
        result = cli("log", "mood", "5", data_dir=data)  # retried, now with room
        assert result.code == 0 and "backup" not in result.err
        assert len(list(backups.glob("auto-*.db"))) == 1


def test_a_read_only_data_folder_still_allows_reading(cli: Cli) -> None:
    with small_disk(4096) as disk:
        data = disk / "data"
        assert cli("log", "mood", "4", "--note", "private words", data_dir=data).code == 0
        with read_only_view(data) as view:
            day = cli("day", date.today().isoformat(), data_dir=view)
            assert day.code == 0, day.err
            assert "private words" not in day.err
            out = Path(os.environ["HOME"]) / "export.json"
            exported = cli("export", "json", "-o", str(out), data_dir=view)
            assert exported.code == 0, exported.err
            assert "private words" in out.read_text(encoding="utf-8")
            pdf = str(Path(os.environ["HOME"]) / "report.pdf")
            for command in (("insights",), ("crisis",),
                            ("report", "--from", "2026-01-01", "--to", date.today().isoformat(),
                             "-o", pdf)):
                result = cli(*command, data_dir=view)
                assert result.code == 0, (command, result.err)
                assert "Traceback" not in result.err
            write = cli("log", "mood", "2", data_dir=view)
            assert write.code == 2
            _one_line(write.err, "read-only")
        assert _moods(data / "wellness.db") == [4]
