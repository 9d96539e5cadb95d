"""St John's Wort caution matrix, and sunrise/sunset against a published almanac."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from wellness_app.domain.cautions import LAMP_KEY, NOTES_KEY
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.selfcare import Medication
from wellness_app.domain.sun import find_city, place_from_coordinates, sun_day
from wellness_app.domain.timestamps import Moment
from wellness_app.services.cautions import InteractionService
from wellness_app.services.light import LightService
from wellness_app.services.place import PlaceService
from wellness_app.services.selfcare import MedicationService, SelfCareService

DAY = date(2026, 3, 2)
ZONE = timezone(timedelta(hours=1))


def at(hour: int, day: date = DAY) -> Moment:
    return Moment.from_aware(datetime(day.year, day.month, day.day, hour, tzinfo=ZONE))


# One generic or brand name per class in CLINICAL.md.
CLASS_EXAMPLES = [
    ("Citalopram 20 mg", "ssri"), ("Zoloft", "ssri"), ("venlafaxine XL", "snri"),
    ("Phenelzine", "maoi"), ("Sumatriptan", "triptan"), ("Tramadol", "tramadol"),
    ("Microgynon 30", "contraceptive"), ("Warfarin", "anticoagulant"),
    ("Eliquis", "anticoagulant"), ("Digoxin", "digoxin"), ("Tacrolimus", "immunosuppressant"),
    ("Ciclosporin", "immunosuppressant"), ("Efavirenz", "hiv"),
    ("Carbamazepine", "antiseizure"), ("Atorvastatin", "statin"), ("Imatinib", "cancer"),
]


@pytest.mark.parametrize(("medicine", "klass"), CLASS_EXAMPLES)
def test_each_class_names_the_pair_and_points_to_a_professional(db, medicine, klass) -> None:  # type: ignore[no-untyped-def]
    assert InteractionService(db).classify(medicine) == klass
    MedicationService(db).save(Medication(medicine, start=date(2025, 1, 1)), today=DAY)
    saved = SelfCareService(db).log("St John's Wort", moment=at(8))
    assert saved.value.id is not None  # saved, never blocked
    pair = [c for c in saved.cautions if c.pair_key.startswith(f"sjw|{klass}|")]
    assert len(pair) == 1
    assert medicine in pair[0].text and "St John's Wort" in pair[0].text
    assert "doctor or pharmacist" in pair[0].text


def test_unrelated_medicine_and_other_herbs_give_no_pair_caution(db) -> None:  # type: ignore[no-untyped-def]
    MedicationService(db).save(Medication("Paracetamol"), today=DAY)
    MedicationService(db).save(Medication("Sertraline", stop=DAY - timedelta(days=1)), today=DAY)
    assert SelfCareService(db).log("Chamomile tea", moment=at(8)).cautions == []
    keys = [c.pair_key for c in SelfCareService(db).log("St John's Wort", moment=at(9)).cautions]
    assert keys == [NOTES_KEY]  # stopped sertraline is no longer on the list that day


def test_shown_once_per_pair_per_day_and_again_next_day(db) -> None:  # type: ignore[no-untyped-def]
    MedicationService(db).save(Medication("Sertraline"), today=DAY)
    first = SelfCareService(db).log("St John's Wort", moment=at(8)).cautions
    assert {c.pair_key for c in first} == {"sjw|ssri|sertraline", NOTES_KEY}
    assert SelfCareService(db).log("St John's Wort", moment=at(14)).cautions == []
    nxt = SelfCareService(db).log("hypericum", moment=at(8, DAY + timedelta(days=1)),
                                  new=True, category="tea_supplement").cautions
    assert [c.pair_key for c in nxt] == ["sjw|ssri|sertraline"]  # the general note once ever


def test_lamp_the_same_day_either_order(db) -> None:  # type: ignore[no-untyped-def]
    SelfCareService(db).log("St John's Wort", moment=at(8))
    lamp = LightService(db).log(30, kind="lamp", moment=at(9))
    assert lamp.value.id is not None
    assert [c.pair_key for c in lamp.cautions] == [LAMP_KEY]
    assert "light" in lamp.cautions[0].text and "doctor or pharmacist" in lamp.cautions[0].text
    other = DAY + timedelta(days=2)
    assert LightService(db).log(30, kind="lamp", moment=at(7, other)).cautions == []
    later = SelfCareService(db).log("St John's Wort", moment=at(10, other)).cautions
    assert LAMP_KEY in [c.pair_key for c in later]


def test_adding_a_medication_on_a_herb_day_cautions(db) -> None:  # type: ignore[no-untyped-def]
    SelfCareService(db).log("St John's Wort", moment=at(8))
    saved = MedicationService(db).save(Medication("Prozac", "20 mg"), today=DAY)
    assert [c.pair_key for c in saved.cautions] == ["sjw|ssri|prozac"]
    assert MedicationService(db).list()[0].dose == "20 mg"


def test_the_persons_edits_to_the_table_are_used(db) -> None:  # type: ignore[no-untyped-def]
    service = InteractionService(db)
    assert service.classify("Mystatin") is None
    service.set_class("Mystatin", "statin")
    service.set_class("Sertraline", None)
    assert service.classify("mystatin 10mg") == "statin"
    assert service.classify("Sertraline") is None
    with pytest.raises(ValidationError):
        service.set_class("x", "not-a-class")


def test_sunrise_and_sunset_match_the_almanac_within_two_minutes() -> None:
    # timeanddate.com, "Sunrise and sunset times in London, June 2026"
    # (https://www.timeanddate.com/sun/uk/london?month=6&year=2026), 21 June 2026:
    # sunrise 04:43, sunset 21:21 BST (the same values as NOAA's solar calculator).
    sun = sun_day(find_city("London"), date(2026, 6, 21))
    assert sun.sunrise is not None and sun.sunset is not None
    published_rise = datetime(2026, 6, 21, 4, 43, tzinfo=sun.sunrise.tzinfo)
    published_set = datetime(2026, 6, 21, 21, 21, tzinfo=sun.sunset.tzinfo)
    assert abs(sun.sunrise - published_rise) <= timedelta(minutes=2)
    assert abs(sun.sunset - published_set) <= timedelta(minutes=2)
    assert sun.sunrise.utcoffset() == timedelta(hours=1)  # BST


def test_polar_day_and_night_and_bad_coordinates() -> None:
    svalbard = place_from_coordinates(78.2, 15.6)
    assert sun_day(svalbard, date(2026, 6, 21)).day_length == timedelta(hours=24)
    assert sun_day(svalbard, date(2026, 12, 21)).day_length == timedelta(0)
    with pytest.raises(ValidationError):
        place_from_coordinates(91, 0)


def test_place_preference_and_year_curve(db) -> None:  # type: ignore[no-untyped-def]
    service = PlaceService(db)
    assert service.place() is None and service.year(2026) == []
    service.set_city("new york")
    curve = service.year(2026)
    assert len(curve) == 365
    shortest = min(curve, key=lambda point: point[1])
    assert shortest[0] in {date(2026, 12, 20), date(2026, 12, 21), date(2026, 12, 22)}
    with pytest.raises(ValidationError, match="offline city list"):
        service.set_city("Atlantis")
    assert service.place().name.startswith("New York")  # type: ignore[union-attr]
