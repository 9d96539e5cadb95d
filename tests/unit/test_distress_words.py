"""The self-harm words list (resources/distress_words.json): every entry is found, many real
phrasings in English and German are found, and their negations are not."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from wellness_app.resources import resource_path

from wellness_app.domain.distress import (
    Phrase,
    find_phrase,
    mentions_self_harm,
    parse_languages,
    parse_phrase,
)
from wellness_app.domain.errors import ValidationError
from wellness_app.services.support_line import word_lists

DATA = json.loads(resource_path("distress_words.json").read_text(encoding="utf-8"))
ALL_PHRASES = [(code, text) for code, entry in DATA["languages"].items()
               for text in entry["phrases"]]


def example(phrase: Phrase) -> str:
    """The plainest text a phrase stands for: first alternative, endings as written."""
    words = []
    for slot in phrase.slots:
        if slot.gap or slot.optional or slot.end:
            continue
        words.append(sorted(slot.words)[0] if slot.words else slot.prefixes[0] + "e")
    return " ".join(words)


@pytest.mark.parametrize(("code", "text"), ALL_PHRASES, ids=[t for _c, t in ALL_PHRASES])
def test_every_entry_is_found_in_a_sentence(code: str, text: str) -> None:
    phrase = parse_phrase(text)
    sample = example(phrase)
    assert find_phrase(sample, word_lists()) is not None
    opener = "Heute dachte ich" if code == "de" else "Today I thought"
    assert mentions_self_harm(f"{opener}: {sample.upper()}.", word_lists())
    assert mentions_self_harm(f"Long day at work. {sample.capitalize()}!", word_lists())


@pytest.mark.parametrize(("code", "text"), ALL_PHRASES, ids=[t for _c, t in ALL_PHRASES])
def test_every_entry_right_after_a_negator_is_not_counted(code: str, text: str) -> None:
    phrase = parse_phrase(text)
    alone = [replace(lang, phrases=(phrase,)) for lang in word_lists() if lang.code == code]
    negator = "nie" if code == "de" else "never"
    assert mentions_self_harm(example(phrase), alone)
    assert not mentions_self_harm(f"{negator} {example(phrase)}", alone)


def test_the_list_is_curated_in_english_and_german_and_reviewed() -> None:
    assert set(DATA["languages"]) == {"en", "de"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", DATA["reviewed"])
    for entry in DATA["languages"].values():
        assert len(entry["phrases"]) >= 50
        assert len(entry["phrases"]) == len(set(entry["phrases"]))  # no duplicates


SELF_HARM_EN = [
    "I want to kill myself",
    "i want to kill myself",
    "I WANT TO KILL MYSELF",
    "I’m going to kill myself tonight",
    "thinking about killing myself again",
    "I wanna die",
    "i just want to die",
    "I want to die.",
    "honestly i wanted to die today",
    "I can't stop wanting to die",
    "I'm not ok, I want to die",
    "not okay. want to die",
    "I wish I was dead",
    "wish i were dead tbh",
    "I wish I had never been born",
    "everyone would be better off without me",
    "They'd be better off if I was gone",
    "I'd be better off dead",
    "I don't want to live anymore",
    "i dont want to be alive",
    "I do not want to exist",
    "I no longer want to be here",
    "I'm not sure I want to live",
    "there's no reason to live",
    "I have nothing to live for",
    "life isn’t worth living",
    "no point in living",
    "so tired of living",
    "I can't go on like this",
    "cant do this anymore",
    "I can't take it anymore",
    "I feel suicidal",
    "suicidal thoughts again",
    "Suicide keeps coming into my head",
    "had a relapse and self-harmed",
    "I self harm when it gets bad",
    "selfharm urges",
    "self-injury again last night",
    "I cut myself",
    "cutting myself helps me cope",
    "I hurt myself on purpose",
    "I want to hurt myself",
    "I really want to badly hurt myself",
    "urges to hurt myself",
    "thoughts of hurting myself",
    "I want to end my life",
    "I'm going to end it all",
    "thinking of ending it all",
    "I want to take my own life",
    "I want to unalive myself",
    "sewerslide thoughts",
    "I'm planning an overdose",
    "I want to go to sleep and never wake up",
    "I hope I don't wake up tomorrow",
    "I want to jump off a bridge",
    "I thought about stepping in front of a train",
    "I feel like hanging myself",
    "I've been starving myself to death",
    "I'm not sure why, but I want to die",
    "Nobody cares. I don't want to be here anymore",
    "I never feel better and I want to die",
    "I don't know why I keep thinking about suicide",
    "I don't know if I want to live anymore",
    "i feel like a burden to everyone",
    "I'm just a burden",
    "everyone would be happier if I was gone",
    "They'd be better off without me",
    "what's the point of living",
    "I'm done with life",
    "I want to disappear",
    "gonna kms",
    "I can't anymore.",
    "I've been stockpiling pills",
]

SELF_HARM_DE = [
    "Ich will mich umbringen",
    "ich will mich umbringen",
    "Ich möchte mich umbringen.",
    "ich moechte mich umbringen",
    "Ich denke daran, mich umzubringen",
    "Ich bring mich um",
    "Ich bringe mich heute um",
    "Ich will mich einfach nur töten",
    "ich will mich toeten",
    "Ich will mir das Leben nehmen",
    "ich nehme mir das Leben",
    "Ich will mir etwas antun",
    "ich tu mir was an",
    "Ich habe mich wieder geritzt",
    "ich ritze mich",
    "Ich will mich verletzen",
    "Ich will mir weh tun",
    "Ich will sterben",
    "Ich möchte einfach nur sterben",
    "Mir geht es nicht gut, ich will sterben",
    "Ich wünsche mir, ich wäre tot",
    "Ich wäre besser tot",
    "Ich wäre lieber tot",
    "Ich will nicht mehr leben",
    "Ich möchte nicht mehr am Leben sein",
    "ich will nicht mehr aufwachen",
    "Ich will einfach nicht mehr da sein",
    "Mein Leben hat keinen Sinn",
    "Es gibt keinen Grund mehr zu leben",
    "Ich will mein Leben beenden",
    "Ich will meinem Leben ein Ende setzen",
    "ich will alles beenden",
    "Ich will mit allem Schluss machen",
    "Suizidgedanken",
    "Ich habe wieder Suizidgedanken",
    "Ich bin suizidal",
    "Selbstmordgedanken seit Tagen",
    "Ich fühle mich lebensmüde",
    "Selbstverletzung gestern Abend",
    "selbstverletzendes Verhalten",
    "Ich kann nicht mehr weiter",
    "Alle wären ohne mich besser dran",
    "Ich will von der Brücke springen",
    "Ich denke an die Pulsadern",
    "Ich will mich aufhängen",
    "ICH WILL NICHT MEHR LEBEN",
    "Mir geht’s schlecht. Ich will mich umbringen.",
    "Ich will nicht mehr.",
    "ich kann nicht mehr",
    "Ich hab keinen Bock mehr zu leben",
    "Ich habe keine Kraft mehr zu leben",
    "ich möchte einfach verschwinden",
    "Ich bin allen eine Last",
    "Ich falle allen nur zur Last",
    "Ich habe Tabletten gesammelt",
    "Ich will einschlafen und nie wieder aufwachen",
    "Ich sehe keinen Ausweg mehr",
    "Ich verletze mich selbst",
    "Wozu noch leben?",
]

NOT_SELF_HARM = [
    "",
    "A walk by the river with Sam",
    "Tea with honey, then bed",
    "I am not suicidal",
    "I'm not suicidal, just very tired",
    "no thoughts of self-harm today",
    "No suicidal thoughts",
    "I don't want to kill myself",
    "I would never kill myself",
    "I would never ever hurt myself on purpose",
    "I'm not going to hurt myself",
    "I haven't self-harmed in 100 days",
    "I no longer want to die",
    "I don't want to die",
    "I'm no longer suicidal",
    "without suicidal thoughts for a month now",
    "I stopped self-harming last year",
    "Denies suicidal ideation (from my doctor's letter)",
    "not having any thoughts of suicide",
    "I don't think I'm suicidal",
    "killing time before the bus",
    "I could eat myself silly",
    "I'm dying to see the new film",
    "The plant died",
    "Ich bin nicht suizidal",
    "Keine Suizidgedanken",
    "keine Gedanken an Suizid",
    "Ich habe keine Selbstmordgedanken mehr",
    "Ich will mich nicht umbringen",
    "Ich würde mich nie umbringen",
    "Ich habe nicht vor, mich umzubringen",
    "Ich will nicht sterben",
    "Ich will auf keinen Fall sterben",
    "Ich habe mich nicht geritzt",
    "Spaziergang mit Mama, dann Tee",
    "Ich bringe den Müll raus",
    "Der Akku ist leer",
    "Ich lebe gern",
    "Ich kann nicht mehr arbeiten als 30 Stunden",
    "I can't anymore with this printer",
    "Ich will nicht mehr verschwinden",
    "I don't want to disappear",
    "I ran 5 kms",
    "I'm not a burden, my therapist says",
    "Ich bin keine Last",
]


@pytest.mark.parametrize("text", SELF_HARM_EN + SELF_HARM_DE)
def test_real_phrasings_are_found(text: str) -> None:
    assert mentions_self_harm(text, word_lists()), text


@pytest.mark.parametrize("text", NOT_SELF_HARM)
def test_negations_and_everyday_words_are_not(text: str) -> None:
    found = find_phrase(text, word_lists())
    assert found is None, f"{text!r} matched {found.text if found else ''!r}"


def test_a_negation_in_one_sentence_does_not_hide_the_next() -> None:
    assert mentions_self_harm("I'm not suicidal. But I want to die.", word_lists())
    assert mentions_self_harm("Keine Suizidgedanken! Doch ich will mich umbringen.",
                              word_lists())
    assert mentions_self_harm("I don't want to die\nI want to kill myself", word_lists())


def test_a_long_note_is_searched_to_the_end() -> None:
    note = "An ordinary day, nothing much. " * 300 + "I want to kill myself."
    assert mentions_self_harm(note, word_lists())


@pytest.mark.parametrize("bad", ["", "~", "$", "[maybe]", "kill/ myself!", "~ [again] $"])
def test_an_unreadable_phrase_is_a_clear_error(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_phrase(bad)


def test_languages_parse_from_a_small_list() -> None:
    languages = parse_languages({"languages": {"en": {
        "negators": ["not"], "bridges": ["i"], "phrases": ["hurt/harm myself"]}}})
    assert mentions_self_harm("I harm myself", languages)
    assert not mentions_self_harm("not harm myself", languages)
    assert not mentions_self_harm("I harm my friend", languages)
