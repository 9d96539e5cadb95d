"""The PHQ-9 and GAD-7 in each interface language, in their validated wording only.

A questionnaire is valid only in a validated wording, so these texts are data kept word
for word, not interface strings a translator may rephrase.

- English: Kroenke, Spitzer & Williams 2001 (PHQ-9); Spitzer et al. 2006 (GAD-7); see
  `domain.questionnaires` and CLINICAL.md.
- German, PHQ-9: the depression module of the PHQ-D (Löwe, Spitzer, Zipfel & Herzog:
  Gesundheitsfragebogen für Patienten (PHQ-D), Komplettversion und Kurzform, 2nd ed.,
  Pfizer 2002), as also used by the German Medical Informatics Initiative (MII) PRO module
  and LOINC's German answer lists. Functional item: PHQ-D question 10.
- German, GAD-7: Löwe, Decker, Müller et al., Medical Care 2008;46(3):266–274 (validation
  of the German GAD-7), the anxiety module of the PHQ-D.
The publishers allow reproduction and translation without permission. Band names are
descriptions of a score, never a diagnosis. Sources: docs/clinical-sources.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from wellness_app.domain.questionnaires import (
    ANSWERS,
    GAD7,
    PHQ9,
    PHQ9_DIFFICULTY_ANSWERS,
    PHQ9_DIFFICULTY_QUESTION,
)

LANGUAGES: Final = ("en", "de")


@dataclass(frozen=True, slots=True)
class Wording:
    stem: str
    items: tuple[str, ...]
    answers: tuple[str, ...]
    #: band names in the order of `Questionnaire.bands`
    bands: tuple[str, ...]
    #: the PHQ-9's unscored last question and its answers (empty for the GAD-7)
    difficulty_question: str = ""
    difficulty_answers: tuple[str, ...] = ()


DE_STEM: Final = ("Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die "
                  "folgenden Beschwerden beeinträchtigt?")
DE_ANSWERS: Final = ("Überhaupt nicht", "An einzelnen Tagen",
                     "An mehr als der Hälfte der Tage", "Beinahe jeden Tag")

WORDINGS: Final[dict[str, dict[str, Wording]]] = {
    "phq9": {
        "en": Wording(PHQ9.stem, PHQ9.items, ANSWERS, tuple(b.name for b in PHQ9.bands),
                      PHQ9_DIFFICULTY_QUESTION, PHQ9_DIFFICULTY_ANSWERS),
        "de": Wording(
            DE_STEM,
            (
                "Wenig Interesse oder Freude an Ihren Tätigkeiten",
                "Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit",
                "Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf",
                "Müdigkeit oder Gefühl, keine Energie zu haben",
                "Verminderter Appetit oder übermäßiges Bedürfnis zu essen",
                "Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die "
                "Familie enttäuscht zu haben",
                "Schwierigkeiten, sich auf etwas zu konzentrieren, z.B. beim Zeitunglesen oder "
                "Fernsehen",
                "Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen "
                "auffallen würde? Oder waren Sie im Gegenteil „zappelig“ oder ruhelos und "
                "hatten dadurch einen stärkeren Bewegungsdrang als sonst?",
                "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten",
            ),
            DE_ANSWERS,
            ("minimal", "leicht", "mittelgradig", "mittelgradig schwer", "schwer"),
            "Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, geben Sie bitte an, "
            "wie sehr diese Probleme es Ihnen erschwert haben, Ihre Arbeit zu erledigen, Ihren "
            "Haushalt zu regeln oder mit anderen Menschen zurecht zu kommen",
            ("Überhaupt nicht erschwert", "Etwas erschwert", "Relativ stark erschwert",
             "Sehr stark erschwert"),
        ),
    },
    "gad7": {
        "en": Wording(GAD7.stem, GAD7.items, ANSWERS, tuple(b.name for b in GAD7.bands)),
        "de": Wording(
            DE_STEM,
            (
                "Nervosität, Ängstlichkeit oder Anspannung",
                "Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren",
                "Übermäßige Sorgen bezüglich verschiedener Angelegenheiten",
                "Schwierigkeiten zu entspannen",
                "Rastlosigkeit, so dass Stillsitzen schwer fällt",
                "Schnelle Verärgerung oder Gereiztheit",
                "Gefühl der Angst, so als würde etwas Schlimmes passieren",
            ),
            DE_ANSWERS,
            ("minimal", "leicht", "mittelgradig", "schwer"),
        ),
    },
}


def wording(kind: str, language: str) -> Wording:
    """The validated wording of `kind` in `language`; English where none exists."""
    by_language = WORDINGS[kind]
    return by_language.get(language, by_language["en"])


def band_name(kind: str, total: int, language: str) -> str:
    """The band of `total` named in `language`."""
    from wellness_app.domain.questionnaires import QUESTIONNAIRES

    bands = QUESTIONNAIRES[kind].bands
    band = QUESTIONNAIRES[kind].band(total)
    return wording(kind, language).bands[bands.index(band)]
