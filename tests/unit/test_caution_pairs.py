"""Cautions through the services and a real journal: a herb pair per class, every
light-sensitising name with a lamp, the herb on the medication list, and the treatment
pairs (ketamine and esketamine within 14 days)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from wellness_app.domain.cautions import LAMP_KEY, NOTES_KEY, InteractionTable
from wellness_app.domain.name_match import normalise
from wellness_app.domain.selfcare import Medication
from wellness_app.domain.timestamps import Moment
from wellness_app.domain.treatments import TreatmentSession
from wellness_app.services.cautions import InteractionService, bundled_table
from wellness_app.services.light import LightService
from wellness_app.services.selfcare import MedicationService, SelfCareService
from wellness_app.services.treatments import TreatmentService

DAY = date(2026, 3, 2)
ZONE = timezone(timedelta(hours=1))
BUNDLED = bundled_table()
TABLE = InteractionTable.from_json(BUNDLED)


def at(hour: int, day: date = DAY) -> Moment:
    return Moment.from_aware(datetime(day.year, day.month, day.day, hour, tzinfo=ZONE))


def one_day_med(name: str, day: date) -> Medication:
    return Medication(name, start=day, stop=day)


def test_every_class_meets_the_herb_through_the_services(db) -> None:  # type: ignore[no-untyped-def]
    """One day per class: a medicine of the class is active that day only, then the herb
    is logged; the pair's caution names both and says what can happen."""
    herb_classes = [k for k, c in BUNDLED["classes"].items() if c["kind"] != "photosensitising"]
    for offset, klass in enumerate(herb_classes):
        day = DAY - timedelta(days=40 + offset * 2)
        name = BUNDLED["medicines"][klass][0].title() + " 10 mg"
        MedicationService(db).save(one_day_med(name, day), today=day)
        saved = SelfCareService(db).log("Johanniskraut-Tee", moment=at(9, day), new=True,
                                        category="tea_supplement")
        assert saved.value.id is not None  # saved, never blocked
        pair = [c for c in saved.cautions if c.pair_key == f"sjw|{klass}|{normalise(name)}"]
        assert len(pair) == 1, (klass, [c.pair_key for c in saved.cautions])
        text = pair[0].text
        assert text.startswith(f"St John's Wort and {name}") and "pharmacist" in text
        kind = BUNDLED["classes"][klass]["kind"]
        assert ("serotonin syndrome" in text) == (kind == "serotonergic")


def test_every_light_sensitising_name_with_a_lamp(db) -> None:  # type: ignore[no-untyped-def]
    names = BUNDLED["medicines"]["photosensitising"]
    for offset, name in enumerate(names):
        day = DAY - timedelta(days=offset + 1)
        MedicationService(db).save(one_day_med(name, day), today=day)
        lamp = LightService(db).log(30, kind="lamp", moment=at(7, day))
        assert lamp.value.id is not None
        keys = [c.pair_key for c in lamp.cautions]
        assert f"lamp|photosensitising|{normalise(name)}" in keys, (name, keys)
        assert LAMP_KEY not in keys  # no herb that day
        text = next(c.text for c in lamp.cautions if c.kind == "photosensitising")
        assert name in text and "light-therapy lamp" in text and "pharmacist" in text
    daylight = LightService(db).log(30, kind="daylight", moment=at(12, DAY - timedelta(days=1)))
    assert daylight.cautions == []


def test_adding_a_light_sensitising_medicine_on_a_lamp_day_cautions(db) -> None:  # type: ignore[no-untyped-def]
    LightService(db).log(30, kind="lamp", moment=at(7))
    saved = MedicationService(db).save(Medication("Doxycyclin 100 mg"), today=DAY)
    assert [c.pair_key for c in saved.cautions] == ["lamp|photosensitising|doxycyclin 100 mg"]
    assert LightService(db).log(20, kind="lamp", moment=at(8)).cautions == []  # once a day


def test_the_herb_on_the_medication_list_counts(db) -> None:  # type: ignore[no-untyped-def]
    first = MedicationService(db).save(Medication("Jarsin 300 mg"), today=DAY)
    assert [c.pair_key for c in first.cautions] == [NOTES_KEY]  # bipolar, pregnancy
    saved = MedicationService(db).save(Medication("Sertralin", "50 mg"), today=DAY)
    assert [c.pair_key for c in saved.cautions] == ["sjw|ssri|sertralin"]
    assert "sjw|lamp" in {c.pair_key for c in LightService(db).log(30, kind="lamp",
                                                                    moment=at(7)).cautions}
    assert InteractionService(db).describe("Jarsin 300 mg").herb
    unknown = InteractionService(db).describe("Vitamin D3 1000 IE")
    assert not unknown.known and unknown.classes == ()


def test_treatment_session_within_14_days_of_the_herb(db) -> None:  # type: ignore[no-untyped-def]
    SelfCareService(db).log("St John's Wort", moment=at(9, DAY - timedelta(days=20)))
    far = TreatmentService(db).save(TreatmentSession(at(10, DAY - timedelta(days=5)),
                                                     "ketamine-infusion"))
    assert far.cautions == []  # 15 days after the herb
    SelfCareService(db).log("St John's Wort", moment=at(9, DAY - timedelta(days=14)))
    near = TreatmentService(db).save(TreatmentSession(at(10), "ketamine-infusion"))
    assert [c.pair_key for c in near.cautions] == ["sjw|treatment|ketamine infusion"]
    text = near.cautions[0].text
    assert "Ketamine infusion" in text and "14 days" in text and "don't stop" in text
    again = TreatmentService(db).save(TreatmentSession(at(15), "ketamine-infusion"))
    assert again.cautions == []  # once per pair per day
    tms = TreatmentService(db).save(TreatmentSession(at(10, DAY - timedelta(days=1)), "tms"))
    assert tms.cautions == []  # only ketamine and esketamine


def test_herb_logged_after_an_esketamine_session(db) -> None:  # type: ignore[no-untyped-def]
    TreatmentService(db).save(TreatmentSession(at(10, DAY - timedelta(days=13)),
                                               "esketamine-nasal-spray"))
    saved = SelfCareService(db).log("Hypericum 900mg", moment=at(9), new=True,
                                    category="tea_supplement")
    assert "sjw|treatment|esketamine nasal spray spravato" in {c.pair_key for c in saved.cautions}
    later = SelfCareService(db).log("Hypericum 900mg", moment=at(9, DAY + timedelta(days=2)))
    assert not any(c.kind == "treatment" for c in later.cautions)  # 15 days on


def test_esketamine_on_the_medication_list(db) -> None:  # type: ignore[no-untyped-def]
    MedicationService(db).save(Medication("Spravato 56 mg"), today=DAY)
    saved = SelfCareService(db).log("SJW capsules", moment=at(8), new=True,
                                    category="tea_supplement")
    pair = [c for c in saved.cautions if c.klass == "ketamine"]
    assert len(pair) == 1 and "work less well" in pair[0].text


def test_a_combination_product_gives_a_caution_per_class(db) -> None:  # type: ignore[no-untyped-def]
    MedicationService(db).save(Medication("Tramadol/Paracetamol + Omeprazol 20"), today=DAY)
    saved = SelfCareService(db).log("St John's Wort", moment=at(8))
    assert {c.klass for c in saved.cautions if c.klass} == {"tramadol", "ppi"}
