"""A new user's first CLI session, as found in QA: every step prints, none crashes."""

from __future__ import annotations

import pytest


def test_day_lists_a_logged_treatment_in_plain_text(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "treatment", "--kind", "esketamine-nasal-spray", "--before", "2",
               "--after", "3", "--at", "2026-03-01T09:15+01:00").code == 0
    assert cli("log", "mood", "2", "--tags", "work", "--at", "2026-03-01T10:00+01:00").code == 0

    day = cli("day", "2026-03-01")

    assert day.code == 0, day.err
    assert "Traceback" not in day.err
    assert "  tags: work" in day.out
    assert "  treatments: esketamine-nasal-spray at 09:15 (before 2, after 3)" in day.out


# Names German users write on their medication list that the table missed in QA.
HERB_PARTNERS = [
    ("Pille", "hormonal contraception"),
    ("Mikropille", "hormonal contraception"),
    ("Verhütungsring", "hormonal contraception"),
    ("Verhütungspflaster", "hormonal contraception"),
    ("Verhütungsstäbchen", "hormonal contraception"),
    ("L-Polamidon 5 mg/ml", "a serotonergic pain medicine"),
    ("Polamidon", "a serotonergic pain medicine"),
    ("Methaddict 10 mg", "a serotonergic pain medicine"),
    ("Eptadone", "a serotonergic pain medicine"),
]
LAMP_PARTNERS = ["Cordarex 200", "Aknenormin 20 mg", "Ramipril HCT 5/25", "HCT 25 mg"]


@pytest.mark.parametrize(("name", "label"), HERB_PARTNERS)
def test_german_medicine_names_get_the_herb_caution(cli, name: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("log", "selfcare", "Johanniskraut-Tee", "--new", "--category",
               "tea_supplement").code == 0

    added = cli("med", "add", name)

    assert added.code == 0, added.err
    assert f"Caution: St John's Wort and {name} ({label}" in added.out
    assert "not in this app's list" not in cli("med", "list").out


@pytest.mark.parametrize("name", LAMP_PARTNERS)
def test_german_photosensitising_names_get_the_lamp_caution(cli, name: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("med", "add", name).code == 0

    lamp = cli("log", "light", "--kind", "lamp", "--minutes", "30")

    assert lamp.code == 0, lamp.err
    assert (f"Caution: {name} (a medicine that makes skin and eyes more sensitive to light) "
            "and your light-therapy lamp") in lamp.out


def test_csv_zip_given_a_plain_csv_says_it_is_not_a_zip(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "moods.csv"
    plain.write_text("date,mood\n2026-11-01,3\n", encoding="utf-8")
    cut_short = tmp_path / "export.zip"
    assert cli("export", "csv", "-o", str(cut_short)).code == 0
    cut_short.write_bytes(cut_short.read_bytes()[:200])

    wrong = cli("import", "csv-zip", str(plain))
    damaged = cli("import", "csv-zip", str(cut_short))

    assert wrong.code == 2
    assert "moods.csv is not a zip file" in wrong.err and "damaged" not in wrong.err
    assert "nothing was imported" in wrong.err
    assert damaged.code == 2 and "damaged or incomplete" in damaged.err


@pytest.mark.parametrize(("item", "category"), [
    ("Coffee with Kira", "social"), ("Call Felis", "social"), ("Kira's playlist", "music"),
    ("Dance with Laif", "social")])
def test_a_friend_named_like_a_herb_brand_is_not_the_herb(cli, item: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("med", "add", "sertraline").code == 0

    result = cli("log", "selfcare", item, "--new", "--category", category)

    assert result.code == 0, result.err
    assert "Caution" not in result.out


@pytest.mark.parametrize(("item", "category"), [
    ("Kira 300 mg", "tea_supplement"), ("Kira", "custom"),
    ("Johanniskraut-Tee mit Mama", "social"), ("St John's Wort tea with Kira", "social")])
def test_the_herb_itself_counts_in_every_category(cli, item: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("med", "add", "sertraline").code == 0

    result = cli("log", "selfcare", item, "--new", "--category", category)

    assert "Caution: St John's Wort and sertraline" in result.out
