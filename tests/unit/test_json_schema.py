"""Whatever a file contains, validation fails only with the documented ValidationError."""

from __future__ import annotations

import contextlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from wellness_app.domain.errors import ValidationError
from wellness_app.services.io.json_schema import validate_document
from wellness_app.storage.repositories.journal_dump import table_specs

SPECS = table_specs()
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
field_names = st.sampled_from(sorted({f.name for s in SPECS for f in s.fields}))
records = st.dictionaries(field_names, values | st.sampled_from(
    ["2026-03-01T08:30+01:00", "2026-03-01", "walk", "lamp", "phq9", "0,1,2"]), max_size=8)
documents = st.fixed_dictionaries({
    "format": st.just("wellness_app-export"), "schema_version": st.just(1),
    "data": st.dictionaries(st.sampled_from([s.name for s in SPECS]),
                            st.lists(records, max_size=3), max_size=4),
})


@settings(max_examples=200, deadline=None)
@given(documents | values)
def test_random_documents_fail_only_with_validation_error(document) -> None:  # type: ignore[no-untyped-def]
    try:
        validate_document(document, SPECS)
    except ValidationError as exc:
        assert str(exc)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=400))
def test_truncated_export_is_invalid_json_or_valid(cut: int) -> None:
    text = json.dumps({"format": "wellness_app-export", "schema_version": 1, "data": {
        "mood_entries": [{"at": "2026-03-01T08:30+01:00", "mood": 4, "tags": ["walk"]}]}})
    try:
        document = json.loads(text[:cut])
    except json.JSONDecodeError:
        return
    with contextlib.suppress(ValidationError):
        assert validate_document(document, SPECS)["mood_entries"][0]["mood"] == 4
