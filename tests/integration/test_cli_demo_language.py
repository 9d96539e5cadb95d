"""`wellness-app demo` writes its notes and names in the app's language: the language
setting the GUI uses (settings.ini), else the system's, or `--language en|de`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def set_language(tmp_path: Path, language: str) -> None:
    config = tmp_path / "data" / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_text(f"[look]\nlanguage={language}\n", encoding="utf-8")


def exported(run_cli) -> dict:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("export", "json")
    assert code == 0, err
    return json.loads(out)["data"]


def words(data: dict) -> tuple[set[str], set[str], str]:
    return ({tag["name"] for tag in data["tags"]},
            {item["name"] for item in data["selfcare_items"]},
            " ".join(entry["note"] for entry in data["mood_entries"]))


@pytest.mark.parametrize("setting", ["de", "de_DE"])
def test_demo_follows_the_german_setting(run_cli, tmp_path, monkeypatch, setting) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    set_language(tmp_path, setting)
    code, out, err = run_cli("demo", "--years", "0.2")
    assert code == 0, err
    assert "Notes and names are in German (--language en for English)." in out
    tags, items, notes = words(exported(run_cli))
    assert {"Spaziergang", "Familie"} <= tags and "walk" not in tags
    assert {"Lavendel", "Johanniskraut"} <= items and "Lavender" not in items
    assert "Termin bei" in notes and "Appointment" not in notes
    # the GUI's Settings keep their language (the CLI wrote nothing there)
    assert f"language={setting}" in (tmp_path / "data/config/settings.ini").read_text()


def test_language_option_wins_over_the_setting(run_cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    set_language(tmp_path, "de")
    code, out, err = run_cli("demo", "--years", "0.2", "--language", "en")
    assert code == 0, err
    assert "in English" in out
    tags, items, notes = words(exported(run_cli))
    assert "walk" in tags and "Lavender" in items and "Spaziergang" not in tags
    assert "Appointment" in notes and "Termin bei" not in notes


def test_language_option_without_a_setting(run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _out, err = run_cli("demo", "--years", "0.2", "--language", "de")
    assert code == 0, err
    tags, items, _notes = words(exported(run_cli))
    assert "Spaziergang" in tags and "Lavendel" in items


def test_unknown_language_is_refused_with_the_choices(run_cli, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        run_cli("demo", "--language", "fr")
    assert exit_.value.code == 2
    assert "'fr' is not a choice; choose from en, de" in capsys.readouterr().err
