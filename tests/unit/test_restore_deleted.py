"""Undo of a delete puts back the same record: the same id and values, on the same day's
lists and sums, with the cautions its name has (light, movement, self-care, medications)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from wellness_app.domain.selfcare import Medication
from wellness_app.domain.timestamps import Moment
from wellness_app.services.cautions import InteractionService
from wellness_app.services.light import LightService
from wellness_app.services.movement import MovementService
from wellness_app.services.selfcare import MedicationService, SelfCareService

EARLIER = Moment(datetime.now(timezone(timedelta(hours=2))) - timedelta(hours=1), 120)


def test_a_lamp_session_comes_back_with_its_id_values_dose_and_caution(db) -> None:  # type: ignore[no-untyped-def]
    SelfCareService(db).log("St John's Wort", moment=EARLIER)
    light = LightService(db)
    light.log(10, kind="daylight", moment=EARLIER)
    lamp = light.log(30, kind="lamp", lux=10_000, distance_cm=40, moment=EARLIER,
                     note="by the desk").value
    dose = light.dose(EARLIER.local_date)
    gone = light.delete(lamp.id or 0)
    assert gone == lamp and len(light.for_day(EARLIER.local_date)) == 1
    back = light.restore(gone)
    assert back.value == lamp
    assert lamp in light.for_day(EARLIER.local_date)
    assert light.dose(EARLIER.local_date) == dose
    assert back.cautions == []  # shown once a day already: the undo does not repeat it


def test_a_movement_session_comes_back_even_when_its_kind_was_hidden_meanwhile(db) -> None:  # type: ignore[no-untyped-def]
    moves = MovementService(db)
    walk = moves.log("tai chi", 25, intensity="light", moment=EARLIER, note="park", new=True)
    gone = moves.delete(walk.id or 0)
    moves.hide_kind("tai chi")
    assert moves.restore(gone) == walk
    assert moves.for_day(EARLIER.local_date) == [walk]
    assert "tai chi" not in moves.kinds()  # the list stays as the person left it


def test_a_self_care_log_comes_back_with_its_item_note_time_and_caution(db) -> None:  # type: ignore[no-untyped-def]
    MedicationService(db).save(Medication("Sertraline", "50 mg"))
    care = SelfCareService(db)
    herb = care.log("St John's Wort", moment=EARLIER, note="one cup").value
    gone = care.delete_log(herb.id or 0)
    assert gone == herb and care.for_day(EARLIER.local_date) == []
    back = care.restore_log(gone)
    assert back.value == herb and care.for_day(EARLIER.local_date) == [herb]
    assert back.cautions == []  # shown once a day already: the undo does not repeat it


def test_a_medication_comes_back_with_its_id_dates_and_cautions(db) -> None:  # type: ignore[no-untyped-def]
    meds, table = MedicationService(db), InteractionService(db)
    table.set_class("Mystery pill", "statin")  # the person's own caution class
    kept = meds.save(Medication("Mystery pill", "1 a day", date(2026, 1, 5), None,
                                "from Dr Lee")).value
    classes = table.table().classes_of("Mystery pill")
    gone = meds.delete(kept.id or 0)
    assert gone == kept and meds.list() == []
    SelfCareService(db).log("St John's Wort")
    back = meds.restore(gone)
    assert back.value == kept and meds.list() == [kept]
    assert table.table().classes_of("Mystery pill") == classes == ("statin",)
    assert back.cautions, "the St John's Wort caution applies to it again"
