"""Demo data looks like a real person's two years: rhythms, correlations, trackers."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from statistics import mean
from typing import Any

import pytest

from wellness_app.domain.errors import UserError, ValidationError
from wellness_app.services import open_database
from wellness_app.services.demo_data import DemoDataService
from wellness_app.services.io.json_export import JsonExportService


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, list[dict]]]:  # type: ignore[type-arg]
    db = open_database(tmp_path_factory.mktemp("demo") / "wellness.db")
    report = DemoDataService(db).fill(years=2.0, seed=7)
    data = JsonExportService(db).document()["data"]
    db.close()
    return report, data


def test_report_counts_match_the_journal(demo) -> None:  # type: ignore[no-untyped-def]
    report, data = demo
    assert report.days == 730
    assert report.mood_entries == len(data["mood_entries"]) and 900 < report.mood_entries < 1500
    assert report.light_sessions == len(data["light_sessions"])
    assert report.treatment_sessions == 6 and report.medications == 2
    assert str(report).startswith(f"{report.mood_entries:,} check-ins over 730 days")


def test_moods_have_weekly_and_seasonal_rhythm(demo) -> None:  # type: ignore[no-untyped-def]
    entries = demo[1]["mood_entries"]
    assert {e["mood"] for e in entries} == {1, 2, 3, 4, 5}
    by_month: dict[int, list[int]] = defaultdict(list)
    by_weekday: dict[int, list[int]] = defaultdict(list)
    for e in entries:
        day = date.fromisoformat(e["local_date"])
        by_month[day.month].append(e["mood"])
        by_weekday[day.weekday()].append(e["mood"])
    winter = mean(by_month[12] + by_month[1] + by_month[2])
    summer = mean(by_month[6] + by_month[7] + by_month[8])
    assert summer - winter > 0.3
    assert mean(by_weekday[5] + by_weekday[6]) - mean(by_weekday[0]) > 0.2


def test_entries_end_now_with_skipped_days_and_at_most_three_a_day(demo) -> None:  # type: ignore[no-untyped-def]
    entries = demo[1]["mood_entries"]
    now = datetime.now().astimezone()
    times = [datetime.fromisoformat(e["at"]) for e in entries]
    assert max(times) <= now and now - max(times) < timedelta(days=3)
    per_day: dict[str, int] = defaultdict(int)
    for e in entries:
        per_day[e["local_date"]] += 1
    assert max(per_day.values()) == 3
    assert 20 < 730 - len(per_day) < 120  # some days skipped


def test_tags_notes_and_scales_are_plausible(demo) -> None:  # type: ignore[no-untyped-def]
    entries = demo[1]["mood_entries"]
    with_tag: dict[str, list[int]] = defaultdict(list)
    for e in entries:
        for tag in e["tags"]:
            with_tag[tag].append(e["mood"])
    for good in ("walk", "friends", "opened curtains"):
        assert mean(with_tag[good]) > mean(with_tag["tired"]) + 0.4
    notes = [e["note"] for e in entries if e["note"]]
    assert 0.22 < len(notes) / len(entries) < 0.38
    assert len(set(notes)) >= 30 and any(len(n) > 200 for n in notes)
    assert all(1 <= e["energy"] <= 5 and 1 <= e["anxiety"] <= 5 for e in entries)
    sleeps = [e["sleep_hours"] for e in entries if e["sleep_hours"] is not None]
    assert sleeps and all(3 <= s <= 11 for s in sleeps)
    assert {e["source"] for e in entries} == {"demo"}


def test_trackers_follow_the_seasons(demo) -> None:  # type: ignore[no-untyped-def]
    data = demo[1]
    lamps = [s for s in data["light_sessions"] if s["kind"] == "lamp"]
    assert lamps and all(s["lux"] == 10_000 and int(s["local_date"][5:7]) in {10, 11, 12, 1, 2, 3}
                         for s in lamps)
    assert all(6 <= datetime.fromisoformat(s["at"]).hour <= 8 for s in lamps)
    daylight: dict[int, list[float]] = defaultdict(list)
    for s in data["light_sessions"]:
        if s["kind"] == "daylight":
            daylight[int(s["local_date"][5:7])].append(s["minutes"])
    assert mean(daylight[7]) > mean(daylight[12]) + 15
    kinds = {s["kind"] for s in data["activity_sessions"]}
    assert "walk" in kinds and len(kinds) >= 5
    assert {m["metric"] for m in data["daily_metrics"]} >= {"steps", "sleep_hours"}
    items = {i["name"] for i in data["selfcare_items"]}
    assert {"Lavender", "Lemon balm tea", "Time with someone", "St John's Wort"} <= items
    # a new journal's starter list; the herb is on it but never logged (see below)
    assert {log["item"] for log in data["selfcare_logs"]} == items - {"St John's Wort"}


def test_german_demo_writes_german_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Chosen in German (the first-run setup, the German screenshots), the demo's notes and
    self-care items are German: the names given, the starter list in the same words."""
    db = open_database(tmp_path / "wellness.db")
    names = {"Lavender": "Lavendel", "Lemon balm tea": "Melissentee",
             "St John's Wort": "Johanniskraut"}
    DemoDataService(db).fill(years=0.3, seed=3, language="de", names=names)
    data = JsonExportService(db).document()["data"]
    db.close()
    items = {i["name"] for i in data["selfcare_items"]}
    assert {"Lavendel", "Melissentee", "Johanniskraut"} <= items
    assert not {"Lavender", "Lemon balm tea", "St John's Wort"} & items
    logged = {log["item"] for log in data["selfcare_logs"]}
    assert "Lavendel" in logged and logged <= items
    notes = [e["note"] for e in data["mood_entries"] if e["note"]]
    german = {"Ruhiger Sonntag.", "Wäsche gewaschen, kleiner Erfolg."}
    assert notes and not {"Quiet Sunday.", "Did the laundry, small win."} & set(notes)
    assert any(note in german or "ä" in note or "ü" in note or "ö" in note for note in notes)
    assert any(m["note"] == "Einmal täglich zum Frühstück." for m in data["medications"])


