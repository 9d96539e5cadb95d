"""`wellness-app demo` fills an empty journal once, and refuses a journal with entries."""

from __future__ import annotations

import json
from datetime import datetime

from tests.integration.conftest import run_entry_point


def test_demo_then_demo_again_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("demo", "--years", "0.25")
    assert first.code == 0, first.err
    assert first.out.startswith("Demo data added: ") and "check-ins over 91 days" in first.out
    exported = json.loads(cli("export", "json").out)["data"]
    entries = len(exported["mood_entries"])
    assert entries > 91

    again = cli("demo")
    assert again.code == 2
    assert again.err.strip() == (
        "wellness-app: error: This journal already holds entries; demo data only goes into "
        "an empty one. Use --data-dir with a new folder to try the demo.")
    assert len(json.loads(cli("export", "json").out)["data"]["mood_entries"]) == entries


def test_demo_refuses_a_journal_with_one_own_entry(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "3", "--note", "mine").code == 0
    assert cli("demo").code == 2
    exported = json.loads(cli("export", "json").out)["data"]
    assert [e["note"] for e in exported["mood_entries"]] == ["mine"]
    assert exported["light_sessions"] == []


def test_demo_via_the_real_entry_point_ends_now(cli) -> None:  # type: ignore[no-untyped-def]
    result = run_entry_point("demo", "--years", "0.1", data_dir=cli.data_dir)
    assert result.returncode == 0, result.stderr
    exported = json.loads(cli("export", "json").out)
    times = [datetime.fromisoformat(e["at"]) for e in exported["data"]["mood_entries"]]
    now = datetime.now().astimezone()
    assert max(times) <= now and (now - max(times)).days <= 3
    assert {e["source"] for e in exported["data"]["mood_entries"]} == {"demo"}
    assert cli("demo").code == 2


def test_demo_flag_refuses_a_non_empty_dir_before_any_window(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "mood", "3").code == 0
    result = cli("--demo")
    assert result.code == 2
    assert "already holds entries" in result.err
