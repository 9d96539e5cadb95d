"""Validating and normalising a JSON export before anything is written.

Every record is checked against the field descriptions storage derives from the
tables, plus the app's own rules (mood 1–5, note length, fixed vocabulary words). The
first problem raises `ValidationError` naming the record, e.g.
`mood_entries[12].mood: must be a whole number from 1 to 5, not 9`. Valid records come
back in the exact form the exporter writes (all fields, fixed order), which is what makes
re-importing a file a no-op.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from wellness_app.domain import vocabulary as v
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.light import MINUTES_PER_DAY
from wellness_app.domain.moods import (
    MOOD_MAX,
    MOOD_MIN,
    NOTE_MAX_CHARS,
    SLEEP_MAX_HOURS,
    is_level,
)
from wellness_app.domain.records import EXPORT_FORMAT, SCHEMA_VERSION, FieldSpec, TableSpec
from wellness_app.domain.timestamps import Moment, check_not_future

Check = Callable[[Any], str | None]


def _scale(value: Any) -> str | None:
    if value is None or is_level(value):
        return None
    return f"must be a whole number from {MOOD_MIN} to {MOOD_MAX}, not {value}"


def _between(low: float, high: float) -> Check:
    def check(value: Any) -> str | None:
        if value is None or low <= value <= high:
            return None
        return f"must be between {low:g} and {high:g}, not {value}"
    return check


def _one_of(words: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        return None if value in words else f"must be one of {', '.join(words)}, not {value!r}"
    return check


RULES: dict[tuple[str, str], Check] = {
    ("mood_entries", "mood"): _scale, ("mood_entries", "energy"): _scale,
    ("mood_entries", "anxiety"): _scale, ("treatment_sessions", "mood_before"): _scale,
    ("treatment_sessions", "mood_after"): _scale,
    ("mood_entries", "sleep_hours"): _between(0, SLEEP_MAX_HOURS),
    ("light_sessions", "minutes"): _between(0, MINUTES_PER_DAY),
    ("activity_sessions", "minutes"): _between(0, MINUTES_PER_DAY),
    ("light_sessions", "kind"): _one_of(v.LIGHT_KINDS),
    ("activity_sessions", "intensity"): _one_of(v.INTENSITIES),
    ("daily_metrics", "metric"): _one_of(v.METRICS),
    ("selfcare_items", "category"): _one_of(v.SELFCARE_CATEGORIES),
    ("assessments", "kind"): _one_of(v.ASSESSMENT_KINDS),
    ("treatment_sessions", "kind"): _one_of(v.TREATMENT_KINDS),
}
ANSWER_COUNTS = {"phq9": 9, "gad7": 7}


def validate_document(document: Any, specs: list[TableSpec]) -> dict[str, list[dict[str, Any]]]:
    """The records of a parsed export, normalised, or ValidationError on the first problem."""
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ValidationError(f'This is not a wellness_app export (no "format": '
                              f'"{EXPORT_FORMAT}" at the top)')
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError(f"schema_version must be a whole number ≥ 1, not {version!r}")
    if version > SCHEMA_VERSION:
        raise ValidationError(f"This export uses schema version {version}, written by a newer "
                              "version of the app; please update the app to import it")
    data = document.get("data")
    if not isinstance(data, dict):
        raise ValidationError('"data" must be an object with one list per table')
    known = {spec.name: spec for spec in specs}
    for name in data:
        if name not in known:
            raise ValidationError(f"data.{name}: unknown table (known: {', '.join(known)})")
    result: dict[str, list[dict[str, Any]]] = {}
    for spec in specs:
        records = data.get(spec.name, [])
        if not isinstance(records, list):
            raise ValidationError(f"data.{spec.name}: must be a list of records")
        plan = _plan(spec)
        result[spec.name] = [_record(spec, plan, i, r) for i, r in enumerate(records)]
    return result


_Plan = tuple[frozenset[str], list[tuple[FieldSpec, Callable[[Any], str | None] | None]]]


def _plan(spec: TableSpec) -> _Plan:
    """What is checked for every record of `spec`, worked out once per table."""
    return (frozenset(field.name for field in spec.fields),
            [(field, RULES.get((spec.name, field.name))) for field in spec.fields])


def _record(spec: TableSpec, plan: _Plan, index: int, record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ValidationError(f"{spec.name}[{index}]: must be an object")
    names, checks = plan
    where = f"{spec.name}[{index}]"
    for key in record:
        if key not in names:
            raise ValidationError(f"{where}.{key}: unknown field")
    out: dict[str, Any] = {}
    for field, rule in checks:
        try:
            value = out[field.name] = _value(field, record)
            problem = None if rule is None else rule(value)
        except ValidationError as exc:
            problem = str(exc)
        if problem:
            raise ValidationError(f"{where}.{field.name}: {problem}")
    _derive(out)
    if "source" in out:
        if "source" not in record:
            out["source"] = "json"
        problem = _one_of(v.SOURCES)(out["source"])
        if problem:
            raise ValidationError(f"{where}.source: {problem}")
    if spec.name == "assessments":
        _check_answers(where, out)
    return out


def _value(field: FieldSpec, record: dict[str, Any]) -> Any:
    if field.name not in record:
        if field.required:
            raise ValidationError("is missing")
        return [] if field.kind == "tags" else field.default
    value = record[field.name]
    if value is None:
        if not field.nullable:
            raise ValidationError("must not be null")
        return None
    return PARSERS[field.kind](field, value)


def _int(field: FieldSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"must be a whole number, not {value!r}")
    return value


def _float(field: FieldSpec, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"must be a number, not {value!r}")
    return float(value)


def _str(field: FieldSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"must be text, not {value!r}")
    limit = field.max_length or (NOTE_MAX_CHARS if field.name == "note" else None)
    if limit is not None and len(value) > limit:
        raise ValidationError(f"is {len(value):,} characters; the limit is {limit:,}")
    return value


def _bool(field: FieldSpec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"must be true or false, not {value!r}")
    return value


def _date(field: FieldSpec, value: Any) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValidationError(f"must be a date YYYY-MM-DD, not {value!r}") from None


def _aware(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(f"must be an ISO-8601 time, not {value!r}") from None
    if parsed.tzinfo is None:
        raise ValidationError(f"needs its UTC offset (e.g. {value}+01:00)")
    return parsed


def _datetime(field: FieldSpec, value: Any) -> str:
    return _aware(value).astimezone(UTC).isoformat()


def _moment(field: FieldSpec, value: Any) -> str:
    moment = Moment.from_aware(_aware(value))
    check_not_future(moment)
    return moment.local.isoformat()


def _ref(field: FieldSpec, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"must be the name of a {field.ref_table} row, not {value!r}")
    return value


def _tags(field: FieldSpec, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        raise ValidationError("must be a list of tag names")
    unique = {" ".join(t.split()).casefold(): " ".join(t.split()) for t in reversed(value)}
    return sorted(unique.values(), key=lambda t: (t.casefold(), t))


PARSERS: dict[str, Callable[[FieldSpec, Any], Any]] = {
    "int": _int, "float": _float, "str": _str, "bool": _bool, "date": _date,
    "datetime": _datetime, "moment": _moment, "ref": _ref, "tags": _tags,
    "json": lambda _field, value: value,
}


def _derive(out: dict[str, Any]) -> None:
    """Fill what the exporter would have written: local date, creation times."""
    if "at" in out:
        local = datetime.fromisoformat(out["at"])
        if "local_date" in out and out["local_date"] is None:
            out["local_date"] = local.date().isoformat()
        if "created_at" in out and out["created_at"] is None:
            out["created_at"] = local.astimezone(UTC).isoformat()
        if "updated_at" in out and out["updated_at"] is None:
            out["updated_at"] = out["created_at"]


def _check_answers(where: str, out: dict[str, Any]) -> None:
    answers = str(out["answers"]).split(",")
    count = ANSWER_COUNTS.get(out["kind"], len(answers))
    if len(answers) != count or not all(a in {"0", "1", "2", "3"} for a in answers):
        raise ValidationError(f"{where}.answers: must be {count} comma-separated answers 0–3")
    if sum(map(int, answers)) != out["total"]:
        raise ValidationError(f"{where}.total: must be the sum of the answers")
