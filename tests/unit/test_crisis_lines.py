"""The shipped crisis lines match CLINICAL.md; the person's edits override, hide and add."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from wellness_app.resources import resource_path

from wellness_app.domain.crisis_lines import ELSEWHERE, country_from_locale, normalise_country
from wellness_app.domain.errors import ValidationError
from wellness_app.services import Database
from wellness_app.services.crisis_lines import CrisisLineService, system_country

#: The CLINICAL.md table, word for word: (countries, line)
CLINICAL_TABLE = [
    (("US",), "988 Suicide & Crisis Lifeline — call or text 988; emergency 911"),
    (("CA",), "988 — call or text; emergency 911"),
    (("GB", "IE"), "Samaritans 116 123 (free, 24/7); emergency 999 / 112"),
    (("AU",), "Lifeline 13 11 14; emergency 000"),
    (("NZ",), "Need to talk? call or text 1737; emergency 111"),
    (("DE",), "TelefonSeelsorge 0800 111 0 111 or 0800 111 0 222; emergency 112"),
    (("FR",), "3114 (national suicide prevention line); emergency 112"),
    (("NL",), "113 Zelfmoordpreventie: 113 or 0800-0113; emergency 112"),
    ((ELSEWHERE,), "the local emergency number; directory at findahelpline.com"),
]


def _numbers(text: str) -> list[str]:
    """Phone numbers as digit strings ("116 123" → "116123"; "999 / 112" → two; not "24/7")."""
    digits = [re.sub(r"\D", "", m) for m in re.findall(r"\d[\d -]*\d", text)]
    return [d for d in digits if len(d) >= 3]


def test_every_clinical_row_is_shipped_word_for_word() -> None:
    data = json.loads(resource_path("crisis_lines.json").read_text(encoding="utf-8"))
    by_code = {entry["code"]: entry for entry in data["countries"]}
    assert data["last_reviewed"] == "2026-11-24"
    expected_codes = {code for codes, _ in CLINICAL_TABLE for code in codes}
    assert set(by_code) == expected_codes
    for codes, row in CLINICAL_TABLE:
        for code in codes:
            entry = by_code[code]
            assert entry["summary"] == row
            shipped = " ".join(f"{ln['label']} {ln['contact']}" for ln in entry["lines"])
            # every number in the table row is a line someone can dial, and no other number
            assert sorted(set(_numbers(row))) == sorted(set(_numbers(shipped))), code


def test_elsewhere_points_to_findahelpline(db: Database) -> None:
    lines = CrisisLineService(db).lines("ES")
    assert [line.contact for line in lines] == ["the local emergency number",
                                                "findahelpline.com"]


def test_edit_overrides_a_shipped_line_by_label(db: Database) -> None:
    service = CrisisLineService(db)
    service.edit("GB", "Samaritans", "Samaritans", "116 123", "free, any time")
    lines = service.lines("GB")
    assert lines[0].label == "Samaritans" and lines[0].note == "free, any time"
    assert lines[0].origin == "edited" and len(lines) == 2
    assert CrisisLineService(db).lines("IE")[0].note == "free, 24/7"  # other country intact


def test_hide_and_unhide_a_shipped_line(db: Database) -> None:
    service = CrisisLineService(db)
    service.set_hidden("US", "Emergency", True)
    assert [line.label for line in service.lines("US")] == ["988 Suicide & Crisis Lifeline"]
    assert len(service.lines("US", include_hidden=True)) == 2
    service.set_hidden("US", "Emergency", False)
    assert len(service.lines("US")) == 2


def test_add_own_line_comes_after_shipped_and_reset_removes_it(db: Database) -> None:
    service = CrisisLineService(db)
    service.add("DE", "Dr. Weber (psychiatrist)", "+49 30 1234567", "weekdays")
    labels = [line.label for line in service.lines("DE")]
    assert labels == ["TelefonSeelsorge", "Emergency", "Dr. Weber (psychiatrist)"]
    with pytest.raises(ValidationError, match="already a line"):
        service.add("DE", "telefonseelsorge", "123")
    service.reset("DE", "Dr. Weber (psychiatrist)")
    assert len(service.lines("DE")) == 2


def test_renaming_a_shipped_line_hides_the_original(db: Database) -> None:
    service = CrisisLineService(db)
    service.edit("AU", "Lifeline", "Lifeline Australia", "13 11 14")
    assert [line.label for line in service.lines("AU")] == ["Emergency", "Lifeline Australia"]


def test_empty_contact_is_refused_and_nothing_changes(db: Database) -> None:
    service = CrisisLineService(db)
    with pytest.raises(ValidationError, match="needs a number"):
        service.edit("GB", "Samaritans", "Samaritans", "  ")
    assert service.lines("GB")[0].contact == "116 123"


def test_country_preference_overrides_locale(db: Database) -> None:
    service = CrisisLineService(db)
    assert service.set_country("nz") == "NZ"
    assert CrisisLineService(db).country() == "NZ"
    assert CrisisLineService(db).lines()[0].contact == "1737"


@pytest.mark.parametrize(("name", "code"), [
    ("en_GB.UTF-8", "GB"), ("de_DE@euro", "DE"), ("fr_FR", "FR"), ("English_United Kingdom",
                                                                    "GB"),
    ("C", None), ("C.UTF-8", None), ("POSIX", None), ("", None), (None, None),
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


def test_directory_review_date_is_a_date(db: Database) -> None:
    assert CrisisLineService(db).directory.last_reviewed == date(2026, 11, 24)
