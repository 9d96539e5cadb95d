"""Words of self-harm in a note, with negation handled, and when to offer the support line.

The curated phrases live in one data file (resources/distress_words.json; its "about"
explains the phrase syntax and the negation rule). This module only matches: it never
logs, stores or returns the note's words, only whether a phrase was found.

After a check-in at mood 1, or with such words in its note, the app offers one calm line
pointing to the crisis screen — never a pop-up, at most once a day, and it can be
switched off (CLINICAL.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Final

from wellness_app.domain.errors import ValidationError

LOWEST_MOOD: Final = 1
MAX_GAP: Final = 3
#: how many bridge words may stand between a negator and the phrase it negates
MAX_BRIDGE: Final = 6
_FOLD: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'",
                              "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_CLAUSES: Final = re.compile(r"[.!?;:\n\r…()\[\]\"“”„«»]+")
_TOKENS: Final = re.compile(r"[a-z0-9']+|,")


@dataclass(frozen=True, slots=True)
class Slot:
    """One word of a phrase: exact alternatives, prefixes ('suicid*'), optional, or a gap."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    optional: bool = False
    gap: bool = False
    #: "$": the clause ends here ("ich kann nicht mehr." but not "… mehr arbeiten")
    end: bool = False

    def accepts(self, token: str) -> bool:
        return token in self.words or any(token.startswith(p) for p in self.prefixes)


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    negators: frozenset[str]
    bridges: frozenset[str]
    phrases: tuple[Phrase, ...]


def fold(text: str) -> str:
    """Lower case, umlauts spelled out, one kind of apostrophe."""
    return text.casefold().translate(_FOLD)


def normalise(text: str) -> str:
    """`fold`, and hyphens, dashes and slashes as spaces ("self-harm" → "self harm")."""
    return re.sub(r"[-‐‑–—_/]+", " ", fold(text))


def parse_phrase(text: str) -> Phrase:
    slots = []
    for word in fold(text).split():
        if word == "~":
            slots.append(Slot(gap=True))
            continue
        if word == "$":
            slots.append(Slot(end=True))
            continue
        optional = word.startswith("[") and word.endswith("]")
        word = word.strip("[]")
        choices = [w for w in word.split("/") if w]
        if not choices or not all(_TOKENS.fullmatch(c.rstrip("*")) for c in choices):
            raise ValidationError(f"Unreadable phrase in the distress words list: {text!r}")
        slots.append(Slot(words=frozenset(c for c in choices if not c.endswith("*")),
                          prefixes=tuple(c[:-1] for c in choices if c.endswith("*")),
                          optional=optional))
    if not slots or all(s.gap or s.optional or s.end for s in slots):
        raise ValidationError(f"Empty phrase in the distress words list: {text!r}")
    return Phrase(text, tuple(slots))


def parse_languages(data: Mapping[str, Any]) -> tuple[Language, ...]:
    """The word lists from the bundled JSON (see resources/distress_words.json)."""
    languages = []
    for code, entry in data["languages"].items():
        bridges = {fold(w) for w in entry["bridges"]}
        if entry.get("comma_bridges"):
            bridges.add(",")
        languages.append(Language(
            code, frozenset(fold(w) for w in entry["negators"]), frozenset(bridges),
            tuple(parse_phrase(p) for p in entry["phrases"])))
    return tuple(languages)


def _clauses(text: str) -> list[list[str]]:
    clauses = []
    for part in _CLAUSES.split(normalise(text)):
        tokens = [t.strip("'") for t in _TOKENS.findall(part)]
        if tokens := [t for t in tokens if t]:
            clauses.append(tokens)
    return clauses


def _match_at(slots: Sequence[Slot], tokens: Sequence[str], at: int,
              gap: tuple[str, ...] = ()) -> tuple[int, tuple[str, ...]] | None:
    """(end, gap words) if the slots match from `at`; tries the shortest gaps first."""
    if not slots:
        return at, gap
    slot, rest = slots[0], slots[1:]
    if slot.end:
        return _match_at(rest, tokens, at, gap) if at == len(tokens) else None
    if slot.gap:
        for width in range(MAX_GAP + 1):
            if at + width > len(tokens):
                break
            found = _match_at(rest, tokens, at + width, gap + tuple(tokens[at:at + width]))
            if found is not None:
                return found
        return None
    if at < len(tokens) and slot.accepts(tokens[at]):
        found = _match_at(rest, tokens, at + 1, gap)
        if found is not None:
            return found
    return _match_at(rest, tokens, at, gap) if slot.optional else None


def _negated_before(tokens: Sequence[str], start: int, language: Language) -> bool:
    """A negator just before `start`, with only bridge words between them."""
    for back in range(1, MAX_BRIDGE + 2):
        index = start - back
        if index < 0:
            return False
        token = tokens[index]
        if token in language.negators:
            return True
        if token not in language.bridges:
            return False
    return False


@dataclass(frozen=True, slots=True)
class _Index:
    """Phrases by what their first word can be, so each word of a note is tried only
    against the few phrases that can start there."""

    by_word: Mapping[str, tuple[Phrase, ...]]
    by_prefix: tuple[tuple[str, Phrase], ...]
    #: any of the prefixes, so most words are ruled out by one regex call
    any_prefix: re.Pattern[str]


@cache
def _index(phrases: tuple[Phrase, ...]) -> _Index:
    by_word: dict[str, list[Phrase]] = {}
    by_prefix: list[tuple[str, Phrase]] = []
    for phrase in phrases:
        first = phrase.slots[0]
        if first.gap or first.optional:  # no single first word: try it everywhere
            by_prefix.append(("", phrase))
            continue
        for word in first.words:
            by_word.setdefault(word, []).append(phrase)
        by_prefix.extend((prefix, phrase) for prefix in first.prefixes)
    pattern = "|".join(re.escape(prefix) for prefix, _phrase in by_prefix) or r"(?!)"
    return _Index({w: tuple(p) for w, p in by_word.items()}, tuple(by_prefix),
                  re.compile(pattern))


def _candidates(token: str, index: _Index) -> tuple[Phrase, ...]:
    found = index.by_word.get(token, ())
    if index.any_prefix.match(token):
        found = (*found, *(p for prefix, p in index.by_prefix if token.startswith(prefix)))
    return found


def _found_at(tokens: Sequence[str], start: int, phrase: Phrase, language: Language) -> bool:
    found = _match_at(phrase.slots, tokens, start)
    if found is None:
        return False
    _end, gap = found
    if any(word in language.negators for word in gap):
        return False
    return not _negated_before(tokens, start, language)


def find_phrase(text: str, languages: Iterable[Language]) -> Phrase | None:
    """A listed phrase found un-negated in `text` (any of the languages), or None. For
    tests and the word-list review; the app only asks `mentions_self_harm`."""
    clauses = _clauses(text)
    for language in languages:
        index = _index(language.phrases)
        for tokens in clauses:
            for start, token in enumerate(tokens):
                for phrase in _candidates(token, index):
                    if _found_at(tokens, start, phrase, language):
                        return phrase
    return None


def mentions_self_harm(text: str, languages: Iterable[Language]) -> bool:
    return bool(text.strip()) and find_phrase(text, languages) is not None


def offer_support_line(mood: int, note: str, languages: Iterable[Language], *,
                       enabled: bool, last_offered: date | None, today: date) -> bool:
    """After a saved check-in: mood 1 or words of self-harm, when switched on and not
    already offered today."""
    if not enabled or last_offered == today:
        return False
    return mood == LOWEST_MOOD or mentions_self_harm(note, languages)
