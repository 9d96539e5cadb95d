"""`wellness-app med stop NAME` finds the listed medication the way the caution matching
does (case, strength and form words do not matter) and refuses to guess between several:
one line naming them, exit 2, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_app.cli import main


def run(tmp: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def add(tmp: Path, capsys: pytest.CaptureFixture[str], *names: str) -> None:
    for name in names:
        assert run(tmp, capsys, "med", "add", name, "--start", "2026-01-01")[0] == 0


def stopped(tmp: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    listing = run(tmp, capsys, "med", "list")[1].splitlines()
    return [line.rsplit(" (", 1)[0] for line in listing if "to 2026-02-01)" in line]


@pytest.mark.parametrize(("listed", "typed"), [
    ("Sertraline 50 mg", "sertraline"),
    ("Sertraline 50 mg", "SERTRALINE"),
    ("Sertraline 50 mg", "Sertraline 50 mg"),
    ("Sertraline 50 mg", "sertraline 50mg"),
    ("Sertraline 50mg tablets", "Sertraline"),
    ("Citalopram", "citalopram 20 mg"),
    ("Sertralin-ratiopharm 50 mg", "sertralin"),
    ("Quetiapin retard 300 mg", "quetiapin"),
    ("Escitalopram (Cipralex) 10 mg", "escitalopram"),
    ("Lithium carbonate 400 mg", "lithium"),
    ("Mirtazapin 15 mg Filmtabletten", "mirtazapin"),
    ("Bupropion XL 150 mg", "bupropion"),
    ("Sertraline 50 mg", "  sertraline  "),
])
def test_stop_finds_a_name_with_its_strength(tmp_path: Path, capsys, listed: str,  # type: ignore[no-untyped-def]
                                             typed: str) -> None:
    add(tmp_path, capsys, listed, "Vitamin D 1000 IU")
    code, out, err = run(tmp_path, capsys, "med", "stop", typed, "--date", "2026-02-01")
    assert (code, err) == (0, "")
    assert out == f"Saved: {listed} stopped on 2026-02-01.\n"
    assert stopped(tmp_path, capsys) == [listed]


@pytest.mark.parametrize(("listed", "typed"), [
    (("Sertraline 50 mg", "Sertraline 100 mg"), "sertraline"),
    (("Sertraline 50 mg", "sertraline 100 mg tablets"), "Sertraline"),
    (("Lithium carbonate 400 mg", "Lithium citrate"), "lithium"),
])
def test_an_ambiguous_name_is_refused_with_the_candidates(tmp_path: Path, capsys, listed,  # type: ignore[no-untyped-def]
                                                          typed: str) -> None:
    add(tmp_path, capsys, *listed)
    code, out, err = run(tmp_path, capsys, "med", "stop", typed, "--date", "2026-02-01")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert all(f"'{name}'" in err for name in listed)
    assert stopped(tmp_path, capsys) == []


def test_the_full_name_picks_one_of_several(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    add(tmp_path, capsys, "Sertraline 50 mg", "Sertraline 100 mg")
    code, _, _ = run(tmp_path, capsys, "med", "stop", "sertraline 100 MG", "--date", "2026-02-01")
    assert code == 0 and stopped(tmp_path, capsys) == ["Sertraline 100 mg"]
    code, _, _ = run(tmp_path, capsys, "med", "stop", "sertraline", "--date", "2026-02-01")
    assert code == 0  # only one is still current now
    assert sorted(stopped(tmp_path, capsys)) == ["Sertraline 100 mg", "Sertraline 50 mg"]


@pytest.mark.parametrize("typed", ["50 mg", "mg", "tablets", "sertindole", "sert", "Nothing"])
def test_strength_words_alone_or_another_name_find_nothing(tmp_path: Path, capsys,  # type: ignore[no-untyped-def]
                                                           typed: str) -> None:
    add(tmp_path, capsys, "Sertraline 50 mg tablets")
    code, _, err = run(tmp_path, capsys, "med", "stop", typed, "--date", "2026-02-01")
    assert code == 2 and err.count("\n") == 1 and "No current medication" in err
    assert stopped(tmp_path, capsys) == []
