"""Proposing a level 1–5 for each custom Daylio mood name.

Three clues, in order:
1. the words: Daylio's default names in the languages people use it in, common words for
   feelings, and "very"/"not" in front ("very bad" → 1, "not good" → 2). A bracketed or
   trailing mark ("Medium [-]", "good+") is a second mood in the same Daylio group, so
   it gets the same level as the plain name; the original label is kept anyway.
2. co-occurrence: a name no word list knows takes the mean level of the known moods
   logged on the same days (rounded), when at least two such days exist;
3. otherwise 3, marked as a guess.
The person confirms every proposal (GUI dialog pre-filled, or `--accept-proposed-moods`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from wellness_app.domain.moods import is_level

WORDS: dict[int, tuple[str, ...]] = {
    5: ("rad", "great", "amazing", "awesome", "fantastic", "excellent", "wonderful",
        "ecstatic", "euphoric", "joyful", "elated", "perfect", "best", "super", "brilliant",
        "blissful", "radiant", "superb", "top", "genial", "fantastisch", "toll", "super gut",
        "sehr gut", "ottimo", "fantastico", "radiante", "genial", "geweldig", "fantastique",
        "génial", "excelente", "incrível", "świetnie", "wspaniale", "super", "супер", "отлично",
        "ausgezeichnet", "genial", "eccellente", "estupendo", "maravilloso"),
    4: ("good", "happy", "content", "nice", "pleased", "calm", "relaxed", "positive",
        "cheerful", "glad", "grateful", "well", "peaceful", "hopeful", "productive", "gut",
        "glücklich", "zufrieden", "bien", "bueno", "contento", "feliz", "bene", "felice",
        "bem", "bom", "goed", "blij", "heureux", "content", "dobrze", "хорошо", "gud",
        "bra", "godt", "hyvä", "motivated", "motivado", "motivada", "optimistic", "hopeful",
        "entspannt", "contenta", "heureuse", "niezle", "szczesliwy", "szczesliwa",
        "excited", "proud", "loved", "energetic"),
    3: ("meh", "okay", "ok", "average", "neutral", "medium", "normal", "so so", "alright",
        "fine", "mixed", "mediocre", "meh ok", "in between", "es geht", "naja", "mittel",
        "geht so", "regular", "así así", "más o menos", "così così", "mais ou menos",
        "bof", "moyen", "matig", "gaat wel", "tak sobie", "так себе", "nothing special",
        "como siempre", "as usual", "wie immer", "comme d habitude", "boring", "bywalo gorzej",
        "distracted", "indifferent", "unsure"),
    2: ("bad", "sad", "down", "low", "anxious", "stressed", "tired", "irritable", "angry",
        "upset", "worried", "lonely", "exhausted", "frustrated", "nervous", "unhappy",
        "blue", "grumpy", "annoyed", "sick", "ill", "bored", "numb", "drained", "rough",
        "schlecht", "traurig", "müde", "mal", "triste", "cansado", "male", "stanco",
        "slecht", "moe", "fatigué", "źle", "плохо", "dålig", "huono", "ansioso", "ansiosa",
        "anxieux", "anxieuse", "ängstlich", "gestresst", "wütend", "estresado", "estresada",
        "cansada", "enojado", "enojada", "agobiado", "agobiada", "sin animo", "desanimado",
        "desanimada", "stressato", "stressata", "smutny", "smutna", "zmeczony", "zmeczona",
        "pain", "in pain", "overwhelmed", "unmotivated", "meh minus", "stressé"),
    1: ("awful", "terrible", "horrible", "miserable", "depressed", "hopeless", "devastated",
        "worst", "dreadful", "panic", "panicking", "desperate", "broken", "crying",
        "suicidal", "schrecklich", "furchtbar", "mies", "fatal", "terribile", "pessimo",
        "horrível", "péssimo", "vreselijk", "affreux", "horrible", "okropnie", "ужасно",
        "fruktansvärd", "kamala", "cry", "mierda", "una mierda", "deprimido", "deprimida",
        "deprimiert", "déprimé", "depresso", "depressa", "beschissen", "shit", "shitty"),
}
STRONGER = ("very", "really", "extremely", "so", "super", "beyond", "totally", "incredibly",
            "sehr", "muy", "molto", "très", "heel", "bardzo", "очень")
NEGATIONS = ("not", "nicht", "no", "non", "pas", "niet", "nie", "не")
DEFAULT_LEVEL = 3


@dataclass(frozen=True, slots=True)
class Proposal:
    name: str
    level: int
    #: "words", "days" (co-occurrence) or "guess"
    reason: str


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", plain)
    return " ".join(re.sub(r"[^\w\s]", " ", plain).replace("_", " ").split())


_LEXICON: dict[str, int] = {}
for _level, _words in sorted(WORDS.items()):
    for _word in _words:
        _LEXICON.setdefault(_fold(_word), _level)


def level_from_words(name: str) -> int | None:
    """The level the name's words say, or None when no word is known."""
    folded = _fold(name)
    if not folded:
        return None
    if folded.isdigit() and is_level(int(folded)):
        return int(folded)
    if folded in _LEXICON:
        return _LEXICON[folded]
    words = folded.split()
    for size in range(len(words), 0, -1):  # the longest known phrase, then modifiers
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            if phrase in _LEXICON:
                return _modified(_LEXICON[phrase], words[:start])
    return None


_STRONGER = frozenset(_fold(word) for word in STRONGER)
_NEGATIONS = frozenset(_fold(word) for word in NEGATIONS)


def _modified(level: int, before: list[str]) -> int:
    if any(word in _NEGATIONS for word in before):
        return {5: 2, 4: 2, 3: 2, 2: 3, 1: 3}[level]
    if any(word in _STRONGER for word in before) and level != 3:
        return max(1, level - 1) if level < 3 else min(5, level + 1)
    return level


def propose(names: Iterable[str], entries: Iterable[tuple[date, str]],
            known: Mapping[str, int]) -> list[Proposal]:
    """A proposal per name; `entries` are (day, mood name) pairs of the whole file and
    `known` the names whose level is already settled (defaults, remembered, --mood-map)."""
    names = list(names)
    from_words = {name: level_from_words(name) for name in names}
    settled = {k.casefold(): v for k, v in known.items()}
    settled.update({n.casefold(): lvl for n, lvl in from_words.items() if lvl is not None})
    by_day: dict[date, list[int]] = defaultdict(list)
    days_of: dict[str, set[date]] = defaultdict(set)
    for day, name in entries:
        folded = name.casefold()
        days_of[folded].add(day)
        if folded in settled:
            by_day[day].append(settled[folded])
    result = []
    for name in names:
        if from_words[name] is not None:
            result.append(Proposal(name, from_words[name] or DEFAULT_LEVEL, "words"))
            continue
        levels = [lvl for day in days_of[name.casefold()] for lvl in by_day.get(day, [])]
        days = sum(1 for day in days_of[name.casefold()] if by_day.get(day))
        if days >= 2:
            mean = sum(levels) / len(levels)
            result.append(Proposal(name, max(1, min(5, int(mean + 0.5))), "days"))
        else:
            result.append(Proposal(name, DEFAULT_LEVEL, "guess"))
    return result
