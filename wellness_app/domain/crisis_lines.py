"""Crisis lines: the shipped directory, the person's own edits over it, and the country.

The person's lines override shipped lines of the same label in the same country (edit
or hide); lines with a new label are their own additions. A country's emergency numbers
are never hidden and never replaced: they are on every crisis screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Final

from wellness_app.domain.errors import ValidationError

#: the fallback entry for any country without shipped lines
ELSEWHERE: Final = "elsewhere"
CHANNELS: Final = ("call", "text", "chat")
#: a list older than this gets a calm note asking the person to check their numbers
STALE_AFTER: Final = timedelta(days=365)
_CODE = re.compile(r"^[A-Z]{2}$")
_DIALABLE = re.compile(r"^\+?[\d(][\d \-/().]*$")
MAX_FIELD = 200


@dataclass(frozen=True, slots=True)
class CrisisLine:
    country: str
    label: str
    contact: str  # the number to call (or, for a directory, its address)
    note: str = ""
    hidden: bool = False
    #: "shipped" (from the bundled file), "edited" (a shipped line the person changed)
    #: or "own" (added by the person)
    origin: str = "shipped"
    user_id: int | None = None
    also: tuple[str, ...] = ()  # other numbers for the same service
    channels: tuple[str, ...] = ("call",)
    text_number: str = ""  # where texting uses another number than `contact`
    chat_url: str = ""
    hours: str = ""
    cost: str = ""
    emergency: bool = False
    source: str = ""  # the operator's own web address
    verified: date | None = None

    def text(self) -> str:
        extra = f" ({self.note})" if self.note else ""
        numbers = " or ".join((self.contact, *self.also))
        return f"{self.label}: {numbers}{extra}"

    def dial_number(self) -> str | None:
        """The number for a `tel:` link (digits and a leading +), or None when `contact`
        is not a phone number (e.g. "findahelpline.com")."""
        return dialable(self.contact)

    def sms_number(self) -> str | None:
        if "text" not in self.channels:
            return None
        return dialable(self.text_number or self.contact)


def dialable(text: str) -> str | None:
    """"0800 111 0 111" → "08001110111", "+49 30 123" → "+4930123"; words → None."""
    stripped = text.strip()
    if not stripped or not _DIALABLE.match(stripped):
        return None
    digits = re.sub(r"[^\d+]", "", stripped)
    return digits if sum(c.isdigit() for c in digits) >= 2 else None


@dataclass(frozen=True, slots=True)
class CountryLines:
    code: str
    name: str
    summary: str  # the CLINICAL.md table row, word for word, where there is one
    lines: tuple[CrisisLine, ...]

    @property
    def emergency(self) -> tuple[CrisisLine, ...]:
        return tuple(line for line in self.lines if line.emergency)


@dataclass(frozen=True, slots=True)
class CrisisDirectory:
    last_reviewed: date
    note: str
    countries: tuple[CountryLines, ...]
    _by_code: dict[str, CountryLines] = field(default_factory=dict, compare=False,
                                              repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({c.code: c for c in self.countries})

    def get(self, code: str) -> CountryLines:
        """The entry for a country code, or the "elsewhere" fallback."""
        return self._by_code.get(code) or self._by_code[ELSEWHERE]

    def has(self, code: str) -> bool:
        return code in self._by_code

    def is_stale(self, today: date) -> bool:
        return today - self.last_reviewed > STALE_AFTER


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


def _shipped_line(code: str, line: Mapping[str, Any]) -> CrisisLine:
    label = str(line.get("label") or "").strip()
    number = str(line.get("number") or "").strip()
    if not label or not number:
        raise ValidationError(f"A bundled crisis line for {code} has no name or no number")
    channels = tuple(str(c) for c in line.get("channels") or ("call",))
    unknown = set(channels) - set(CHANNELS)
    if unknown:
        raise ValidationError(f"Unknown channel {sorted(unknown)} for '{label}' ({code})")
    verified = line.get("verified")
    return CrisisLine(
        code, label, number, str(line.get("note", "")),
        also=tuple(str(n) for n in line.get("also") or ()),
        channels=channels, text_number=str(line.get("text_number", "")),
        chat_url=str(line.get("chat_url", "")), hours=str(line.get("hours", "")),
        cost=str(line.get("cost", "")), emergency=bool(line.get("emergency", False)),
        source=str(line.get("source", "")),
        verified=date.fromisoformat(str(verified)) if verified else None)


def parse_directory(data: Mapping[str, Any]) -> CrisisDirectory:
    """Build the directory from the bundled JSON (see resources/crisis_lines.json)."""
    countries = []
    for entry in data["countries"]:
        code = str(entry["code"])
        lines = tuple(_shipped_line(code, line) for line in entry["lines"])
        countries.append(CountryLines(code, str(entry["name"]), str(entry["summary"]), lines))
    return CrisisDirectory(date.fromisoformat(str(data["last_reviewed"])), str(data["note"]),
                           tuple(countries))


def merge(shipped: Iterable[CrisisLine], own: Iterable[CrisisLine],
          *, include_hidden: bool = False) -> list[CrisisLine]:
    """Shipped lines in order (replaced by the person's line of the same label), then the
    person's additions in their order. Hidden lines are left out unless asked for.

    Emergency lines always come first and are never replaced or hidden, whatever the
    journal holds; what an older version let the person type over one is kept as their
    own line (never lost), after the others."""
    own_list = list(own)
    by_label = {line.label.casefold(): line for line in own_list}
    shipped_labels = set()
    emergency: list[CrisisLine] = []
    kept_words: list[CrisisLine] = []
    merged: list[CrisisLine] = []
    for line in shipped:
        key = line.label.casefold()
        shipped_labels.add(key)
        if line.emergency:
            emergency.append(line)
            kept = by_label.get(key)
            if kept is not None and not kept.hidden and kept.contact != line.contact:
                kept_words.append(replace(kept, origin="own"))  # an older version's edit
            continue
        override = by_label.get(key)
        merged.append(line if override is None else replace(
            line, label=override.label, contact=override.contact, note=override.note,
            hidden=override.hidden, origin="edited", user_id=override.user_id))
    merged += [replace(line, origin="own") for line in own_list
               if line.label.casefold() not in shipped_labels]
    merged += kept_words
    visible = merged if include_hidden else [line for line in merged if not line.hidden]
    return emergency + visible


def check_line(label: str, contact: str, note: str = "") -> tuple[str, str, str]:
    label, contact, note = label.strip(), contact.strip(), note.strip()
    if not label:
        raise ValidationError("A crisis line needs a name (for example: Samaritans)")
    if not contact:
        raise ValidationError(f"'{label}' needs a number or another way to reach it")
    if len(label) > MAX_FIELD or len(contact) > MAX_FIELD or len(note) > MAX_FIELD:
        raise ValidationError(f"A crisis line's name, number and note must be under "
                              f"{MAX_FIELD} characters")
    if any(ord(ch) < 32 for ch in label + contact + note):
        raise ValidationError("A crisis line cannot contain line breaks or control "
                              "characters")
    return label, contact, note


#: Windows' locale names ("English_United Kingdom") for the countries shipped
_WINDOWS_NAMES: Final = {
    "united states": "US", "canada": "CA", "united kingdom": "GB", "ireland": "IE",
    "australia": "AU", "new zealand": "NZ", "germany": "DE", "france": "FR",
    "netherlands": "NL", "austria": "AT", "switzerland": "CH", "india": "IN",
    "brazil": "BR", "spain": "ES", "japan": "JP", "italy": "IT", "mexico": "MX",
    "south africa": "ZA", "belgium": "BE", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "poland": "PL",
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


#: astral's region names (the city list) for the countries with lines of their own
_REGION_CODES: Final = {
    "usa": "US", "united states": "US", "canada": "CA", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "united kingdom": "GB", "isle of man": "GB",
    "ireland": "IE", "australia": "AU", "tasmania": "AU", "new zealand": "NZ",
    "germany": "DE", "austria": "AT", "switzerland": "CH", "france": "FR",
    "netherlands": "NL", "india": "IN", "brazil": "BR", "spain": "ES", "japan": "JP",
    "italy": "IT", "mexico": "MX", "south africa": "ZA", "belgium": "BE", "sweden": "SE",
    "norway": "NO", "denmark": "DK", "finland": "FI", "poland": "PL",
}


def country_of_place(place_name: str) -> str:
    """"Berlin, Germany" → "DE"; a city in a country without lines of its own →
    "elsewhere" (its local emergency number and the directory)."""
    region = place_name.rsplit(",", 1)[-1].strip().casefold()
    return _REGION_CODES.get(region, ELSEWHERE)


#: other names people type for a country in the "Where are you?" search (own language,
#: short forms); the English and interface-language names and the code always match
SEARCH_ALIASES: Final = {
    "US": ("usa", "america", "united states of america", "vereinigte staaten"),
    "GB": ("uk", "britain", "great britain", "england", "scotland", "wales",
           "northern ireland", "grossbritannien", "großbritannien"),
    "IE": ("éire", "eire", "irland"),
    "DE": ("deutschland", "allemagne"),
    "AT": ("österreich", "oesterreich", "osterreich"),
    "CH": ("schweiz", "suisse", "svizzera", "svizra"),
    "NL": ("nederland", "holland", "niederlande", "pays-bas"),
    "BE": ("belgië", "belgie", "belgique", "belgien"),
    "FR": ("frankreich",),
    "ES": ("españa", "espana", "spanien"),
    "IT": ("italia", "italien"),
    "BR": ("brasil", "brasilien"),
    "MX": ("méxico", "mexiko"),
    "IN": ("bharat", "indien"),
    "JP": ("nippon", "nihon", "日本"),
    "ZA": ("südafrika", "suedafrika", "rsa"),
    "SE": ("sverige", "schweden"),
    "NO": ("norge", "noreg", "norwegen"),
    "DK": ("danmark", "dänemark", "daenemark"),
    "FI": ("suomi", "finnland"),
    "PL": ("polska", "polen"),
    "NZ": ("aotearoa", "neuseeland"),
    "AU": ("australien", "oz"),
    "CA": ("kanada",),
}


def code_for_name(text: str, names: Mapping[str, str]) -> str | None:
    """"Germany", "deutschland", "uk" → the code, given `names` (code → English name);
    None when nothing matches exactly."""
    needle = text.strip().casefold()
    for code, name in names.items():
        if needle in (name.casefold(), *SEARCH_ALIASES.get(code, ())):
            return code
    return None
