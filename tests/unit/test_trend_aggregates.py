"""Day aggregates in SQL and the rolling band: what the trends page draws."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from trend_seed import (
    add_activity,
    add_light,
    add_medication,
    add_metric,
    add_moods,
    add_treatment,
)

from wellness_app.domain.trends import rolling_band, to_epoch_day
from wellness_app.services.trends import TrendsService

D1, D2, D3 = date(2025, 5, 1), date(2025, 5, 2), date(2025, 5, 5)


def test_daily_series_aggregates_each_table_by_local_date(db) -> None:  # type: ignore[no-untyped-def]
    add_moods(db, [(D1, 2), (D1, 4), (D1, 5), (D2, 3)])
    add_light(db, [(D1, "daylight", 20), (D1, "daylight", 15), (D2, "lamp", 30)])
    add_activity(db, [(D3, 40), (D3, 5)])
    add_metric(db, "sleep_hours", [(D2, 6.5)])
    add_metric(db, "steps", [(D1, 4000)])
    with db.transaction() as s:  # a second source for the same day: the larger wins
        from sqlalchemy import insert

        from wellness_app.storage.rows import DailyMetric

        s.execute(insert(DailyMetric).values(local_date=D1, metric="steps", value=5200,
                                             source="apple-health"))
    data = TrendsService(db).load()
    s = data.series
    assert list(s.days) == [to_epoch_day(D1), to_epoch_day(D2), to_epoch_day(D3)]
    assert np.allclose(s.mood_mean[:2], [11 / 3, 3.0]) and np.isnan(s.mood_mean[2])
    assert list(s.mood_count) == [3, 1, 0]
    assert s.daylight_min[0] == 35 and np.isnan(s.daylight_min[1])
    assert s.lamp_min[1] == 30
    assert s.activity_min[2] == 45
    assert s.sleep_hours[1] == 6.5 and np.isnan(s.sleep_hours[0])
    assert s.steps[0] == 5200
    assert sorted(zip(data.points.days - to_epoch_day(D1), data.points.moods,
                      data.points.counts, strict=True)) == [(0, 2, 1), (0, 4, 1), (0, 5, 1),
                                                            (1, 3, 1)]
    assert s.at(to_epoch_day(D1))["mood_count"] == 3 and s.at(0) == {}
    assert TrendsService(db).year_moods(2025) == {D1: 11 / 3, D2: 3.0}


def test_sleep_from_check_ins_when_no_metric(db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from wellness_app.storage.rows import MoodEntryRow

    add_moods(db, [(D1, 3), (D1, 4)])
    with db.transaction() as s:
        s.execute(update(MoodEntryRow).values(sleep_hours=7.5))
    assert TrendsService(db).daily_series().sleep_hours[0] == 7.5


def test_markers_and_range_bounds(db) -> None:  # type: ignore[no-untyped-def]
    add_moods(db, [(D1 + timedelta(days=i), 3) for i in range(40)])
    add_medication(db, "Sertraline", D1, D1 + timedelta(days=30))
    add_medication(db, "Old", date(2020, 1, 1), None)
    add_treatment(db, D2)
    markers = TrendsService(db).load(D1, D1 + timedelta(days=10)).markers
    assert [(m.kind, m.label) for m in markers] == [
        ("medication_start", "Sertraline"), ("treatment", "ketamine-infusion")]
    assert len(TrendsService(db).load().markers) == 4


def test_rolling_band_treats_gaps_as_missing() -> None:
    days = np.array([0, 1, 2, 3, 10, 11, 12])
    mood = np.array([2.0, 4.0, 2.0, 4.0, 5.0, 5.0, 5.0])
    band = rolling_band(days, mood)
    assert band.days[0] == 0 and band.days[-1] == 12 and band.days.size == 13
    assert np.isnan(band.mean[1])  # fewer than 3 days in the window
    assert band.mean[3] == 3.0 and band.low[3] == 2.0 and band.high[3] == 4.0
    assert np.isnan(band.mean[8])  # days 2..8 hold only two values
    assert band.mean[12] == 5.0 and band.high[12] == 5.0  # clipped to the 1–5 scale
