"""`wellness-app crisis`: the country (set, unset, unknown), the emergency number first,
and an encrypted journal with and without its passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_app.domain.crisis_lines import CHANNELS
from wellness_app.domain.safety_plan import SafetyContact, SafetyPlan
from wellness_app.services import open_database
from wellness_app.services.safety_plan import SafetyPlanService

PLAN = SafetyPlan({"worth_living_for": ("My dog, Biscuit",)},
                  (SafetyContact("Maya", "07700 900123"),))


@pytest.fixture
def run(run_cli, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "C.UTF-8")  # no country from the locale
    for var in ("LC_ALL", "LC_MESSAGES", "WELLNESS_APP_PASSPHRASE"):
        monkeypatch.delenv(var, raising=False)
    return run_cli


def _plant_plan(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir(exist_ok=True)
    db = open_database(tmp_path / "data" / "wellness.db")
    SafetyPlanService(db).save(PLAN)
    db.close()


def test_no_country_says_how_to_set_one(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("crisis")
    assert code == 0
    assert "--set-country CC" in out
    assert "the local emergency number" in out and "findahelpline.com" in out


@pytest.mark.parametrize("bad", ["XX", "ZZ", "PT"])
def test_an_unknown_country_exits_2_with_one_line(run, bad: str) -> None:  # type: ignore[no-untyped-def]
    for argv in (("crisis", "--country", bad), ("crisis", "--set-country", bad),
                 ("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--country", bad)):
        code, out, err = run(*argv)
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and f"'{bad}'" in err and "elsewhere" in err
    code, out, _ = run("crisis")  # nothing was remembered
    assert "--set-country" in out


@pytest.mark.parametrize("bad", ["G", "GBR", "1A", ""])
def test_a_malformed_code_exits_2(run, bad: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("crisis", f"--country={bad}")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_emergency_number_first_with_hours_cost_and_chat(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("crisis", "--set-country", "us")
    assert code == 0 and "--set-country" not in out.split("Crisis lines")[1]
    lines = out.split("Crisis lines — United States\n")[1].splitlines()
    assert lines[0].startswith("  Emergency: 911")
    assert lines[1] == ("  988 Suicide & Crisis Lifeline: 988 — call, text · "
                        "chat at https://988lifeline.org/chat · 24/7 · free")


def test_the_elsewhere_directory_names_its_chat_once(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("crisis", "--country", "elsewhere")
    assert code == 0
    assert ("  Directory of crisis lines: findahelpline.com — chat at https://findahelpline.com"
            in out.splitlines())


def _bundled_codes() -> list[str]:
    from wellness_app.services.crisis_lines import load_directory

    return [country.code for country in load_directory().countries]


@pytest.mark.parametrize("country", _bundled_codes())
def test_no_channel_word_is_repeated_on_any_bundled_line(run, country: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("crisis", "--country", country)
    assert code == 0
    shown = out.split("Crisis lines — ")[1].splitlines()[1:]
    details = [line.rsplit(" — ", 1)[1] for line in shown
               if line.startswith("  ") and " — " in line]
    assert details
    for detail in details:  # "call, text · chat at … · 24/7 · normal call rate"
        segments = detail.split(" · ")
        leading = [part.split(" ")[0] for part in [*segments[0].split(", "), *segments[1:]]]
        named = [word for word in leading if word in CHANNELS]
        assert named and len(named) == len(set(named)), detail


def test_encrypted_journal_without_and_with_the_passphrase(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _plant_plan(tmp_path)
    assert run("crisis", "--set-country", "GB")[0] == 0
    assert run("encrypt", new="s3cret-passphrase")[0] == 0
    code, out, err = run("crisis")  # no passphrase, not a terminal
    assert code == 0, err
    assert "WELLNESS_APP_PASSPHRASE" in out and "My dog, Biscuit" not in out
    assert "Samaritans: 116 123" in out and "Emergency: 999 or 112" in out
    code, out, _ = run("crisis", "--country", "NZ")
    assert code == 0 and "1737" in out
    code, out, err = run("crisis", passphrase="s3cret-passphrase")
    assert code == 0, err
    assert out.index("My dog, Biscuit") < out.index("Samaritans: 116 123")
    assert "Maya" in out and "WELLNESS_APP_PASSPHRASE" not in out


def test_a_list_older_than_a_year_asks_to_confirm(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.crisis_lines import CrisisLineService

    code, out, _ = run("crisis", "--country", "GB")
    assert code == 0 and "more than a year ago" not in out
    monkeypatch.setattr(CrisisLineService, "is_stale", lambda self, today=None: True)
    code, out, _ = run("crisis", "--country", "GB")
    assert code == 0 and "last checked on 2026-12-02, more than a year ago" in out


@pytest.mark.parametrize(("typed", "code"), [("germany", "DE"), ("Deutschland", "DE"),
                                             ("Österreich", "AT"), ("usa", "US"),
                                             ("Holland", "NL")])
def test_a_country_name_gets_its_code_suggested(run, typed: str, code: str) -> None:  # type: ignore[no-untyped-def]
    status, out, err = run("crisis", "--country", typed)
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert f"use {code}" in err


def test_delete_all_my_data_also_removes_the_remembered_country(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("crisis", "--set-country", "SE")[0] == 0
    assert (tmp_path / "data" / "crisis-country").read_text(encoding="utf-8") == "SE\n"
    assert run("delete-all-data", "--confirm", "DELETE")[0] == 0
    assert not (tmp_path / "data" / "crisis-country").exists()
