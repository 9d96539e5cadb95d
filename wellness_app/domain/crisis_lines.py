"""Crisis lines: the shipped directory, the person's own edits over it, and the country.

The person's lines override shipped lines of the same label in the same country (edit
or hide); lines with a new label are their own additions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from wellness_app.domain.errors import ValidationError

#: the fallback entry for any country without shipped lines
ELSEWHERE: Final = "elsewhere"
_CODE = re.compile(r"^[A-Z]{2}$")
MAX_FIELD = 200


@dataclass(frozen=True, slots=True)
class CrisisLine:
    country: str
    label: str
    contact: str
    note: str = ""
    hidden: bool = False
    #: "shipped" (from the bundled file), "edited" (a shipped line the person changed)
    #: or "own" (added by the person)
    origin: str = "shipped"
    user_id: int | None = None

    def text(self) -> str:
        extra = f" ({self.note})" if self.note else ""
        return f"{self.label}: {self.contact}{extra}"


@dataclass(frozen=True, slots=True)
class CountryLines:
    code: str
    name: str
    summary: str  # the CLINICAL.md table row, word for word
    lines: tuple[CrisisLine, ...]


@dataclass(frozen=True, slots=True)
class CrisisDirectory:
    last_reviewed: date
    note: str
    countries: tuple[CountryLines, ...]

    def get(self, code: str) -> CountryLines:
        """The entry for a country code, or the "elsewhere" fallback."""
        by_code = {c.code: c for c in self.countries}
        return by_code.get(code) or by_code[ELSEWHERE]

    def has(self, code: str) -> bool:
        return any(c.code == code for c in self.countries)


def normalise_country(text: str) -> str:
    """`gb` → `GB`; `uk` → `GB`; `elsewhere` stays; anything else is an error."""
    stripped = text.strip()
    if stripped.casefold() == ELSEWHERE:
        return ELSEWHERE
    code = stripped.upper()
    if code == "UK":
        return "GB"
    if not _CODE.match(code):
        raise ValidationError(
            f"'{text}' is not a two-letter country code such as US, GB or DE (or 'elsewhere')"
        )
    return code


def parse_directory(data: Mapping[str, object]) -> CrisisDirectory:
    """Build the directory from the bundled JSON (see resources/crisis_lines.json)."""
    countries = []
    for entry in data["countries"]:  # type: ignore[attr-defined]
        code = str(entry["code"])
        lines = tuple(
            CrisisLine(code, str(line["label"]), str(line["contact"]), str(line.get("note", "")))
            for line in entry["lines"]
        )
        countries.append(CountryLines(code, str(entry["name"]), str(entry["summary"]), lines))
    return CrisisDirectory(date.fromisoformat(str(data["last_reviewed"])), str(data["note"]),
                           tuple(countries))


def merge(shipped: Iterable[CrisisLine], own: Iterable[CrisisLine],
          *, include_hidden: bool = False) -> list[CrisisLine]:
    """Shipped lines in order (replaced by the person's line of the same label), then the
    person's additions in their order. Hidden lines are left out unless asked for."""
    own_list = list(own)
    by_label = {line.label.casefold(): line for line in own_list}
    shipped_labels = set()
    merged: list[CrisisLine] = []
    for line in shipped:
        key = line.label.casefold()
        shipped_labels.add(key)
        override = by_label.get(key)
        merged.append(line if override is None else replace(override, origin="edited"))
    merged += [replace(line, origin="own") for line in own_list
               if line.label.casefold() not in shipped_labels]
    return merged if include_hidden else [line for line in merged if not line.hidden]


def check_line(label: str, contact: str, note: str = "") -> tuple[str, str, str]:
    label, contact, note = label.strip(), contact.strip(), note.strip()
    if not label:
        raise ValidationError("A crisis line needs a name (for example: Samaritans)")
    if not contact:
        raise ValidationError(f"'{label}' needs a number or another way to reach it")
    if len(label) > MAX_FIELD or len(contact) > MAX_FIELD:
        raise ValidationError(f"A crisis line's name and number must be under {MAX_FIELD} "
                              "characters")
    return label, contact, note


#: Windows' locale names ("English_United Kingdom") for the countries shipped
_WINDOWS_NAMES: Final = {
    "united states": "US", "canada": "CA", "united kingdom": "GB", "ireland": "IE",
    "australia": "AU", "new zealand": "NZ", "germany": "DE", "france": "FR",
    "netherlands": "NL",
}


def country_from_locale(name: str | None) -> str | None:
    """`en_GB.UTF-8` → `GB`, `de_DE@euro` → `DE`, `English_United Kingdom` → `GB`;
    `C`, `POSIX`, empty or unknown → None."""
    if not name:
        return None
    base = name.split(".")[0].split("@")[0]
    if "_" not in base:
        return None
    region = base.split("_", 1)[1]
    if _CODE.match(region.upper()) and len(region) == 2:
        return region.upper()
    return _WINDOWS_NAMES.get(region.strip().casefold())
