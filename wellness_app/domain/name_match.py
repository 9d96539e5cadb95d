"""Find known names (medicines, the herb) inside text as people type it.

"Sertralin-ratiopharm 50 mg", "SERTRALINE HCl", "St. Johns-Wort tea with honey",
"Johanniskrauttee" and "ethinylestradiol/levonorgestrel" must all be found. The rules:

- case, accents and other diacritics do not matter (``unicodedata`` NFKD, combining marks
  dropped, ``casefold``; letters without a decomposition such as ``ł`` or ``ø`` are mapped);
- apostrophes vanish ("John's" → "johns"); every other non-letter separates words, so
  "/", "+", "-", "," split combination products, and digits are split from letters
  ("900mg" → "900 mg");
- a name of several words matches the same words in a row, also written together
  ("St Johns Wort" = "StJohnsWort", "Johannis kraut" = "Johanniskraut");
- a one-word name of seven or more letters also matches as the start of a longer word,
  so German compounds and salts written together ("Johanniskrautkapseln",
  "Sertralinhydrochlorid") match; shorter names (brands such as "Kira", "Yaz", "SJW") must
  be the whole word, so "Johannisbeere" and "wort" alone never match.

Extra words around a name (doses, forms, salts, "tea with honey") are simply not part of
the match, which is why nothing needs to strip them first. Fuzzy matching (edit distance,
e.g. RapidFuzz) was considered and left out on purpose: near neighbours are often other
medicines ("sertraline"/"sertindole") and a caution must not guess, so matching is exact
on normalised words, with every spelling the app accepts listed in the bundled table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")
PREFIX_MIN = 7  # a one-word name this long also matches the start of a word
MAX_WORDS = 5  # longest name, in words, looked for
_NO_DECOMPOSITION = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe",
                                   "ı": "i", "þ": "th", "ŀ": "l"})
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_NOT_WORD = re.compile(r"[\W_]+")


def words(text: str) -> tuple[str, ...]:
    """Normalised words of `text` (see the module docstring)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    plain = _APOSTROPHES.sub("", plain.translate(_NO_DECOMPOSITION))
    plain = _DIGIT_LETTER.sub(" ", plain)
    return tuple(_NOT_WORD.sub(" ", plain).split())


def normalise(text: str) -> str:
    """One canonical spelling of a name: its normalised words joined by spaces."""
    return " ".join(words(text))


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    key: str  # the table's name that matched, normalised
    value: V


class NameIndex(Generic[V]):
    """Names (as the table spells them) → values, searched for inside free text."""

    def __init__(self, names: Mapping[str, V]) -> None:
        self._exact: dict[str, tuple[str, V]] = {}
        self._prefix: dict[str, tuple[str, V]] = {}
        for name, value in names.items():
            key = normalise(name)
            if not key:
                continue
            compact = key.replace(" ", "")
            self._exact.setdefault(compact, (key, value))
            if " " not in key and len(key) >= PREFIX_MIN and compact.isalpha():
                self._prefix.setdefault(compact, (key, value))

    def __len__(self) -> int:
        return len(self._exact)

    def find(self, text: str) -> list[Match[V]]:
        """Every table name found in `text`, in order of appearance, each name once."""
        tokens = words(text)
        found: dict[str, Match[V]] = {}
        for start in range(len(tokens)):
            for size in range(min(MAX_WORDS, len(tokens) - start), 0, -1):
                hit = self._lookup("".join(tokens[start:start + size]), whole=size > 1)
                if hit is not None:
                    found.setdefault(hit[0], Match(*hit))
                    break
        return list(found.values())

    def _lookup(self, joined: str, *, whole: bool) -> tuple[str, V] | None:
        exact = self._exact.get(joined)
        if exact is not None or whole:
            return exact
        for end in range(len(joined) - 1, PREFIX_MIN - 1, -1):  # longest prefix first
            hit = self._prefix.get(joined[:end])
            if hit is not None:
                return hit
        return None

    def first(self, text: str) -> Match[V] | None:
        found = self.find(text)
        return found[0] if found else None