def test_care_records(demo) -> None:  # type: ignore[no-untyped-def]
    data = demo[1]
    sertraline = next(m for m in data["medications"] if m["name"] == "sertraline")
    started = date.fromisoformat(sertraline["start_date"])
    assert 530 < (date.today() - started).days < 560 and sertraline["stop_date"] is None
    assert any(m["stop_date"] for m in data["medications"])
    phq = [a for a in data["assessments"] if a["kind"] == "phq9"]
    assert 45 <= len(phq) <= 56 and len(phq) == sum(a["kind"] == "gad7"
                                                   for a in data["assessments"])
    for a in data["assessments"]:
        answers = [int(x) for x in a["answers"].split(",")]
        assert sum(answers) == a["total"] and len(answers) == (9 if a["kind"] == "phq9" else 7)
    assert sum(a["answers"].endswith(",0") for a in phq) / len(phq) > 0.9  # item 9 mostly 0
    series = data["treatment_sessions"]
    days = [date.fromisoformat(s["local_date"]) for s in series]
    assert len(series) == 6 and (days[-1] - days[0]).days <= 21
    assert all(s["kind"] == "ketamine-infusion" and s["mood_after"] > s["mood_before"]
               for s in series)


def test_refuses_a_journal_with_entries_and_bad_years(db) -> None:  # type: ignore[no-untyped-def]
    service = DemoDataService(db)
    with pytest.raises(ValidationError):
        service.fill(years=0)
    service.fill(years=0.05, seed=1)
    with pytest.raises(UserError, match="already holds entries"):
        service.fill(years=0.05)


def test_no_silent_st_johns_wort_pair_in_the_demo(demo) -> None:  # type: ignore[no-untyped-def]
    """The README screenshots come from the demo: it never logs the herb on a day with an
    interacting medicine, a lamp session, or a ketamine session within 14 days."""
    from wellness_app.domain.cautions import InteractionTable
    from wellness_app.services.cautions import bundled_table

    data = demo[1]
    table = InteractionTable.from_json(bundled_table())
    herb_days = {date.fromisoformat(log["local_date"]) for log in data["selfcare_logs"]
                 if table.is_herb(log["item"])}
    lamp_days = {date.fromisoformat(s["local_date"]) for s in data["light_sessions"]
                 if s["kind"] == "lamp"}
    ketamine = [date.fromisoformat(t["local_date"]) for t in data["treatment_sessions"]
                if "ketamine" in t["kind"]]
    assert lamp_days and ketamine and data["medications"]  # the checks below have teeth

    def interacting_on(day: date) -> list[str]:
        return [m["name"] for m in data["medications"] if table.classes_of(m["name"])
                and date.fromisoformat(m["start_date"]) <= day
                and (m["stop_date"] is None or day <= date.fromisoformat(m["stop_date"]))]

    for day in herb_days:
        assert not interacting_on(day) and day not in lamp_days
        assert all(abs((day - k).days) > 14 for k in ketamine)
    assert all(table.classes_of(m["name"]) for m in data["medications"])
    assert not any(table.is_herb(m["name"]) for m in data["medications"])
