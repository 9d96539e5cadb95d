"""A FHIR R4 `Bundle` (type "collection") of a date range, for a clinic's system.

Holds a QuestionnaireResponse per PHQ-9 (LOINC 44249-1) and GAD-7 (69737-5) with every
item answer (and the PHQ-9's unscored difficulty question, 69722-7, when answered), an
Observation per total (44261-6, 70274-6), daily mood in the app's own code system, steps
(41950-7, steps in 24 hours) and sleep duration (93832-4) per day, and medications as
MedicationStatements. The Patient is anonymous unless a name is given; notes are left out
unless asked for. The README lists the mapping; docs/clinical-sources.md where each code
was checked.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from wellness_app.domain.assessments import AssessmentRecord
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.questionnaires import (
    ANSWERS,
    PHQ9_DIFFICULTY_ANSWERS,
    PHQ9_DIFFICULTY_QUESTION,
)
from wellness_app.domain.trends import from_epoch_day
from wellness_app.services.io.json_export import write_atomically
from wellness_app.storage import Database
from wellness_app.storage.repositories import aggregates, clinical_history

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
MOOD_SYSTEM = "urn:wellness-app:codesystem:mood"  # documented in the README (FHIR export)
MOOD_CODE = "daily-mood-mean"
MOOD_TEXT = "Mean daily mood, self-rated (1 = awful, 5 = great)"
ANSWER_CODES = ("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9")  # answer list LL358-3
DIFFICULTY = "69722-7"  # PHQ-9 question 10, answer list LL359-1 (not difficult … extremely)
DIFFICULTY_CODES = ("LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3")
QUESTIONNAIRES: dict[str, dict[str, Any]] = {
    "phq9": {"panel": "44249-1", "total": "44261-6",
             "total_display": "Patient Health Questionnaire 9 item (PHQ-9) total score "
                              "[Reported]",
             "items": ("44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2",
                       "44252-5", "44253-3", "44260-8")},
    "gad7": {"panel": "69737-5", "total": "70274-6",
             "total_display": "Generalized anxiety disorder 7 item (GAD-7) total score "
                              "[Reported.PHQ]",
             "items": ("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8",
                       "69736-7")},
}
STEPS = ("41950-7", "Number of steps in 24 hour Measured")  # a day's total, as HL7's
# Physical Activity guide codes daily steps (55423-8 is steps over an unspecified time)
SLEEP = ("93832-4", "Sleep duration")


@dataclass(frozen=True)
class FhirResult:
    bundle: dict[str, Any]
    resources: int  # data resources (the Patient not counted)


def _urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _coding(system: str, code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _category(code: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": CATEGORY, "code": code}]}]


def _questionnaire_entries(record: AssessmentRecord,
                           patient: str) -> list[tuple[str, dict[str, Any]]]:
    spec = QUESTIONNAIRES[record.kind]
    questionnaire = record.questionnaire
    authored = record.moment.utc.astimezone(UTC).isoformat()
    items = [{"linkId": code, "text": text, "answer": [{"valueCoding": {
        "system": LOINC, "code": ANSWER_CODES[answer], "display": ANSWERS[answer]}}]}
        for code, text, answer in zip(spec["items"], questionnaire.items, record.answers,
                                      strict=True)]
    if record.kind == "phq9" and record.difficulty is not None:
        items.append({"linkId": DIFFICULTY, "text": PHQ9_DIFFICULTY_QUESTION, "answer": [{
            "valueCoding": {"system": LOINC, "code": DIFFICULTY_CODES[record.difficulty],
                            "display": PHQ9_DIFFICULTY_ANSWERS[record.difficulty]}}]})
    response_url = _urn()
    response = {"resourceType": "QuestionnaireResponse",
                "questionnaire": f"http://loinc.org/q/{spec['panel']}",
                "status": "completed", "subject": {"reference": patient},
                "authored": authored, "item": items}
    total = {"resourceType": "Observation", "status": "final",
             "category": _category("survey"),
             "code": _coding(LOINC, spec["total"], spec["total_display"]),
             "subject": {"reference": patient}, "effectiveDateTime": authored,
             "valueInteger": record.total,
             "derivedFrom": [{"reference": response_url}]}
    return [(response_url, response), (_urn(), total)]


def _day_observation(day: date, patient: str, code: dict[str, Any], category: str,
                     value: dict[str, Any], note: str = "") -> tuple[str, dict[str, Any]]:
    resource: dict[str, Any] = {
        "resourceType": "Observation", "status": "final", "category": _category(category),
        "code": code, "subject": {"reference": patient},
        "effectiveDateTime": day.isoformat(), "valueQuantity": value}
    if note:
        resource["note"] = [{"text": note}]
    return _urn(), resource


def _medication(row: tuple[str, str, date | None, date | None], patient: str,
                today: date) -> tuple[str, dict[str, Any]]:
    name, dose, start, stop = row
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "status": "completed" if stop is not None and stop < today else "active",
        "medicationCodeableConcept": {"text": name}, "subject": {"reference": patient}}
    period = {k: v.isoformat() for k, v in (("start", start), ("end", stop)) if v}
    if period:
        resource["effectivePeriod"] = period
    if dose:
        resource["dosage"] = [{"text": dose}]
    return _urn(), resource


class FhirExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def bundle(self, start: date, end: date, *, include_notes: bool = False,
               name: str = "", today: date | None = None) -> FhirResult:
        if end < start:
            raise ValidationError(f"The export ends ({end}) before it starts ({start})")
        with self._db.reading() as s:
            records = clinical_history.assessments(s, start, end)
            moods = clinical_history.daily_moods(s, start, end)
            notes = clinical_history.mood_notes(s, start, end) if include_notes else []
            series = aggregates.daily_series(s, start, end)
            medications = clinical_history.medications(s, start, end)
        patient = _urn()
        entries: list[tuple[str, dict[str, Any]]] = []
        for record in records:
            if record.kind in QUESTIONNAIRES:
                entries += _questionnaire_entries(record, patient)
        day_notes: dict[date, list[str]] = {}
        for day, title, text in notes:
            day_notes.setdefault(day, []).append(" — ".join(t for t in (title, text) if t))
        mood_code = _coding(MOOD_SYSTEM, MOOD_CODE, MOOD_TEXT)
        for mood in moods:
            entries.append(_day_observation(
                mood.day, patient, mood_code, "survey",
                {"value": round(mood.mean, 2), "unit": "score"},
                "\n".join(day_notes.get(mood.day, []))))
        for values, (code, display), unit in ((series.steps, STEPS, ("steps/day", "/d")),
                                             (series.sleep_hours, SLEEP, ("h", "h"))):
            for day, value in zip(series.days, values, strict=True):
                if np.isfinite(value):
                    entries.append(_day_observation(
                        from_epoch_day(int(day)), patient, _coding(LOINC, code, display),
                        "activity", {"value": round(float(value), 2), "unit": unit[0],
                                     "system": UCUM, "code": unit[1]}))
        today = today or date.today()
        entries += [_medication(row, patient, today) for row in medications]
        count = len(entries)
        if entries:
            person: dict[str, Any] = {"resourceType": "Patient"}
            if name.strip():
                person["name"] = [{"text": name.strip()}]
            entries.insert(0, (patient, person))
        bundle = {"resourceType": "Bundle", "type": "collection",
                  "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
                  "entry": [{"fullUrl": url, "resource": res} for url, res in entries]}
        if not entries:
            del bundle["entry"]
        return FhirResult(bundle, count)

    def write(self, path: Path, start: date, end: date, *, include_notes: bool = False,
              name: str = "") -> FhirResult:
        """Write the bundle as JSON (atomically: a failed write leaves no half file)."""
        result = self.bundle(start, end, include_notes=include_notes, name=name)
        write_atomically(path, json.dumps(result.bundle, ensure_ascii=False, indent=1))
        return result
