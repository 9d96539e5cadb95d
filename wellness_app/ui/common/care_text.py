"""Translated care texts whose English lives below the ui layer (domain/services have no Qt).

The fixed sentences and names are marked here with `QT_TRANSLATE_NOOP` so lupdate puts them
in the .ts file, and translated at the point of display. Sentences the domain builds with
numbers (escalation reasons, the questionnaire explanation) are rebuilt here from the same
facts as one translatable sentence each. The questionnaire items, answer options and band
names are never translated here: each language has its own validated wording
(domain/questionnaire_wording.py), chosen by `wording_language()`.
"""

from __future__ import annotations

from dataclasses import replace

from wellness_app.domain.crisis_lines import CrisisLine
from wellness_app.domain.escalation import EscalationCheck
from wellness_app.domain.questionnaire_wording import LANGUAGES, Wording, band_name, wording
from wellness_app.domain.questionnaires import QUESTIONNAIRES
from wellness_app.domain.safety_plan import SECTIONS_BY_KEY
from wellness_app.domain.treatments import TREATMENT_NAMES
from wellness_app.ui.common import locale_format as fmt
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CareText"
# Every domain/service sentence shown as is; tests check it matches the domain constants.
MARKED: tuple[str, ...] = (
    # treatments.TREATMENT_NAMES
    QT_TRANSLATE_NOOP("CareText", "Ketamine infusion"),
    QT_TRANSLATE_NOOP("CareText", "Esketamine nasal spray (Spravato)"),
    QT_TRANSLATE_NOOP("CareText", "Psychotherapy"),
    QT_TRANSLATE_NOOP("CareText", "TMS"),
    QT_TRANSLATE_NOOP("CareText", "ECT"),
    QT_TRANSLATE_NOOP("CareText", "Other"),
    # treatments.ESKETAMINE_NOTE
    QT_TRANSLATE_NOOP("CareText", "Esketamine (Spravato) is given under observation for at "
                      "least 2 hours. Do not drive until the next day, after a night's sleep."),
    # services.report.model
    QT_TRANSLATE_NOOP("CareText", "Self-care journal summary for a clinician"),
    QT_TRANSLATE_NOOP("CareText", "This is a self-care journal, not a medical device. It "
                      "records what the person chose to log; it does not diagnose and does "
                      "not recommend any treatment."),
    QT_TRANSLATE_NOOP("CareText", "Nothing was logged between these dates."),
    # safety_plan.SECTIONS titles
    QT_TRANSLATE_NOOP("CareText",
                      "Warning signs (thoughts, images, moods, situations, behaviours)"),
    QT_TRANSLATE_NOOP("CareText", "Internal coping strategies — things I can do on my own"),
    QT_TRANSLATE_NOOP("CareText", "People and social settings that provide distraction"),
    QT_TRANSLATE_NOOP("CareText", "People I can ask for help"),
    QT_TRANSLATE_NOOP("CareText",
                      "Professionals or agencies to contact in a crisis (incl. crisis lines)"),
    QT_TRANSLATE_NOOP("CareText",
                      "Making the environment safe (reducing access to lethal means)"),
    QT_TRANSLATE_NOOP("CareText",
                      "The one thing that is most important to me and worth living for"),
    # resources/crisis_lines.json: country names and the directory's note
    QT_TRANSLATE_NOOP("CareText", "United States"),
    QT_TRANSLATE_NOOP("CareText", "Canada"),
    QT_TRANSLATE_NOOP("CareText", "United Kingdom"),
    QT_TRANSLATE_NOOP("CareText", "Ireland"),
    QT_TRANSLATE_NOOP("CareText", "Australia"),
    QT_TRANSLATE_NOOP("CareText", "New Zealand"),
    QT_TRANSLATE_NOOP("CareText", "Germany"),
    QT_TRANSLATE_NOOP("CareText", "Austria"),
    QT_TRANSLATE_NOOP("CareText", "Switzerland"),
    QT_TRANSLATE_NOOP("CareText", "France"),
    QT_TRANSLATE_NOOP("CareText", "Netherlands"),
    QT_TRANSLATE_NOOP("CareText", "India"),
    QT_TRANSLATE_NOOP("CareText", "Brazil"),
    QT_TRANSLATE_NOOP("CareText", "Spain"),
    QT_TRANSLATE_NOOP("CareText", "Japan"),
    QT_TRANSLATE_NOOP("CareText", "Italy"),
    QT_TRANSLATE_NOOP("CareText", "Mexico"),
    QT_TRANSLATE_NOOP("CareText", "South Africa"),
    QT_TRANSLATE_NOOP("CareText", "Belgium"),
    QT_TRANSLATE_NOOP("CareText", "Sweden"),
    QT_TRANSLATE_NOOP("CareText", "Norway"),
    QT_TRANSLATE_NOOP("CareText", "Denmark"),
    QT_TRANSLATE_NOOP("CareText", "Finland"),
    QT_TRANSLATE_NOOP("CareText", "Poland"),
    QT_TRANSLATE_NOOP("CareText", "Elsewhere"),
    QT_TRANSLATE_NOOP("CareText", "Numbers change. Check that these work where you live, "
                      "and add your own people and your clinician."),
    # resources/crisis_lines.json: the shipped lines' generic words, hours and costs
    # (names of services stay as their operators write them)
    QT_TRANSLATE_NOOP("CareText", "Emergency"),
    QT_TRANSLATE_NOOP("CareText", "Emergency (SAMU)"),
    QT_TRANSLATE_NOOP("CareText", "Emergency (ambulance, fire)"),
    QT_TRANSLATE_NOOP("CareText", "Police"),
    QT_TRANSLATE_NOOP("CareText", "Emergency (from a mobile)"),
    QT_TRANSLATE_NOOP("CareText", "Ambulance"),
    QT_TRANSLATE_NOOP("CareText", "Medical emergency"),
    QT_TRANSLATE_NOOP("CareText", "National suicide prevention line"),
    QT_TRANSLATE_NOOP("CareText", "Directory of crisis lines"),
    QT_TRANSLATE_NOOP("CareText", "the local emergency number"),
    QT_TRANSLATE_NOOP("CareText", "24/7"),
    QT_TRANSLATE_NOOP("CareText", "free"),
    QT_TRANSLATE_NOOP("CareText", "normal call rate"),
)


