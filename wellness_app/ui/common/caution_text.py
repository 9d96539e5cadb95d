"""The cautions in the interface language: every sentence of domain/cautions.py and every
class label of resources/interactions.json, marked for lupdate and rebuilt from the caution's
fields (a test checks the English here equals the domain's and the bundled table's)."""

from __future__ import annotations

from wellness_app.domain.cautions import Caution
from wellness_app.ui.common.care_text import care_text
from wellness_app.ui.common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Cautions"

TEMPLATES: dict[str, str] = {
    "serotonergic": QT_TRANSLATE_NOOP(
        "Cautions",
        "{herb} and {other} ({label}): together they can cause serotonin "
        "syndrome. Get urgent help if agitation, confusion, fever, heavy "
        "sweating, shaking or a fast heartbeat appear. Talk to your doctor or "
        "pharmacist, and don't stop a prescribed medicine on your own."),
    "weakened": QT_TRANSLATE_NOOP(
        "Cautions",
        "{herb} and {other} ({label}): {herb} can make {other} work less "
        "well. Talk to your doctor or pharmacist, and don't stop a prescribed "
        "medicine on your own."),
    "contraception": QT_TRANSLATE_NOOP(
        "Cautions",
        "{herb} and {other} ({label}): {herb} can make {other} work less "
        "well, so it may not prevent pregnancy. Consider a backup method such "
        "as condoms and ask a pharmacist. Talk to your doctor or pharmacist, "
        "and don't stop a prescribed medicine on your own."),
    "changed": QT_TRANSLATE_NOOP(
        "Cautions",
        "{herb} and {other} ({label}): {herb} can change how strongly {other} "
        "works. Talk to your doctor or pharmacist, and don't stop a "
        "prescribed medicine on your own."),
    "herb_lamp": QT_TRANSLATE_NOOP(
        "Cautions",
        "{herb} and your light-therapy lamp: {herb} makes skin and eyes more "
        "sensitive to light, so bright light can harm them. Talk to your "
        "doctor or pharmacist, and don't stop a prescribed medicine on your "
        "own."),
    "photosensitising": QT_TRANSLATE_NOOP(
        "Cautions",
        "{other} ({label}) and your light-therapy lamp: {other} can make skin "
        "and eyes more sensitive to bright light. Talk to your doctor or "
        "pharmacist, and don't stop a prescribed medicine on your own."),
    "treatment": QT_TRANSLATE_NOOP(
        "Cautions",
        "{herb} and {other}: {herb} within 14 days of a ketamine or "
        "esketamine session can make the treatment work less well. Tell your "
        "treatment team. Talk to your doctor or pharmacist, and don't stop a "
        "prescribed medicine on your own."),
    "notes": QT_TRANSLATE_NOOP(
        "Cautions",
        "About {herb}: it may trigger mania in bipolar disorder and is not "
        "advised during pregnancy. If either applies to you, please ask your "
        "doctor or pharmacist."),
}
CLASS_LABELS: dict[str, str] = {
    "ssri": QT_TRANSLATE_NOOP(
        "Cautions", "an SSRI antidepressant"),
    "snri": QT_TRANSLATE_NOOP(
        "Cautions", "an SNRI antidepressant"),
    "tricyclic": QT_TRANSLATE_NOOP(
        "Cautions", "a tricyclic antidepressant"),
    "antidepressant_other": QT_TRANSLATE_NOOP(
        "Cautions", "an antidepressant (mirtazapine, trazodone, vortioxetine, vilazodone, "
                    "bupropion…)"),
    "maoi": QT_TRANSLATE_NOOP(
        "Cautions", "an MAOI antidepressant"),
    "triptan": QT_TRANSLATE_NOOP(
        "Cautions", "a triptan (migraine medicine)"),
    "tramadol": QT_TRANSLATE_NOOP(
        "Cautions", "a serotonergic pain medicine (tramadol, tapentadol, methadone, "
                    "fentanyl, pethidine)"),
    "serotonergic_other": QT_TRANSLATE_NOOP(
        "Cautions", "a medicine with serotonin effects (dextromethorphan, linezolid, "
                    "lithium, buspirone)"),
    "contraceptive": QT_TRANSLATE_NOOP(
        "Cautions", "hormonal contraception"),
    "anticoagulant": QT_TRANSLATE_NOOP(
        "Cautions", "an anticoagulant (blood thinner)"),
    "clopidogrel": QT_TRANSLATE_NOOP(
        "Cautions", "an antiplatelet medicine (clopidogrel)"),
    "digoxin": QT_TRANSLATE_NOOP(
        "Cautions", "digoxin (a heart medicine)"),
    "ivabradine": QT_TRANSLATE_NOOP(
        "Cautions", "ivabradine (a heart medicine)"),
    "calcium_channel_blocker": QT_TRANSLATE_NOOP(
        "Cautions", "a calcium-channel blocker (blood pressure or heart medicine)"),
    "statin": QT_TRANSLATE_NOOP(
        "Cautions", "a statin broken down by CYP3A4 (simvastatin, atorvastatin, "
                    "lovastatin)"),
    "immunosuppressant": QT_TRANSLATE_NOOP(
        "Cautions", "an immunosuppressant (cyclosporine, tacrolimus, sirolimus, "
                    "everolimus)"),
    "hiv": QT_TRANSLATE_NOOP(
        "Cautions", "an HIV medicine"),
    "hepatitis_c": QT_TRANSLATE_NOOP(
        "Cautions", "a hepatitis C medicine"),
    "antiseizure": QT_TRANSLATE_NOOP(
        "Cautions", "an anti-seizure medicine broken down by CYP3A4"),
    "benzodiazepine_hypnotic": QT_TRANSLATE_NOOP(
        "Cautions", "a sleeping or calming medicine broken down by CYP3A4 (alprazolam, "
                    "midazolam, triazolam, zolpidem)"),
    "opioid_cyp3a4": QT_TRANSLATE_NOOP(
        "Cautions", "a pain medicine broken down by CYP3A4 (oxycodone, methadone, "
                    "fentanyl, buprenorphine…)"),
    "ketamine": QT_TRANSLATE_NOOP(
        "Cautions", "ketamine or esketamine"),
    "ppi": QT_TRANSLATE_NOOP(
        "Cautions", "a stomach-acid medicine (omeprazole or another PPI)"),
    "antipsychotic": QT_TRANSLATE_NOOP(
        "Cautions", "an antipsychotic broken down by CYP3A4 (quetiapine, lurasidone, "
                    "aripiprazole…)"),
    "cancer": QT_TRANSLATE_NOOP(
        "Cautions", "a cancer medicine"),
    "voriconazole": QT_TRANSLATE_NOOP(
        "Cautions", "voriconazole (an antifungal)"),
    "theophylline": QT_TRANSLATE_NOOP(
        "Cautions", "theophylline (an asthma medicine)"),
    "fexofenadine": QT_TRANSLATE_NOOP(
        "Cautions", "fexofenadine (an allergy medicine)"),
    "photosensitising": QT_TRANSLATE_NOOP(
        "Cautions", "a medicine that makes skin and eyes more sensitive to light"),
}
HERB = QT_TRANSLATE_NOOP("Cautions", "St John's Wort")
NOT_IN_LIST = QT_TRANSLATE_NOOP(
    "Cautions", "not in this app's list — that does not mean it is safe with St John's Wort; "
    "ask your pharmacist")
HERB_ITSELF = QT_TRANSLATE_NOOP("Cautions", "St John's Wort itself (see About on the "
                                "Self-care page)")


def class_label(key: str, fallback: str = "") -> str:
    """A class label in the interface language (the table's own label if unknown)."""
    source = CLASS_LABELS.get(key)
    return translate("Cautions", source) if source else fallback or key


def caution_text(caution: Caution) -> str:
    """The caution's sentence in the interface language."""
    other = care_text(caution.other) if caution.kind == "treatment" else caution.other
    return translate("Cautions", TEMPLATES[caution.kind]).format(
        herb=translate("Cautions", HERB), other=other,
        label=class_label(caution.klass, caution.label))


def name_summary(herb: bool, classes: tuple[str, ...]) -> str:
    """The Medications page's caution column: never "no caution"."""
    parts = [translate("Cautions", HERB_ITSELF)] if herb else []
    parts += [class_label(key) for key in classes]
    return "; ".join(parts) or translate("Cautions", NOT_IN_LIST)
