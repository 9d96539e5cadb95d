"""Insight statistics: planted effects are found, noise is not called a pattern."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from trend_seed import add_light, add_moods, add_selfcare, span

from wellness_app.domain.insights import Factor, compare, t_quantile, welch
from wellness_app.services.insights import InsightService, parse_place


def test_t_quantile_matches_tables() -> None:
    assert t_quantile(0.975, 4) == pytest.approx(2.7764, abs=1e-4)
    assert t_quantile(0.975, 30) == pytest.approx(2.0423, abs=1e-4)


def _planted(seed: int, effect: float, n: int = 120) -> tuple[np.ndarray, np.ndarray, Factor]:
    rng = np.random.default_rng(seed)
    days = np.arange(19000, 19000 + n)
    has = rng.random(n) < 0.5
    mood = np.clip(3 + rng.normal(0, 0.7, n) + effect * has, 1, 5)
    return days, mood, Factor("daylight_30", "with at least 30 minutes of daylight", days[has])


def test_planted_effect_found_with_right_sign_and_ci_excluding_zero() -> None:
    days, mood, factor = _planted(1, 0.6)
    [insight] = compare(days, mood, [factor])
    assert insight.difference > 0.3
    assert 0 < insight.ci_low < insight.difference < insight.ci_high
    assert insight.clear
    assert insight.sentence.startswith("On days with at least 30 minutes of daylight your "
                                       "mood averaged ")
    assert insight.sentence.endswith("A pattern, not proof of cause.")
    days, mood, factor = _planted(2, -0.6)
    [insight] = compare(days, mood, [factor])
    assert insight.ci_high < 0 and insight.clear


def test_no_effect_is_not_claimed_in_most_seeds() -> None:
    claimed = 0
    for seed in range(100):
        rng = np.random.default_rng(seed)
        days = np.arange(19000, 19200)
        mood = rng.normal(3, 0.8, days.size)
        factors = [Factor(f"tag:{i}", f"tagged “t{i}”", days[rng.random(days.size) < 0.3])
                   for i in range(12)]
        found = compare(days, mood, factors)
        assert len(found) == 12
        claimed += any(i.clear for i in found)
        for i in found:
            crosses = i.ci_low <= 0 <= i.ci_high
            if crosses:
                assert "pattern" not in i.sentence and not i.clear
            assert "significant" not in i.sentence and "notable" not in i.sentence
    assert claimed <= 10


def test_fewer_than_five_days_a_side_gives_no_insight() -> None:
    days = np.arange(19000, 19030)
    mood = np.linspace(1, 5, 30)
    assert compare(days, mood, [Factor("lamp", "with a lamp", days[:4])]) == []
    assert compare(days, mood, [Factor("lamp", "with a lamp", days[:26])]) == []
    assert len(compare(days, mood, [Factor("lamp", "with a lamp", days[:5])])) == 1


def test_welch_identical_groups_have_zero_width() -> None:
    w = welch(np.full(5, 3.0), np.full(6, 3.0))
    assert w.interval(0.95) == (0.0, 0.0)


def test_service_finds_planted_daylight_and_selfcare_and_lag(db) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(5)
    days = span(date(2025, 1, 1), 200)
    bright = rng.random(len(days)) < 0.5
    tea = [d for d, b in zip(days, rng.random(len(days)) < 0.3, strict=True) if b]
    moods = [(d, int(np.clip(round(3 + b * 1.0 + rng.normal(0, 0.6)), 1, 5)))
             for d, b in zip(days, bright, strict=True)]
    add_moods(db, moods, tags={d: ["walk"] for d in days[::3]})
    add_light(db, [(d, "daylight", 45.0) for d, b in zip(days, bright, strict=True) if b])
    add_selfcare(db, "tea", tea)
    report = InsightService(db).report()
    by_key = {i.factor: i for i in report.insights}
    top = report.insights[0]
    assert top.factor == "daylight_30" and top.clear and top.ci_low > 0
    assert {"tag:walk", "selfcare:tea", "next_day:daylight_30", "weekend",
            "months_nov_feb"} <= set(by_key)
    assert "lamp" not in by_key  # no lamp days at all
    assert report.seasonal_basis == "month"
    assert by_key["daylight_30"].n_with + by_key["daylight_30"].n_without == 200
    only_june = InsightService(db).report(date(2025, 6, 1), date(2025, 6, 30))
    assert only_june.days == 30


def test_place_preference_switches_to_day_length(db) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.storage.repositories import preferences

    with db.transaction() as s:
        preferences.put(s, "place", {"name": "Oslo", "latitude": 59.9, "longitude": 10.7})
    rng = np.random.default_rng(3)
    add_moods(db, [(d, int(rng.integers(1, 6))) for d in span(date(2024, 1, 1), 366)])
    report = InsightService(db).report()
    assert report.seasonal_basis == "day_length"
    season = next(i for i in report.insights if i.kind == "season")
    assert season.factor == "day_length_under_12h"
    assert 150 < season.n_with < 210  # Oslo: about half the year under 12 hours


@pytest.mark.parametrize("value, expected", [
    ({"latitude": 52.5, "longitude": 13.4}, (52.5, 13.4)),
    ({"lat": "1", "lon": "2"}, (1.0, 2.0)),
    ([10, 20], (10.0, 20.0)),
    ({"name": "Berlin"}, None),
    ("Berlin", None),
    ({"lat": 99, "lon": 0}, None),
])
def test_parse_place(value: object, expected: object) -> None:
    assert parse_place(value) == expected
