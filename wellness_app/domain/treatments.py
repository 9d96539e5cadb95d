"""Treatment sessions (ketamine infusions, esketamine, psychotherapy, TMS, ECT…) and series.

The app records what happened; it never recommends a dose or a treatment (docs/clinical-sources.md).

Series rule: sessions of the same kind whose consecutive dates are at most
`SERIES_GAP_DAYS` (14) calendar days apart form one series. A single session is a series
of one. A gap of 15 days or more starts a new series.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final

from wellness_app.domain.errors import ValidationError
from wellness_app.domain.moods import check_scale
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.vocabulary import TREATMENT_KINDS

SERIES_GAP_DAYS: Final = 14
CLINIC_MAX_CHARS: Final = 200
NOTE_MAX_CHARS: Final = 10_000

TREATMENT_NAMES: Final[dict[str, str]] = {
    "ketamine-infusion": "Ketamine infusion",
    "esketamine-nasal-spray": "Esketamine nasal spray (Spravato)",
    "psychotherapy": "Psychotherapy",
    "tms": "TMS",
    "ect": "ECT",
    "other": "Other",
}
assert tuple(TREATMENT_NAMES) == TREATMENT_KINDS

#: shown with every esketamine session (docs/clinical-sources.md: observed ≥ 2 h, no
#: driving until the next day)
ESKETAMINE_NOTE: Final = (
    "Esketamine (Spravato) is given under observation for at least 2 hours. Do not drive "
    "until the next day, after a night's sleep."
)


def treatment_name(kind: str) -> str:
    return TREATMENT_NAMES.get(kind, kind)


def check_kind(kind: str) -> str:
    if kind not in TREATMENT_KINDS:
        raise ValidationError(
            f"Unknown treatment kind '{kind}' (use one of: {', '.join(TREATMENT_KINDS)})"
        )
    return kind


@dataclass(frozen=True, slots=True)
class TreatmentSession:
    """One session. `id` is None until stored; moods are 1–5 or None (not recorded)."""

    moment: Moment
    kind: str
    clinic: str = ""
    note: str = ""
    mood_before: int | None = None
    mood_after: int | None = None
    id: int | None = None
    source: str = "manual"

    @property
    def local_date(self) -> date:
        return self.moment.local_date

    @property
    def name(self) -> str:
        return treatment_name(self.kind)

    @property
    def needs_driving_note(self) -> bool:
        return self.kind == "esketamine-nasal-spray"

    def with_changes(self, **changes: Any) -> TreatmentSession:
        return replace(self, **changes)


def validate_session(session: TreatmentSession) -> TreatmentSession:
    """Return the session with text trimmed, or raise ValidationError."""
    check_kind(session.kind)
    check_scale("Mood before", session.mood_before)
    check_scale("Mood after", session.mood_after)
    clinic = session.clinic.strip()
    if len(clinic) > CLINIC_MAX_CHARS:
        raise ValidationError(f"The clinic name is longer than {CLINIC_MAX_CHARS} characters")
    if len(session.note) > NOTE_MAX_CHARS:
        raise ValidationError(
            f"The note is {len(session.note):,} characters; the limit is {NOTE_MAX_CHARS:,}"
        )
    return session.with_changes(clinic=clinic)


@dataclass(frozen=True, slots=True)
class Series:
    """Sessions of one kind, each within SERIES_GAP_DAYS of the previous, oldest first."""

    kind: str
    sessions: tuple[TreatmentSession, ...]

    @property
    def first(self) -> TreatmentSession:
        return self.sessions[0]

    @property
    def last(self) -> TreatmentSession:
        return self.sessions[-1]

    @property
    def name(self) -> str:
        return treatment_name(self.kind)


def detect_series(
    sessions: list[TreatmentSession] | tuple[TreatmentSession, ...],
    gap_days: int = SERIES_GAP_DAYS,
) -> list[Series]:
    """Group sessions into series per kind; result ordered by first session, oldest first."""
    by_kind: dict[str, list[TreatmentSession]] = {}
    for item in sorted(sessions, key=lambda s: (s.moment.utc, s.id or 0)):
        by_kind.setdefault(item.kind, []).append(item)
    result: list[Series] = []
    for kind, items in by_kind.items():
        current = [items[0]]
        for item in items[1:]:
            if (item.local_date - current[-1].local_date).days > gap_days:
                result.append(Series(kind, tuple(current)))
                current = []
            current.append(item)
        result.append(Series(kind, tuple(current)))
    result.sort(key=lambda s: (s.first.moment.utc, s.kind))
    return result
