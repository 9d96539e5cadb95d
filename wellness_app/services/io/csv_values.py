"""Reading values out of spreadsheet cells exactly, or not at all.

- Numbers: with the decimal and thousands separators the person states; without them only
  what cannot be misread ("5400", "7,5", "7.25", "1,234.5"). "12,345" or "1.234" alone
  could be twelve thousand or twelve: refused, never truncated.
- Dates: one stated format, or the single format every date in the file fits.
- Times: 24-hour (`21:15`, `07:05:30`) and 12-hour (`9:15 pm`, `12:00 am` = midnight).
- Mood scales: a value on LOW–HIGH → 1–5 by `level = 1 + round_half_up(4 × (v − LOW) /
  (HIGH − LOW))`; on 1–10 that is 1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from wellness_app.domain.errors import UserError

#: what a column can hold (the mapping's targets; the CLI's help lists them too)
FIELDS = ("date", "time", "datetime", "mood", "energy", "anxiety", "note", "tags", "steps",
          "daylight_minutes", "activity_minutes", "sleep_hours", "kind", "value")
SEPARATORS = {"": "", "none": "", ".": ".", ",": ",", "space": " ", " ": " ",
              "'": "'", "apostrophe": "'", "dot": ".", "comma": ","}
DATE_FORMATS: dict[str, str] = {
    "YYYY-MM-DD": "%Y-%m-%d", "YYYY/MM/DD": "%Y/%m/%d", "DD.MM.YYYY": "%d.%m.%Y",
    "DD/MM/YYYY": "%d/%m/%Y", "MM/DD/YYYY": "%m/%d/%Y", "DD-MM-YYYY": "%d-%m-%Y",
    "MM-DD-YYYY": "%m-%d-%Y", "DD.MM.YY": "%d.%m.%y", "DD/MM/YY": "%d/%m/%y",
    "MM/DD/YY": "%m/%d/%y", "MM-DD-YY": "%m-%d-%y", "YYYYMMDD": "%Y%m%d",
    "DD MMM YYYY": "%d %b %Y",
}
_TIME12 = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])\.?\s*m?\.?\s*$", re.I)
_TIME24 = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*$")
_PLAIN = re.compile(r"^[+-]?[0-9]+$")


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """Stated separators; `decimal == ""` means "not stated" (only unmistakable numbers)."""

    decimal: str = ""
    thousands: str = ""

    def parse(self, text: str) -> float:
        """The exact value, or ValueError (with a hint) when the text is not one."""
        raw = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
        if _PLAIN.match(raw):
            return float(raw)
        if self.decimal:
            return _stated(raw, self.decimal, self.thousands)
        return _unmistakable(raw)


def separator(name: str, what: str) -> str:
    """A CLI separator name (',', 'comma', 'space', 'none') → the character."""
    try:
        return SEPARATORS[name.strip().casefold()] if name.strip() else SEPARATORS[name]
    except KeyError:
        raise UserError(f"--{what} '{name}': use '.', ',', space, \"'\" or none") from None


def _stated(raw: str, decimal: str, thousands: str) -> float:
    whole, _, fraction = raw.partition(decimal)
    if decimal in fraction or (fraction and not fraction.isdigit()):
        raise ValueError
    sign = whole[:1] if whole[:1] in "+-" else ""
    digits = whole[len(sign):]
    if thousands and thousands in digits:
        groups = digits.split(thousands)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise ValueError
        digits = "".join(groups)
    if not digits.isdigit() or not digits.isascii():
        raise ValueError
    return float(f"{sign}{digits}.{fraction or 0}")


def _unmistakable(raw: str) -> float:
    marks = [c for c in raw if c in ".,' "]
    kinds = set(marks)
    if len(marks) == 1:
        mark = marks[0]
        whole, fraction = raw.split(mark)
        if mark in "' ":
            return _stated(raw, "\x00", mark)
        if len(fraction) == 3 and whole.lstrip("+-") not in ("", "0"):
            raise ValueError("ambiguous")
        return _stated(raw, mark, "")
    if len(kinds) == 1:  # "1.234.567": the same mark twice can only group thousands
        return _stated(raw, "\x00", marks[0])
    if len(kinds) == 2 and marks[-1] in ".," and marks.count(marks[-1]) == 1:
        return _stated(raw, marks[-1], marks[0])
    raise ValueError


def parse_clock(text: str) -> time:
    """`9:15 pm`, `12:00 am` (midnight), `12:30 pm` (noon), `23:40`, `07:05` (ValueError)."""
    if match := _TIME12.match(text):
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if 1 <= hour <= 12 and minute < 60 and second < 60:
            return time(hour % 12 + (12 if match[4].lower() == "p" else 0), minute, second)
    elif match := _TIME24.match(text):
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise ValueError(text)


def date_format(name: str) -> str:
    """A format name (`DD.MM.YYYY`) → its strptime pattern."""
    key = name.strip().upper()
    if key not in DATE_FORMATS:
        raise UserError(f"--date-format '{name}' is not one of: " + ", ".join(DATE_FORMATS))
    return DATE_FORMATS[key]


def choose_date_format(values: Iterable[tuple[int, str]]) -> str:
    """The one format every date fits (or that all fitting formats agree on)."""
    samples = list({text: line for line, text in values}.items())
    fitting = [name for name, fmt in DATE_FORMATS.items()
               if all(_fits(text, fmt) for text, _ in samples)]
    if not fitting:
        for text, line in samples:
            if not any(_fits(text, fmt) for fmt in DATE_FORMATS.values()):
                raise UserError(f"Line {line}: '{text[:40]}' is not a date in a known format "
                                "(e.g. 2026-11-24, 24.11.2026, 11/24/2026); nothing was imported.")
        raise UserError("The dates in this file are written in more than one format; "
                        "nothing was imported.")
    results = {name: [datetime.strptime(t, DATE_FORMATS[name]).date() for t, _ in samples]
               for name in fitting}
    if len({tuple(r) for r in results.values()}) > 1:
        raise UserError("The dates could be read as " + " or ".join(fitting) + " (e.g. '"
                        + samples[0][0] + "'): say which with --date-format; nothing was "
                        "imported.")
    return DATE_FORMATS[fitting[0]]


def _fits(text: str, fmt: str) -> bool:
    try:
        datetime.strptime(text, fmt)
    except ValueError:
        return False
    return True


def parse_date(text: str, fmt: str) -> date:
    return datetime.strptime(text.strip(), fmt).date()


@dataclass(frozen=True, slots=True)
class MoodScale:
    low: float = 1
    high: float = 5

    @classmethod
    def parse(cls, text: str) -> MoodScale:
        match = re.fullmatch(r"\s*(-?\d+)\s*[-–—:]\s*(-?\d+)\s*", text or "1-5")
        if not match or int(match[1]) >= int(match[2]):
            raise UserError(f"--mood-scale '{text}' should look like 1-10 or 0-4")
        return cls(int(match[1]), int(match[2]))

    @property
    def is_native(self) -> bool:
        return (self.low, self.high) == (1, 5)

    def level(self, value: float) -> int:
        """The rule in the module docstring (ValueError outside the scale)."""
        if not self.low <= value <= self.high or (self.is_native and value != int(value)):
            raise ValueError(value)
        return 1 + math.floor(4 * (value - self.low) / (self.high - self.low) + 0.5)

    def label(self, text: str) -> str:
        """The original value as the entry keeps it ("7/10"); "" on the native scale."""
        return "" if self.is_native else f"{text.strip()}/{self.high:g}"
