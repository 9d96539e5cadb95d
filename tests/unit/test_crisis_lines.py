"""The shipped crisis lines: every country has its emergency number, a source and a date;
the CLINICAL.md rows are shipped word for word; the person's edits override, hide and add,
but the emergency number is never hidden or changed."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from wellness_app.resources import resource_path

from wellness_app.domain.crisis_lines import (
    ELSEWHERE,
    country_from_locale,
    country_of_place,
    dialable,
    normalise_country,
)
from wellness_app.domain.errors import ValidationError
from wellness_app.services import Database
from wellness_app.services.crisis_lines import CrisisLineService, load_directory, system_country

#: The CLINICAL.md table, word for word: (countries, row)
CLINICAL_TABLE = [
    (("US",), "988 Suicide & Crisis Lifeline — call or text 988, chat at 988lifeline.org; "
              "emergency 911"),
    (("CA",), "988 — call or text; emergency 911"),
    (("GB", "IE"), "Samaritans 116 123 (free, 24/7); emergency 999 / 112"),
    (("AU",), "Lifeline 13 11 14, text 0477 13 11 14; emergency 000"),
    (("NZ",), "Need to talk? call or text 1737; emergency 111"),
    (("DE",), "TelefonSeelsorge 0800 111 0 111, 0800 111 0 222 or 116 123; emergency 112"),
    (("AT",), "TelefonSeelsorge 142; emergency 112 / 144"),
    (("CH",), "Die Dargebotene Hand 143; emergency 112 / 144"),
    (("FR",), "3114 (national suicide prevention line); emergency 112"),
    (("NL",), "113 Zelfmoordpreventie: 113 or 0800-0113 (free), chat at 113.nl; emergency 112"),
    (("IN",), "Tele-MANAS 14416 (or 1-800-891-4416); emergency 112"),
    (("BR",), "CVV 188; emergency 192 (SAMU)"),
    (("ES",), "024 (línea de atención a la conducta suicida); emergency 112"),
    ((ELSEWHERE,), "the local emergency number; directory at findahelpline.com"),
]
#: the issue's list of countries to add beyond the CLINICAL.md table
ADDED = ("JP", "IT", "MX", "ZA", "BE", "SE", "NO", "DK", "FI", "PL")
#: every country's emergency number(s), as the issue names them
EMERGENCY = {
    "US": {"911"}, "CA": {"911"}, "GB": {"999", "112"}, "IE": {"112", "999"}, "AU": {"000"},
    "NZ": {"111"}, "DE": {"112"}, "AT": {"112", "144"}, "CH": {"112", "144"},
    "FR": {"112", "15"}, "NL": {"112"}, "IN": {"112"}, "BR": {"192"}, "ES": {"112"},
    "JP": {"119", "110"}, "IT": {"112"}, "MX": {"911"}, "ZA": {"112", "10177"},
    "BE": {"112"}, "SE": {"112"}, "NO": {"113", "112"}, "DK": {"112"}, "FI": {"112"},
    "PL": {"112"},
}
DATA = json.loads(resource_path("crisis_lines.json").read_text(encoding="utf-8"))
COUNTRIES = {entry["code"]: entry for entry in DATA["countries"]}


def _numbers(text: str) -> set[str]:
    """Phone numbers as digit strings ("116 123" → "116123"; "999 / 112" → two; not "24/7")."""
    digits = [re.sub(r"\D", "", m) for m in re.findall(r"\d[\d -]*\d", text)]
    return {d for d in digits if len(d) >= 3}


def test_every_clinical_row_is_shipped_word_for_word() -> None:
    for codes, row in CLINICAL_TABLE:
        for code in codes:
            entry = COUNTRIES[code]
            assert entry["summary"] == row
            shipped = " / ".join(" / ".join([ln["label"], ln["number"], *ln.get("also", []),
                                             ln.get("text_number", "")])
                                 for ln in entry["lines"])
            # every number in the table row is a line someone can dial
            assert _numbers(row) <= _numbers(shipped), code


def test_the_issues_new_countries_are_there() -> None:
    assert set(ADDED) <= set(COUNTRIES)
    assert set(COUNTRIES) == set(EMERGENCY) | {ELSEWHERE}


@pytest.mark.parametrize("code", sorted(EMERGENCY))
def test_every_country_has_emergency_number_source_and_date(code: str) -> None:
    country = load_directory().get(code)
    assert country.code == code
    emergency = {n for line in country.emergency for n in (line.contact, *line.also)}
    assert emergency == EMERGENCY[code]
    assert all(line.dial_number() for line in country.emergency)
    assert any(not line.emergency for line in country.lines), "a crisis line besides 911"
    for line in country.lines:
        assert line.source.startswith("https://"), line.label
        assert line.verified is not None and line.verified <= date(2026, 12, 2), line.label
        assert line.channels and set(line.channels) <= {"call", "text", "chat"}
        if "chat" in line.channels:
            assert line.chat_url.startswith("https://"), line.label
        if "text" in line.channels:
            assert line.sms_number(), line.label


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_every_shipped_line_is_in_docs_with_its_source(code: str) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "crisis-lines.md").read_text(encoding="utf-8")
    for line in COUNTRIES[code]["lines"]:
        assert line["source"] in doc, (code, line["label"])
        assert line["number"] in doc, (code, line["label"])


def test_issue_gaps_are_filled() -> None:
    directory = load_directory()
    us = directory.get("US").lines[0]
    assert us.chat_url == "https://988lifeline.org/chat" and "chat" in us.channels
    assert directory.get("AU").lines[0].sms_number() == "0477131114"
    assert "116 123" in directory.get("DE").lines[0].also
    nl = directory.get("NL").lines[0]
    assert nl.cost == "free" and nl.chat_url.startswith("https://www.113.nl")


def test_elsewhere_points_to_findahelpline(db: Database) -> None:
    lines = CrisisLineService(db).lines("PT")
    assert [line.contact for line in lines] == ["the local emergency number",
                                                "findahelpline.com"]
    assert lines[0].emergency and lines[0].dial_number() is None


@pytest.mark.parametrize(("text", "number"), [
    ("0800 111 0 111", "08001110111"), ("+49 30 1234567", "+49301234567"), ("112", "112"),
    ("1-800-891-4416", "18008914416"), ("(02) 2327-2327", "0223272327"),
    ("findahelpline.com", None), ("the local emergency number", None), ("", None),
    ("my sister", None), ("7", None),
])
def test_dialable(text: str, number: str | None) -> None:
    assert dialable(text) == number


def test_edit_overrides_a_shipped_line_by_label(db: Database) -> None:
    service = CrisisLineService(db)
    service.edit("GB", "Samaritans", "Samaritans", "116 123", "free, any time")
    lines = service.lines("GB")
    samaritans = next(line for line in lines if line.label == "Samaritans")
    assert samaritans.note == "free, any time" and samaritans.origin == "edited"
    assert samaritans.hours == "24/7"  # what the person did not change stays
    assert len(lines) == 2
    assert CrisisLineService(db).lines("IE")[1].note == ""  # other country intact


@pytest.mark.parametrize("code", sorted(EMERGENCY))
def test_the_emergency_number_can_never_be_hidden_or_changed(db: Database, code: str) -> None:
    service = CrisisLineService(db)
    emergency = service.lines(code)[0]
    assert emergency.emergency
    with pytest.raises(ValidationError, match="always shown"):
        service.set_hidden(code, emergency.label, True)
    with pytest.raises(ValidationError, match="always shown"):
        service.edit(code, emergency.label, emergency.label, "555")
    with pytest.raises(ValidationError, match="always shown"):
        service.edit(code, service.lines(code)[-1].label, emergency.label, "555")
    assert service.lines(code)[0] == emergency


def test_an_old_hidden_emergency_row_in_the_journal_is_ignored(db: Database) -> None:
    from wellness_app.domain.crisis_lines import CrisisLine
    from wellness_app.storage.repositories import crisis_lines

    with db.transaction() as session:  # e.g. hidden by an older version of the app
        crisis_lines.upsert(session, CrisisLine("US", "Emergency", "000", hidden=True))
    lines = CrisisLineService(db).lines("US")
    assert lines[0].label == "Emergency" and lines[0].contact == "911"


def test_an_older_versions_edit_of_the_emergency_line_is_kept_as_her_own(db: Database) -> None:
    from wellness_app.domain.crisis_lines import CrisisLine
    from wellness_app.storage.repositories import crisis_lines

    with db.transaction() as session:
        crisis_lines.upsert(session, CrisisLine("GB", "Emergency", "my sister", "call first"))
    service = CrisisLineService(db)
    lines = service.lines("GB")
    assert (lines[0].contact, lines[0].emergency) == ("999", True)
    assert (lines[-1].contact, lines[-1].note, lines[-1].origin) == ("my sister",
                                                                     "call first", "own")
    service.reset("GB", "Emergency")  # she can remove it; the emergency number stays
    assert [line.contact for line in service.lines("GB")] == ["999", "116 123"]


def test_hide_unhide_and_bring_back_bundled_lines(db: Database) -> None:
    service = CrisisLineService(db)
    service.set_hidden("US", "988 Suicide & Crisis Lifeline", True)
    assert [line.label for line in service.lines("US")] == ["Emergency"]
    assert len(service.lines("US", include_hidden=True)) == 2
    service.edit("NZ", "Need to talk?", "Need to talk?", "0800 000")
    service.add("NZ", "My GP", "09 123 4567")
    assert service.restore_all("US") == 1 and service.restore_all("NZ") == 1
    assert len(service.lines("US")) == 2
    assert [line.contact for line in service.lines("NZ")] == ["111", "1737", "09 123 4567"]


def test_add_own_line_comes_after_shipped_and_reset_removes_it(db: Database) -> None:
    service = CrisisLineService(db)
    service.add("DE", "Dr. Weber (psychiatrist)", "+49 30 1234567", "weekdays")
    labels = [line.label for line in service.lines("DE")]
    assert labels == ["Emergency", "TelefonSeelsorge", "Dr. Weber (psychiatrist)"]
    with pytest.raises(ValidationError, match="already a line"):
        service.add("DE", "telefonseelsorge", "123")
    service.reset("DE", "Dr. Weber (psychiatrist)")
    assert len(service.lines("DE")) == 2


def test_renaming_a_shipped_line_hides_the_original(db: Database) -> None:
    service = CrisisLineService(db)
    service.edit("AU", "Lifeline", "Lifeline Australia", "13 11 14")
    assert [line.label for line in service.lines("AU")] == ["Emergency", "Lifeline Australia"]


@pytest.mark.parametrize(("label", "contact", "note", "message"), [
    ("Samaritans", "  ", "", "needs a number"),
    ("Samaritans", "", "", "needs a number"),
    ("", "123", "", "needs a name"),
    ("   ", "123", "", "needs a name"),
    ("Samaritans", "1" * 201, "", "under 200"),
    ("Samaritans", "116 123", "x" * 201, "under 200"),
    ("Sama\nritans", "116 123", "", "line breaks"),
    ("Samaritans", "116\t123", "", "control characters"),
])
def test_malformed_lines_are_refused_and_nothing_changes(db: Database, label: str,
                                                         contact: str, note: str,
                                                         message: str) -> None:
    service = CrisisLineService(db)
    before = service.lines("GB", include_hidden=True)
    with pytest.raises(ValidationError, match=message):
        service.edit("GB", "Samaritans", label, contact, note)
    with pytest.raises(ValidationError, match=message):
        service.add("GB", label, contact, note)
    assert service.lines("GB", include_hidden=True) == before


def test_country_preference_overrides_locale_and_is_mirrored(db: Database) -> None:
    service = CrisisLineService(db)
    assert not (db.path.parent / "crisis-country").exists()
    assert service.set_country("nz") == "NZ"
    assert CrisisLineService(db).country() == "NZ"
    assert CrisisLineService(db).lines()[1].contact == "1737"
    # the locked screen and the CLI without a passphrase read the mirror
    locked = CrisisLineService(None, db.path.parent)
    assert locked.country() == "NZ" and locked.country_is_known()
    assert [line.contact for line in locked.lines()] == ["111", "1737"]
    with pytest.raises(ValidationError, match="Unlock"):
        locked.add("NZ", "Mine", "123")


def test_a_broken_mirror_file_falls_back_quietly(tmp_path: Path) -> None:
    (tmp_path / "crisis-country").write_bytes(b"\xff\xfe garbage")
    service = CrisisLineService(None, tmp_path)
    assert service.chosen_country() is None


@pytest.mark.parametrize(("place", "code"), [
    ("Berlin, Germany", "DE"), ("London, England", "GB"), ("Edinburgh, Scotland", "GB"),
    ("Washington DC, USA", "US"), ("Hobart, Tasmania", "AU"), ("Vienna, Austria", "AT"),
    ("Tokyo, Japan", "JP"), ("Lisbon, Portugal", ELSEWHERE), ("Bern, Switzerland", "CH"),
])
def test_country_of_place(place: str, code: str) -> None:
    assert country_of_place(place) == code


def test_a_city_chosen_for_daylight_sets_the_crisis_country(db: Database) -> None:
    from wellness_app.services.place import PlaceService

    PlaceService(db).set_city("Berlin")
    assert CrisisLineService(db).country() == "DE"
    PlaceService(db).set_coordinates(38.7, -9.1)  # coordinates alone say nothing
    assert CrisisLineService(db).country() == "DE"


@pytest.mark.parametrize(("name", "code"), [
    ("en_GB.UTF-8", "GB"), ("de_DE@euro", "DE"), ("fr_FR", "FR"), ("English_United Kingdom",
                                                                    "GB"),
    ("German_Austria", "AT"), ("C", None), ("C.UTF-8", None), ("POSIX", None), ("", None),
    (None, None),
])
def test_country_from_locale(name: str | None, code: str | None) -> None:
    assert country_from_locale(name) == code


def test_system_country_reads_lang_and_falls_back_to_elsewhere() -> None:
    assert system_country({"LANG": "nl_NL.UTF-8"}) == "NL"
    assert system_country({"LC_ALL": "en_AU.UTF-8", "LANG": "en_US.UTF-8"}) == "AU"
    assert system_country({"LANG": "C.UTF-8"}) == ELSEWHERE
    assert system_country({}) == ELSEWHERE


@pytest.mark.parametrize("bad", ["G", "GBR", "1A", ""])
def test_bad_country_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="two-letter"):
        normalise_country(bad)


def test_a_list_older_than_a_year_says_so(db: Database) -> None:
    directory = CrisisLineService(db).directory
    assert directory.last_reviewed == date(2026, 12, 2)
    assert not directory.is_stale(date(2027, 12, 2))
    assert directory.is_stale(date(2027, 12, 3))