def care_text(text: str) -> str:
    """`text` (one of MARKED) in the interface language; anything else unchanged."""
    return translate("CareText", text)


def shown_line(line: CrisisLine) -> CrisisLine:
    """A crisis line as shown: shipped lines in the interface language, the person's own
    words (edited or added lines) exactly as they wrote them."""
    if line.origin != "shipped":
        return line
    return replace(line, label=care_text(line.label), contact=care_text(line.contact),
                   note=care_text(line.note) if line.note else "")


def treatment_name(kind: str) -> str:
    return care_text(TREATMENT_NAMES.get(kind, kind))


def section_heading(key: str) -> str:
    """"1. Warning signs (…)" — the step number, then the section's translated title."""
    section = SECTIONS_BY_KEY[key]
    title = care_text(section.title)
    if section.number is None:
        return title
    return translate("CareText", "{number}. {title}").format(number=section.number,
                                                               title=title)


def wording_language() -> str:
    """The language of the validated questionnaire wording to show: the interface's, when
    a validated wording exists in it (the translation says which), else English."""
    #: Not a text: the code (en or de) of the validated PHQ-9/GAD-7 wording to show with
    #: this translation. Only change it when that language's validated wording exists.
    code = translate("QuestionnaireWording", "en")
    return code if code in LANGUAGES else "en"


def questionnaire_wording(kind: str) -> Wording:
    return wording(kind, wording_language())


def shown_band(kind: str, total: int) -> str:
    """The band of `total` named in the interface language (a description, not a diagnosis)."""
    return band_name(kind, total, wording_language())


def escalation_reasons(result: EscalationCheck) -> list[str]:
    """The same facts as `EscalationCheck.reasons()`, one translated sentence each."""
    lines = []
    if result.phq9_item9:
        lines.append(translate("CareText", "In your latest PHQ-9 you said you have had "
                               "thoughts that you would be better off dead or of hurting "
                               "yourself."))
    if result.low_mood:
        lines.append(translate("CareText", "Your mood was low on {low} of your last {days} "
                               "days with check-ins.").format(
            low=fmt.number(result.low_days), days=fmt.number(result.days_considered)))
    if result.phq9_high and result.latest_phq9 is not None:
        lines.append(translate("CareText", "Your latest PHQ-9 total was {total}.").format(
            total=result.latest_phq9.total))
    return lines


def explanation(kind: str, total: int) -> str:
    """The translated form of `domain.assessments.explanation` (the band in the validated
    wording's language)."""
    q = QUESTIONNAIRES[kind]
    values = {"title": q.title, "total": total, "max": q.max_total,
              "band": shown_band(kind, total), "threshold": q.clinician_threshold}
    if kind == "phq9":
        text = translate("CareText", "A {title} total of {total} out of {max} falls in the "
                         "range usually described as {band} depression symptoms over the "
                         "last 2 weeks.")
    else:
        text = translate("CareText", "A {title} total of {total} out of {max} falls in the "
                         "range usually described as {band} anxiety symptoms over the last "
                         "2 weeks.")
    parts = [text.format(**values),
             translate("CareText", "This is a description of your answers, not a diagnosis.")]
    if total >= q.clinician_threshold:
        parts.append(translate("CareText", "A total of {threshold} or more is the usual point "
                               "to talk it over with a doctor or another clinician.").format(
            **values))
    else:
        parts.append(translate("CareText", "Whatever the total, if you are struggling, "
                               "talking to a doctor or someone you trust can help."))
    return " ".join(parts)
