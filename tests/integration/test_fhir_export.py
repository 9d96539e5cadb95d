"""`export fhir`: a FHIR R4 Bundle that a well-kept FHIR library accepts, whose totals,
answers and daily values read back as logged; notes and names only when asked for."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from care_planting import phq9_answers, plant_assessment, plant_mood
from fhir.resources.R4B.bundle import Bundle

from wellness_app.domain.questionnaires import GAD7, PHQ9
from wellness_app.services import open_database
from wellness_app.services.io.fhir_export import (
    ANSWER_CODES,
    MOOD_CODE,
    MOOD_SYSTEM,
    QUESTIONNAIRES,
)
from wellness_app.storage.rows import DailyMetric, Medication

DAY = date(2026, 3, 2)
PHQ9_PLANTED = [(DAY - timedelta(days=20), phq9_answers(18, item9=1)),
                (DAY - timedelta(days=5), phq9_answers(7))]
GAD7_PLANTED = [(DAY - timedelta(days=5), [3, 2, 1, 1, 0, 0, 2])]


@pytest.fixture
def journal(cli) -> Path:  # type: ignore[no-untyped-def]
    cli.data_dir.mkdir()
    db = open_database(cli.db_path)
    for n in range(30):
        plant_mood(db, DAY - timedelta(days=n), 1 + n % 5,
                   note="words only I should see" if n == 3 else "")
    for day, answers in PHQ9_PLANTED:
        plant_assessment(db, day, "phq9", answers)
    for day, answers in GAD7_PLANTED:
        plant_assessment(db, day, "gad7", answers, hour=9)
    with db.transaction() as s:
        s.add(DailyMetric(local_date=DAY, metric="steps", value=8123.0))
        s.add(DailyMetric(local_date=DAY, metric="sleep_hours", value=6.5))
        s.add(Medication(name="Sertraline", dose="100 mg", start_date=date(2025, 1, 1)))
    db.close()
    return cli.db_path


def export(cli, tmp_path: Path, *args: str) -> tuple[dict, str]:  # type: ignore[no-untyped-def]
    out = tmp_path / "bundle.json"
    result = cli("export", "fhir", "-o", str(out), "--from", "2026-01-01", "--to",
                 "2026-03-31", *args)
    assert result.code == 0, result.err
    return json.loads(out.read_text(encoding="utf-8")), result.out + result.err


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle.get("entry", [])
            if e["resource"]["resourceType"] == kind]


def code_of(resource: dict) -> str:
    return resource["code"]["coding"][0]["code"]


def test_bundle_validates_and_totals_round_trip(cli, journal: Path, tmp_path: Path) -> None:
    bundle, message = export(cli, tmp_path)
    parsed = Bundle.model_validate(bundle)  # raises on anything FHIR does not allow
    assert parsed.type == "collection"
    assert "Wrote a FHIR bundle" in message
    observations = resources(bundle, "Observation")
    assert [o["valueInteger"] for o in observations if code_of(o) == "44261-6"] == [
        sum(a) for _d, a in PHQ9_PLANTED]
    assert [o["valueInteger"] for o in observations if code_of(o) == "70274-6"] == [
        sum(a) for _d, a in GAD7_PLANTED]
    mood = [o for o in observations if code_of(o) == MOOD_CODE]
    assert len(mood) == 30 and mood[0]["code"]["coding"][0]["system"] == MOOD_SYSTEM
    assert mood[0]["code"]["text"].startswith("Mean daily mood")
    steps = [o for o in observations if code_of(o) == "41950-7"]
    assert [(s["effectiveDateTime"], s["valueQuantity"]["value"]) for s in steps] == [
        ("2026-03-02", 8123.0)]
    assert steps[0]["valueQuantity"]["code"] == "/d"
    sleep = [o for o in observations if code_of(o) == "93832-4"]
    assert sleep[0]["valueQuantity"] == {"value": 6.5, "unit": "h",
                                         "system": "http://unitsofmeasure.org", "code": "h"}
    (medication,) = resources(bundle, "MedicationStatement")
    assert medication["medicationCodeableConcept"]["text"] == "Sertraline"
    assert medication["dosage"][0]["text"] == "100 mg" and medication["status"] == "active"


def test_every_item_answer_reads_back(cli, journal: Path, tmp_path: Path) -> None:
    bundle, _ = export(cli, tmp_path)
    responses = resources(bundle, "QuestionnaireResponse")
    assert [r["questionnaire"] for r in responses] == [
        "http://loinc.org/q/44249-1", "http://loinc.org/q/44249-1",
        "http://loinc.org/q/69737-5"]
    planted = [a for _d, a in PHQ9_PLANTED] + [a for _d, a in GAD7_PLANTED]
    for response, answers in zip(responses, planted, strict=True):
        codes = [i["answer"][0]["valueCoding"]["code"] for i in response["item"]]
        assert [ANSWER_CODES.index(c) for c in codes] == answers
    item9 = responses[0]["item"][8]
    assert item9["linkId"] == "44260-8"
    assert item9["answer"][0]["valueCoding"]["display"] == "Several days"
    assert len(responses[1]["item"]) == 9  # the difficulty question was not answered


def test_the_phq9_difficulty_answer_goes_along(cli, journal: Path, tmp_path: Path) -> None:
    """PHQ-9 question 10 (unscored): LOINC 69722-7 with its own answer list, LL359-1."""
    result = cli("assess", "phq9", "--answers", "1,1,0,0,0,0,0,0,0", "--difficulty", "2")
    assert result.code == 0, result.err
    out = tmp_path / "bundle.json"
    assert cli("export", "fhir", "-o", str(out)).code == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    latest = resources(bundle, "QuestionnaireResponse")[-1]
    assert latest["item"][-1]["linkId"] == "69722-7"
    assert latest["item"][-1]["answer"][0]["valueCoding"] == {
        "system": "http://loinc.org", "code": "LA6575-0", "display": "Very difficult"}


@pytest.mark.parametrize("kind, questionnaire, panel, total", [
    ("phq9", PHQ9, "44249-1", "44261-6"), ("gad7", GAD7, "69737-5", "70274-6")])
def test_loinc_mapping_covers_every_item(kind, questionnaire, panel, total) -> None:  # type: ignore[no-untyped-def]
    spec = QUESTIONNAIRES[kind]
    assert (spec["panel"], spec["total"]) == (panel, total)
    assert len(spec["items"]) == len(questionnaire.items) == len(set(spec["items"]))


def test_notes_and_name_only_when_asked(cli, journal: Path, tmp_path: Path) -> None:
    plain, _ = export(cli, tmp_path)
    text = json.dumps(plain)
    assert "words only I should see" not in text
    (patient,) = resources(plain, "Patient")
    assert set(patient) == {"resourceType"}  # nothing identifies the person
    with_notes, _ = export(cli, tmp_path, "--include-notes", "--name", "Alex Example")
    Bundle.model_validate(with_notes)
    assert "words only I should see" in json.dumps(with_notes)
    assert resources(with_notes, "Patient")[0]["name"] == [{"text": "Alex Example"}]


def test_empty_range_gives_an_empty_bundle_and_one_line(cli, journal: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    result = cli("export", "fhir", "-o", str(out), "--from", "2001-01-01", "--to", "2001-12-31")
    assert result.code == 0
    assert result.err.strip().count("\n") == 0 and "empty bundle" in result.err
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    assert "entry" not in bundle


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-03-10", "--to", "2026-03-01"], "after"),
    (["--from", "March"], "YYYY-MM-DD"),
    (["-o", "/no/such/dir/b.json"], "does not exist"),
])
def test_bad_input_is_one_clear_line(cli, tmp_path: Path, args: list[str],
                                     message: str) -> None:
    output = [] if "-o" in args else ["-o", str(tmp_path / "b.json")]
    result = cli("export", "fhir", *output, *args)
    assert result.code == 2
    assert message in result.err and "Traceback" not in result.err
