"""The validated German PHQ-9 (PHQ-D) and GAD-7 wording: complete, word for word where the
issue quotes it, German band names for every band, English elsewhere."""

from __future__ import annotations

import pytest

from wellness_app.domain.questionnaire_wording import WORDINGS, band_name, wording
from wellness_app.domain.questionnaires import GAD7, PHQ9, QUESTIONNAIRES

PHQD_STEM = ("Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden "
             "Beschwerden beeinträchtigt?")
PHQD_ANSWERS = ("Überhaupt nicht", "An einzelnen Tagen", "An mehr als der Hälfte der Tage",
                "Beinahe jeden Tag")


@pytest.mark.parametrize("kind", ["phq9", "gad7"])
def test_every_language_has_every_item_answer_and_band(kind: str) -> None:
    q = QUESTIONNAIRES[kind]
    for language, words in WORDINGS[kind].items():
        assert len(words.items) == len(q.items), language
        assert len(words.answers) == 4 and len(words.bands) == len(q.bands), language
        assert all(item.strip() == item and item for item in words.items)
        if kind == "phq9":
            assert words.difficulty_question and len(words.difficulty_answers) == 4


@pytest.mark.parametrize("kind", ["phq9", "gad7"])
def test_german_stem_and_answers_are_the_published_ones(kind: str) -> None:
    words = wording(kind, "de")
    assert words.stem == PHQD_STEM
    assert words.answers == PHQD_ANSWERS


def test_german_question9_is_the_phqd_wording() -> None:
    assert wording("phq9", "de").items[8] == (
        "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten")


def test_german_functional_question_and_answers() -> None:
    words = wording("phq9", "de")
    assert words.difficulty_question.startswith("Wenn eines oder mehrere dieser Probleme")
    assert words.difficulty_answers == ("Überhaupt nicht erschwert", "Etwas erschwert",
                                        "Relativ stark erschwert", "Sehr stark erschwert")


@pytest.mark.parametrize(("kind", "total", "german", "english"), [
    ("phq9", 0, "minimal", "minimal"), ("phq9", 4, "minimal", "minimal"),
    ("phq9", 5, "leicht", "mild"), ("phq9", 9, "leicht", "mild"),
    ("phq9", 10, "mittelgradig", "moderate"), ("phq9", 14, "mittelgradig", "moderate"),
    ("phq9", 15, "mittelgradig schwer", "moderately severe"),
    ("phq9", 19, "mittelgradig schwer", "moderately severe"),
    ("phq9", 20, "schwer", "severe"), ("phq9", 27, "schwer", "severe"),
    ("gad7", 0, "minimal", "minimal"), ("gad7", 5, "leicht", "mild"),
    ("gad7", 10, "mittelgradig", "moderate"), ("gad7", 14, "mittelgradig", "moderate"),
    ("gad7", 15, "schwer", "severe"), ("gad7", 21, "schwer", "severe"),
])
def test_band_names_at_every_boundary(kind: str, total: int, german: str, english: str) -> None:
    assert band_name(kind, total, "de") == german
    assert band_name(kind, total, "en") == english


def test_english_is_the_clinical_wording_and_the_fallback() -> None:
    assert wording("phq9", "en").items == PHQ9.items
    assert wording("gad7", "en").items == GAD7.items
    assert wording("phq9", "fr") == wording("phq9", "en")  # no validated French here


def test_no_english_left_in_the_german_wording() -> None:
    for kind in ("phq9", "gad7"):
        words = wording(kind, "de")
        english = wording(kind, "en")
        assert not set(words.items) & set(english.items)
        text = " ".join((words.stem, *words.items, *words.answers)).lower()
        for word in (" the ", " or ", "feeling", "trouble", "days"):
            assert word not in f" {text} "
